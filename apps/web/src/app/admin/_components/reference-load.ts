import 'server-only';
import { type EditorRecordPage, type RecordData, type UsedBy } from '@accord/domain';
import { type editorApi, orNotFound } from '~/server/api';
import { type PAGE_PARAMS, type parseListParams } from './list-params';
import { optionsOf } from './options';
import { type ReferenceFormOptions } from './reference-forms';
import { type ReferenceType } from './reference-types';

/** The reads of each reference type for the admin's pages; the writes are in reference-editor.tsx. */

export type EditorCaller = Awaited<ReturnType<typeof editorApi>>['api'];

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

/** One page of a reference type's list. */
export function listReferences(
  api: EditorCaller,
  type: ReferenceType,
  params: ReturnType<typeof parseListParams<typeof PAGE_PARAMS>>,
): Promise<EditorRecordPage> {
  const list: Record<ReferenceType, () => Promise<EditorRecordPage>> = {
    meeting: () => api.editor.meeting.list(params),
    party: () => api.editor.party.list(params),
    source: () => api.editor.source.list(params),
    theme: () => api.editor.theme.list(params),
  };
  return list[type]();
}

/**
 * The choices a reference form offers: a meeting picks parties, meetings and sources; a new
 * theme goes after the others. The rest choose from vocabularies the form holds.
 */
export async function loadFormOptions(
  api: EditorCaller,
  type: ReferenceType,
  creating: boolean,
): Promise<ReferenceFormOptions> {
  const none: ReferenceFormOptions = { parties: [], meetings: [], sources: [], nextPosition: 0 };
  if (type === 'meeting') {
    const options = await api.editor.options();
    return {
      ...none,
      parties: optionsOf(options.parties),
      meetings: optionsOf(options.meetings),
      sources: optionsOf(options.sources),
    };
  }
  if (type === 'theme' && creating) {
    // Themes are a handful: one page holds them all. Positions count from 0, so the count
    // puts a new one after the others.
    const themes = await api.editor.theme.list({ limit: 200 });
    return { ...none, nextPosition: themes.items.length };
  }
  return none;
}
