import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Parties' };

export default async function PartiesPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { api } = await editorApi('/admin/parties');
  const rows = await api.editor.party.list();
  return (
    <ReferenceList
      type="party"
      rows={rows}
      deleted={(await searchParams).deleted !== undefined}
      intro="Countries, organisations and companies that commit, partner or benefit. A save is live for readers at once."
    />
  );
}
