import { type EditorialState, type WorkflowNoteView } from '@accord/domain';
import { formatDateTime } from '../../_components/format';

const VERBS: Record<string, string> = {
  'commitment.return': 'Returned',
  'commitment.submit': 'Submitted',
};

/**
 * The newest note given with a submit or a return to draft: the author reads why a draft came
 * back ("Returned by Ada Admin: the date needs a source"); a reviewer reads what was sent.
 */
export function WorkflowNote({ note, state }: { note: WorkflowNoteView; state: EditorialState }) {
  const verb = VERBS[note.action] ?? 'Note';
  const returned = note.action === 'commitment.return' && state === 'draft';
  return (
    <aside
      className={returned ? 'admin-notice admin-workflow-note' : 'admin-workflow-note'}
      aria-label="Workflow note"
    >
      <p>
        <strong>
          {verb} by {note.by}
        </strong>{' '}
        <span className="admin-hint">({formatDateTime(note.at)})</span>: {note.note}
      </p>
    </aside>
  );
}
