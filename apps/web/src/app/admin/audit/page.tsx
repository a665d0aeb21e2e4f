import { type AuditEntry } from '@accord/domain';
import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { requireAdmin } from '../_components/admin-only';
import { formatDateTime } from '../_components/format';

export const metadata: Metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;

/** `?before=123`: only a positive whole number pages; anything else shows the newest. */
function parseBefore(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,10}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n > 0 && n <= 2_147_483_647 ? n : undefined;
}

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

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const { viewer, api } = await editorApi('/admin/audit');
  requireAdmin(viewer);
  const before = parseBefore((await searchParams).before);
  const { items, nextBefore } = await api.admin.audit.list({ before, limit: PAGE_SIZE });
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every change made through the admin, newest first. Entries are never changed or removed.
      </p>
      {items.length === 0 ? (
        <p>{before ? 'No older entries.' : 'Nothing has been changed yet.'}</p>
      ) : (
        <div className="table-wrap">
          <table className="table admin-table admin-audit">
            <caption className="visually-hidden">
              {before ? 'Older audit entries, newest first' : 'Latest audit entries, newest first'}
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
      <nav aria-label="Audit log pages" className="admin-actions">
        {before ? <Link href="/admin/audit">Newest entries</Link> : null}
        {nextBefore ? <Link href={`/admin/audit?before=${nextBefore}`}>Older entries</Link> : null}
      </nav>
    </>
  );
}
