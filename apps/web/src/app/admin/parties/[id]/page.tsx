import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceHeader } from '../../_components/reference-header';
import { loadReference } from '../../_components/reference-load';
import { parseRecordId } from '../../_components/reference-types';
import { PartyForm } from '../party-form';

export const metadata: Metadata = { title: 'Edit party' };

export default async function EditPartyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; restored?: string }>;
}) {
  const [{ id: raw }, { created, restored }] = await Promise.all([params, searchParams]);
  const id = parseRecordId(raw);
  const { viewer, api } = await editorApi(`/admin/parties/${id}`);
  const record = await loadReference(api, 'party', id);
  return (
    <>
      <ReferenceHeader
        type="party"
        record={record}
        created={created !== undefined}
        restored={restored}
      />
      <PartyForm
        id={id}
        version={record.version}
        initial={record.data}
        canDelete={viewer.role === 'admin'}
      />
    </>
  );
}
