import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { SourceForm } from '../source-form';

export const metadata: Metadata = { title: 'New source' };

export default async function NewSourcePage() {
  await editorApi('/admin/sources/new');
  return (
    <>
      <p>
        <Link href="/admin/sources">All sources</Link>
      </p>
      <h1>New source</h1>
      <SourceForm />
    </>
  );
}
