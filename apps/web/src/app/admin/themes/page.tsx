import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Themes' };

export default async function ThemesPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { viewer, api } = await editorApi('/admin/themes');
  const rows = await api.editor.theme.list();
  return (
    <ReferenceList
      type="theme"
      rows={rows}
      deleted={(await searchParams).deleted !== undefined}
      canCreate={viewer.role === 'admin'}
      intro="The briefs readers browse by. Only admins create, change or delete themes."
    />
  );
}
