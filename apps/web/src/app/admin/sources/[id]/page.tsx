import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceHeader } from '../../_components/reference-header';
import { loadReference } from '../../_components/reference-load';
import { parseRecordId } from '../../_components/reference-types';
import { SourceForm } from '../source-form';

export const metadata: Metadata = { title: 'Edit source' };

export default async function EditSourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; restored?: string }>;
}) {
  const [{ id: raw }, { created, restored }] = await Promise.all([params, searchParams]);
  const id = parseRecordId(raw);
  const { viewer, api } = await editorApi(`/admin/sources/${id}`);
  const record = await loadReference(api, 'source', id);
  return (
    <>
      <ReferenceHeader
        type="source"
        record={record}
        created={created !== undefined}
        restored={restored}
      />
      <SourceForm
        id={id}
        version={record.version}
        initial={record.data}
        canDelete={viewer.role === 'admin'}
      />
    </>
  );
}
