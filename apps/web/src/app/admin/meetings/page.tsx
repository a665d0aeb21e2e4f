import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { PAGE_PARAMS, parseListParams, type SearchParams } from '../_components/list-params';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Meetings' };

export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { api } = await editorApi('/admin/meetings');
  const search = await searchParams;
  const params = parseListParams(PAGE_PARAMS, search);
  const page = await api.editor.meeting.list(params);
  return (
    <ReferenceList
      type="meeting"
      page={page}
      params={params}
      deleted={search.deleted !== undefined}
      intro="Summits and the meetings held alongside them. A save is live for readers at once."
    />
  );
}
