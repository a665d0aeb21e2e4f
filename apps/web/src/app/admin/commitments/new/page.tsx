import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { parentOptions } from '../_components/parent-options';
import { NewCommitmentForm } from './new-commitment-form';

export const metadata: Metadata = { title: 'New commitment' };

export default async function NewCommitmentPage() {
  const { api } = await editorApi('/admin/commitments/new');
  const [options, all] = await Promise.all([
    api.editor.options(),
    api.editor.commitment.list({ limit: 200 }).then((page) => page.items),
  ]);
  return (
    <>
      <p>
        <Link href="/admin/commitments">All commitments</Link>
      </p>
      <h1>New commitment</h1>
      <p className="admin-meta">
        It starts as a draft; readers see it only once an admin publishes it.
      </p>
      <NewCommitmentForm options={options} commitments={parentOptions(all)} />
    </>
  );
}
