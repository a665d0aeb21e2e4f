import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { ReferenceHeader } from '../../_components/reference-header';
import { loadReference } from '../../_components/reference-load';
import { parseRecordId } from '../../_components/reference-types';
import { ThemeForm } from '../theme-form';

export const metadata: Metadata = { title: 'Edit theme' };

export default async function EditThemePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; restored?: string }>;
}) {
  const [{ id: raw }, { created, restored }] = await Promise.all([params, searchParams]);
  const id = parseRecordId(raw);
  const { viewer, api } = await editorApi(`/admin/themes/${id}`);
  const record = await loadReference(api, 'theme', id);
  const isAdmin = viewer.role === 'admin';
  return (
    <>
      <ReferenceHeader
        type="theme"
        record={record}
        created={created !== undefined}
        restored={restored}
      />
      {isAdmin ? null : (
        <p className="admin-notice">
          Only admins can change a theme. You can read it here, see its history and preview its
          brief.
        </p>
      )}
      <ThemeForm
        id={id}
        version={record.version}
        initial={record.data}
        canDelete={isAdmin}
        readOnly={!isAdmin}
      />
    </>
  );
}
