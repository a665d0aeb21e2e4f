import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { api } = await editorApi('/admin/sources');
  const rows = await api.editor.source.list();
  return (
    <ReferenceList
      type="source"
      rows={rows}
      deleted={(await searchParams).deleted !== undefined}
      intro="The documents quotes and status updates cite. A save is live for readers at once."
    />
  );
}
