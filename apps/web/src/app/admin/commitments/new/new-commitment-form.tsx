'use client';

import { CommitmentDraft } from '@accord/domain';
import { useRouter } from 'next/navigation';
import { type Option } from '../../_components/fields';
import { RecordForm } from '../../_components/record-form';
import { useRecordForm } from '../../_components/use-record-form';
import { trpc } from '~/lib/trpc';
import { blankCommitment, CommitmentFields } from '../_components/commitment-fields';
import { commitmentFieldLabel, commitmentIssueMessage } from '../_components/field-labels';
import { type EditorOptions } from '../_components/labels';

export function NewCommitmentForm({
  options,
  commitments,
}: {
  options: EditorOptions;
  commitments: readonly Option[];
}) {
  const router = useRouter();
  const form = useRecordForm({
    draftKey: 'commitment:new',
    schema: CommitmentDraft,
    initial: blankCommitment(),
    version: null,
    describeIssue: commitmentIssueMessage,
    save: (data) => trpc.editor.commitment.create.mutate({ data }),
    onSaved: ({ id }) => router.push(`/admin/commitments/${id}?created=1`),
  });
  return (
    <RecordForm
      form={form}
      label="New commitment"
      submitLabel="Create draft"
      labelFor={commitmentFieldLabel}
    >
      <CommitmentFields form={form} options={options} commitments={commitments} suggestSlug />
    </RecordForm>
  );
}
