import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceHeader } from '../../_components/reference-header';
import { loadReference } from '../../_components/reference-load';
import { parseRecordId } from '../../_components/reference-types';
import { optionsOf } from '../../_components/options';
import { MeetingForm } from '../meeting-form';

export const metadata: Metadata = { title: 'Edit meeting' };

export default async function EditMeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; restored?: string }>;
}) {
  const [{ id: raw }, { created, restored }] = await Promise.all([params, searchParams]);
  const id = parseRecordId(raw);
  const { viewer, api } = await editorApi(`/admin/meetings/${id}`);
  const [record, options] = await Promise.all([
    loadReference(api, 'meeting', id),
    api.editor.options(),
  ]);
  return (
    <>
      <ReferenceHeader
        type="meeting"
        record={record}
        created={created !== undefined}
        restored={restored}
      />
      <MeetingForm
        id={id}
        version={record.version}
        initial={record.data}
        canDelete={viewer.role === 'admin'}
        parties={optionsOf(options.parties)}
        meetings={optionsOf(options.meetings)}
        sources={optionsOf(options.sources)}
      />
    </>
  );
}
