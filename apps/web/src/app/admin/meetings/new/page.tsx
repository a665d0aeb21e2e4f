import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { optionsOf } from '../../_components/options';
import { MeetingForm } from '../meeting-form';

export const metadata: Metadata = { title: 'New meeting' };

export default async function NewMeetingPage() {
  const { api } = await editorApi('/admin/meetings/new');
  const options = await api.editor.options();
  return (
    <>
      <p>
        <Link href="/admin/meetings">All meetings</Link>
      </p>
      <h1>New meeting</h1>
      <MeetingForm
        parties={optionsOf(options.parties)}
        meetings={optionsOf(options.meetings)}
        sources={optionsOf(options.sources)}
      />
    </>
  );
}
