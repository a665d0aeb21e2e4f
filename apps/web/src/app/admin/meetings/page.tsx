import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceList } from '../_components/reference-list';

export const metadata: Metadata = { title: 'Meetings' };

export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { api } = await editorApi('/admin/meetings');
  const rows = await api.editor.meeting.list();
  return (
    <ReferenceList
      type="meeting"
      rows={rows}
      deleted={(await searchParams).deleted !== undefined}
      intro="Summits and the meetings held alongside them. A save is live for readers at once."
    />
  );
}
