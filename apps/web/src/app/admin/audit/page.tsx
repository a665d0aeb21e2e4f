import { type AuditEntry } from '@accord/domain';
import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { requireAdmin } from '../_components/admin-only';
import { formatDateTime } from '../_components/format';
import { PAGE_PARAMS, parseListParams, type SearchParams } from '../_components/list-params';
import { ListSearch } from '../_components/list-search';
import { Pager } from '../_components/pager';

export const metadata: Metadata = { title: 'Audit log' };

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="admin-json-label">{label}</p>
      {value === null || value === undefined ? (
        <p className="admin-hint">(nothing)</p>
      ) : (
        <pre className="admin-json">{JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}

function EntryRow({ entry }: { entry: AuditEntry }) {
  const hasData = entry.before != null || entry.after != null;
  return (
    <tr>
      <th scope="row">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </th>
      <td>{entry.actorName}</td>
      <td>
        <code>{entry.action}</code>
      </td>
      <td>
        {entry.recordType} {entry.recordId}
      </td>
      <td>
        {entry.summary}
        {entry.note ? <p className="admin-audit-note">Note: {entry.note}</p> : null}
        {hasData ? (
          <details className="admin-audit-data">
            <summary>
              Before and after<span className="visually-hidden"> (entry {entry.id})</span>
            </summary>
            <div className="admin-json-pair">
              <Json label="Before" value={entry.before} />
              <Json label="After" value={entry.after} />
            </div>
          </details>
        ) : null}
      </td>
    </tr>
  );
}

const PATH = '/admin/audit';

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, api } = await editorApi(PATH);
  requireAdmin(viewer);
  const params = parseListParams(PAGE_PARAMS, await searchParams);
  const page = await api.admin.audit.list(params);
  const { items } = page;
  const older = params.cursor !== undefined;
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every change made through the admin, newest first. Entries are never changed or removed.
      </p>
      <ListSearch path={PATH} what="the audit log" hint="Action, summary or who" q={params.q} />
      {items.length === 0 ? (
        <p>
          {params.q
            ? 'No entry matches.'
            : older
              ? 'No older entries.'
              : 'Nothing has been changed yet.'}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table admin-table admin-audit">
            <caption className="visually-hidden">
              {older ? 'Older audit entries, newest first' : 'Latest audit entries, newest first'}
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Record</th>
                <th scope="col">Summary</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <EntryRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager path={PATH} params={params} page={page} label="Audit log pages" />
    </>
  );
}
