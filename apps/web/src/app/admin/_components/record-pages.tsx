import 'server-only';
import { type RecordType, type ReferenceType } from '@accord/domain';
import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { requireAdmin } from './admin-only';
import { PAGE_PARAMS, parseListParams, type SearchParams } from './list-params';
import { RecordHistory } from './record-history';
import { parseRecordId } from './record-id';
import { ReferenceEditor } from './reference-editor';
import { ReferenceHeader } from './reference-header';
import { ReferenceList } from './reference-list';
import { listReferences, loadFormOptions, loadReference } from './reference-load';
import { capitalize, REFERENCE_WORDS } from './reference-types';

/**
 * The admin's record pages, each made for a type from its description (reference-types.ts,
 * reference-forms.tsx): a route file is `export default …Page('meeting')` and its title.
 */

type IdParams = { params: Promise<{ id: string }> };
type Query<K extends string> = { searchParams: Promise<Partial<Record<K, string | string[]>>> };

const ONE: Record<RecordType, string> = {
  commitment: 'commitment',
  meeting: 'meeting',
  party: 'party',
  source: 'source',
  theme: 'theme',
};

/** The page titles: "Meetings", "New meeting", "Edit meeting", "Meeting history". */
export function titleOf(type: RecordType, page: 'list' | 'new' | 'edit' | 'history'): Metadata {
  const one = ONE[type];
  const title = {
    list: capitalize(type === 'commitment' ? 'commitments' : REFERENCE_WORDS[type].many),
    new: `New ${one}`,
    edit: `Edit ${one}`,
    history: `${capitalize(one)} history`,
  }[page];
  return { title };
}

/** The first `?name=` value of a query. */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A reference type's list, a page at a time, with its filter. */
export function listPage(type: ReferenceType) {
  return async function ReferenceListPage({
    searchParams,
  }: {
    searchParams: Promise<SearchParams>;
  }) {
    const words = REFERENCE_WORDS[type];
    const { viewer, api } = await editorApi(words.path);
    const search = await searchParams;
    const params = parseListParams(PAGE_PARAMS, search);
    const page = await listReferences(api, type, params);
    return (
      <ReferenceList
        type={type}
        page={page}
        params={params}
        deleted={search.deleted !== undefined}
        canCreate={!words.adminOnly || viewer.role === 'admin'}
        intro={words.intro}
      />
    );
  };
}

/** A blank form for a new record of a reference type. */
export function newPage(type: ReferenceType) {
  return async function NewReferencePage() {
    const words = REFERENCE_WORDS[type];
    const { viewer, api } = await editorApi(`${words.path}/new`);
    if (words.adminOnly) requireAdmin(viewer);
    const options = await loadFormOptions(api, type, true);
    return (
      <>
        <p>
          <Link href={words.path}>All {words.many}</Link>
        </p>
        <h1>New {words.one}</h1>
        <ReferenceEditor type={type} id={null} version={null} initial={null} options={options} />
      </>
    );
  };
}

/** One reference record's editor; read-only for editors where only admins may change it. */
export function editPage(type: ReferenceType) {
  return async function EditReferencePage({
    params,
    searchParams,
  }: IdParams & Query<'created' | 'restored'>) {
    const words = REFERENCE_WORDS[type];
    const [{ id: raw }, query] = await Promise.all([params, searchParams]);
    const id = parseRecordId(raw);
    const { viewer, api } = await editorApi(`${words.path}/${id}`);
    const [record, options] = await Promise.all([
      loadReference(api, type, id),
      loadFormOptions(api, type, false),
    ]);
    const isAdmin = viewer.role === 'admin';
    const readOnly = words.adminOnly && !isAdmin;
    return (
      <>
        <ReferenceHeader
          type={type}
          record={record}
          created={query.created !== undefined}
          restored={first(query.restored)}
        />
        {readOnly ? (
          <p className="admin-notice">
            Only admins can change a {words.one}. You can read it here, see its history and preview
            its brief.
          </p>
        ) : null}
        <ReferenceEditor
          type={type}
          id={id}
          version={record.version}
          initial={record.data}
          options={options}
          canDelete={isAdmin}
          readOnly={readOnly}
        />
      </>
    );
  };
}

/** Any record's history: compare two versions, restore an older one. */
export function historyPage(type: RecordType) {
  return async function RecordHistoryPage({ params, searchParams }: IdParams & Query<'a' | 'b'>) {
    const [{ id }, query] = await Promise.all([params, searchParams]);
    return <RecordHistory type={type} id={parseRecordId(id)} query={query} />;
  };
}
