import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { PAGE_PARAMS, parseListParams, type SearchParams } from '../_components/list-params';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Themes' };

export default async function ThemesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { viewer, api } = await editorApi('/admin/themes');
  const search = await searchParams;
  const params = parseListParams(PAGE_PARAMS, search);
  const page = await api.editor.theme.list(params);
  return (
    <ReferenceList
      type="theme"
      page={page}
      params={params}
      deleted={search.deleted !== undefined}
      canCreate={viewer.role === 'admin'}
      intro="The briefs readers browse by. Only admins create, change or delete themes."
    />
  );
}
