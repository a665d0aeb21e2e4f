import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { NewCommitmentForm } from './new-commitment-form';

export const metadata: Metadata = { title: 'New commitment' };

export default async function NewCommitmentPage() {
  const { api } = await editorApi('/admin/commitments/new');
  const options = await api.editor.options();
  return (
    <>
      <p>
        <Link href="/admin/commitments">All commitments</Link>
      </p>
      <h1>New commitment</h1>
      <p className="admin-meta">
        It starts as a draft; readers see it only once an admin publishes it.
      </p>
      <NewCommitmentForm options={options} />
    </>
  );
}
