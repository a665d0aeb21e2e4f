import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { PartyForm } from '../party-form';

export const metadata: Metadata = { title: 'New party' };

export default async function NewPartyPage() {
  await editorApi('/admin/parties/new');
  return (
    <>
      <p>
        <Link href="/admin/parties">All parties</Link>
      </p>
      <h1>New party</h1>
      <PartyForm />
    </>
  );
}
