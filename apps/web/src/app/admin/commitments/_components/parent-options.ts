import { type EditorCommitmentListItem } from '@accord/domain';
import { type Option } from '../../_components/fields';

/**
 * The commitments another may be a sub-commitment of, by title: all but itself (a record
 * cannot be a part of itself; the API refuses it too). Archived ones are left out.
 */
export function parentOptions(
  items: readonly EditorCommitmentListItem[],
  selfId: number | null = null,
): Option[] {
  return items
    .filter((c) => c.id !== selfId && c.editorialState !== 'archived')
    .map((c) => ({ value: c.slug, label: c.title }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
