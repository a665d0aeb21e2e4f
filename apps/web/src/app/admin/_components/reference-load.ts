import 'server-only';
import { type RecordData, type UsedBy } from '@accord/domain';
import { type editorApi, orNotFound } from '~/server/api';
import { type ReferenceType } from './reference-types';

type EditorCaller = Awaited<ReturnType<typeof editorApi>>['api'];

export interface LoadedReference<T extends ReferenceType> {
  id: number;
  version: number;
  updatedAt: string;
  data: RecordData[T];
  /** Its title (a party's name), for headings. */
  title: string;
  /** How many places refer to it (a record in use cannot be deleted), and the first commitments. */
  usedBy: UsedBy;
}

/** One reference record for an admin page; an unknown id is the 404 page. */
export async function loadReference<T extends ReferenceType>(
  api: EditorCaller,
  type: T,
  id: number,
): Promise<LoadedReference<T>> {
  const read: Record<
    ReferenceType,
    () => Promise<{
      id: number;
      version: number;
      updatedAt: string;
      data: unknown;
      usedBy: UsedBy;
    }>
  > = {
    meeting: () => api.editor.meeting.get({ id }),
    party: () => api.editor.party.get({ id }),
    source: () => api.editor.source.get({ id }),
    theme: () => api.editor.theme.get({ id }),
  };
  const record = await orNotFound(read[type]());
  const data = record.data as RecordData[T];
  const title = 'name' in data ? data.name : data.title;
  return {
    id: record.id,
    version: record.version,
    updatedAt: record.updatedAt,
    data,
    title,
    usedBy: record.usedBy,
  };
}
