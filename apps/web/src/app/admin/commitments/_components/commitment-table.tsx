import { type EditorCommitmentListItem, formatIsoDate, STATUS_DEFINITIONS } from '@accord/domain';
import Link from 'next/link';
import { formatDateTime } from '../../_components/format';
import { EDITORIAL_STATE_LABELS } from './labels';

/** A checkbox per row and one for the whole page, for bulk actions (bulk-commitments.tsx). */
export interface TableSelection {
  selected: ReadonlySet<number>;
  toggle: (id: number, on: boolean) => void;
  toggleAll: (on: boolean) => void;
}

/** Commitments as editors list them; each title opens its editor. */
export function CommitmentTable({
  items,
  caption,
  empty = 'None.',
  showReviewed = false,
  selection,
}: {
  items: readonly EditorCommitmentListItem[];
  caption: string;
  empty?: string;
  /** Adds when each was last reviewed (its review date or last status update). */
  showReviewed?: boolean;
  selection?: TableSelection;
}) {
  if (items.length === 0) return <p>{empty}</p>;
  const chosen = selection ? items.filter((c) => selection.selected.has(c.id)).length : 0;
  return (
    <table className="table admin-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {selection ? (
            <th scope="col" className="admin-select">
              <input
                type="checkbox"
                aria-label="Select all on this page"
                checked={chosen === items.length}
                ref={(box) => {
                  if (box) box.indeterminate = chosen > 0 && chosen < items.length;
                }}
                onChange={(e) => selection.toggleAll(e.currentTarget.checked)}
              />
            </th>
          ) : null}
          <th scope="col">Title</th>
          <th scope="col">Theme</th>
          <th scope="col">Editorial state</th>
          <th scope="col">Status</th>
          {showReviewed ? <th scope="col">Last reviewed</th> : null}
          <th scope="col">Last changed</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            {selection ? (
              <td className="admin-select">
                <input
                  type="checkbox"
                  aria-label={`Select ${c.title}`}
                  checked={selection.selected.has(c.id)}
                  onChange={(e) => selection.toggle(c.id, e.currentTarget.checked)}
                />
              </td>
            ) : null}
            <th scope="row">
              <Link href={`/admin/commitments/${c.id}`}>{c.title}</Link>
              <br />
              <span className="admin-hint">{c.slug}</span>
            </th>
            <td>{c.theme}</td>
            <td>
              {EDITORIAL_STATE_LABELS[c.editorialState]}
              {c.publishAt ? (
                <span className="admin-scheduled"> · publishes {formatDateTime(c.publishAt)}</span>
              ) : null}
              {c.unpublishAt ? (
                <span className="admin-scheduled">
                  {' '}
                  · unpublishes {formatDateTime(c.unpublishAt)}
                </span>
              ) : null}
            </td>
            <td>
              {STATUS_DEFINITIONS[c.status].label}
              {c.overdue ? <strong> (past its target date)</strong> : null}
            </td>
            {showReviewed ? (
              <td>{c.lastReviewedOn ? formatIsoDate(c.lastReviewedOn) : 'Never'}</td>
            ) : null}
            <td>
              {formatDateTime(c.updatedAt)} (version {c.version})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
