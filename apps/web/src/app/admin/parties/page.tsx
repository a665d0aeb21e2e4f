import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { PAGE_PARAMS, parseListParams, type SearchParams } from '../_components/list-params';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Parties' };

export default async function PartiesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { api } = await editorApi('/admin/parties');
  const search = await searchParams;
  const params = parseListParams(PAGE_PARAMS, search);
  const page = await api.editor.party.list(params);
  return (
    <ReferenceList
      type="party"
      page={page}
      params={params}
      deleted={search.deleted !== undefined}
      intro="Countries, organisations and companies that commit, partner or benefit. A save is live for readers at once."
    />
  );
}
