import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { PAGE_PARAMS, parseListParams, type SearchParams } from '../_components/list-params';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { api } = await editorApi('/admin/sources');
  const search = await searchParams;
  const params = parseListParams(PAGE_PARAMS, search);
  const page = await api.editor.source.list(params);
  return (
    <ReferenceList
      type="source"
      page={page}
      params={params}
      deleted={search.deleted !== undefined}
      intro="The documents quotes and status updates cite. A save is live for readers at once."
    />
  );
}
