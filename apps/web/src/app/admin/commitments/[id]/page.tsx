import { STATUS_DEFINITIONS } from '@accord/domain';
import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi, orNotFound } from '~/server/api';
import { formatDateTime } from '../../_components/format';
import { EDITORIAL_STATE_LABELS } from '../_components/labels';
import { parentOptions } from '../_components/parent-options';
import { parseRecordId } from '../../_components/record-id';
import { PendingAdditions } from '../../pending-additions';
import { CommitmentEditor } from './commitment-editor';
import { WorkflowNote } from './workflow-note';

export const metadata: Metadata = { title: 'Edit commitment' };

export default async function EditCommitmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; restored?: string }>;
}) {
  const [{ id: rawId }, { created, restored }] = await Promise.all([params, searchParams]);
  const id = parseRecordId(rawId);
  const { viewer, api } = await editorApi(`/admin/commitments/${id}`);
  const [commitment, options, all, pending] = await Promise.all([
    orNotFound(api.editor.commitment.get({ id })),
    api.editor.options(),
    api.editor.commitment.list({ limit: 200 }).then((page) => page.items),
    api.assistant.pending({ commitmentId: id }),
  ]);
  const published = commitment.editorialState === 'published';
  return (
    <>
      <p>
        <Link href="/admin/commitments">All commitments</Link>
      </p>
      <h1>{commitment.data.title}</h1>
      <p className="admin-meta">
        <span className="admin-state">{EDITORIAL_STATE_LABELS[commitment.editorialState]}</span> ·
        Version {commitment.version} · Last changed {formatDateTime(commitment.updatedAt)} · Status:{' '}
        {STATUS_DEFINITIONS[commitment.status as keyof typeof STATUS_DEFINITIONS]?.label ??
          commitment.status}
      </p>
      <p className="admin-actions">
        <Link href={`/admin/commitments/${id}/history`}>View history</Link>
        <Link href={`/admin/commitments/${id}/preview`}>Preview</Link>
        {published ? <Link href={`/commitments/${commitment.data.slug}`}>View on site</Link> : null}
      </p>
      {commitment.workflowNote &&
      (commitment.editorialState === 'draft' || commitment.editorialState === 'review') ? (
        <WorkflowNote note={commitment.workflowNote} state={commitment.editorialState} />
      ) : null}
      {created ? (
        <p role="status" className="admin-saved">
          Created as a draft.
        </p>
      ) : null}
      {restored && /^\d+$/.test(restored) ? (
        <p role="status" className="admin-saved">
          Restored version {restored}; it is now version {commitment.version}.
        </p>
      ) : null}
      <PendingAdditions
        items={pending}
        canReview={viewer.role === 'admin'}
        section={{
          id: 'commitment-pending',
          intro:
            "Accepted from pasted text, and not yet in this commitment's status history, lineage or its meeting's accounts: readers see none of them until an admin approves it.",
        }}
      />
      <CommitmentEditor
        commitment={commitment}
        options={options}
        commitments={parentOptions(all, commitment.id)}
        role={viewer.role}
      />
    </>
  );
}
