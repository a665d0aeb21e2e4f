import { diffRecords, type RevisionDetail } from '@accord/domain';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { formatDateTime } from './format';
import { showValue } from './paths';
import { loadReference } from './reference-load';
import { ReferenceRestore } from './reference-restore';
import { REFERENCE_TYPES, referenceFieldLabel, type ReferenceType } from './reference-types';

type Param = string | string[] | undefined;

function versionParam(value: Param): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/**
 * A reference record's revisions, newest first; `?a=&b=` compares two field by field, and
 * any older one can be restored (as a new version). Themes restore for admins only.
 */
export async function ReferenceHistory({
  type,
  id,
  query,
}: {
  type: ReferenceType;
  id: number;
  query: { a?: Param; b?: Param };
}) {
  const words = REFERENCE_TYPES[type];
  const { viewer, api } = await editorApi(`${words.path}/${id}/history`);
  const [record, revisions] = await Promise.all([
    loadReference(api, type, id),
    api.editor.revision.list({ type, id }),
  ]);
  const canRestore = type !== 'theme' || viewer.role === 'admin';
  const versions = new Set(revisions.map((r) => r.version));
  const a = versionParam(query.a);
  const b = versionParam(query.b);
  const comparing = a !== null && b !== null && versions.has(a) && versions.has(b);
  const compared: [RevisionDetail, RevisionDetail] | null = comparing
    ? await Promise.all([
        api.editor.revision.get({ type, id, version: a }),
        api.editor.revision.get({ type, id, version: b }),
      ])
    : null;
  const changes = compared ? diffRecords(compared[0].snapshot, compared[1].snapshot) : [];
  const newest = revisions[0]?.version;
  const older = revisions[1]?.version ?? newest;

  return (
    <>
      <p>
        <Link href={`${words.path}/${id}`}>Back to the editor</Link>
      </p>
      <h1>History of “{record.title}”</h1>
      <p className="admin-meta">
        Current version: {record.version}. Every save is kept; restoring a version saves it again as
        a new version.
      </p>
      {revisions.length === 0 ? (
        <p>
          This {words.one} has no saved versions yet: it has not been edited since it was imported.
        </p>
      ) : (
        <>
          <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">Compare two versions</h2>
            <form method="get" className="admin-filter" aria-label="Compare versions">
              <div>
                <label htmlFor="compare-a">From version</label>
                <select id="compare-a" name="a" defaultValue={String(comparing ? a : older)}>
                  {revisions.map((r) => (
                    <option key={r.version} value={r.version}>
                      {r.version}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="compare-b">To version</label>
                <select id="compare-b" name="b" defaultValue={String(comparing ? b : newest)}>
                  {revisions.map((r) => (
                    <option key={r.version} value={r.version}>
                      {r.version}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit">Compare</button>
            </form>
            {(a !== null || b !== null) && !comparing ? (
              <p role="alert" className="admin-alert">
                Choose two versions that exist.
              </p>
            ) : null}
            {compared ? (
              changes.length === 0 ? (
                <p>
                  Versions {a} and {b} have the same content.
                </p>
              ) : (
                <div className="table-wrap">
                  <table className="table admin-table admin-diff">
                    <caption>
                      Changes from version {a} to version {b}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Field</th>
                        <th scope="col">Version {a}</th>
                        <th scope="col">Version {b}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.path}>
                          <th scope="row">{referenceFieldLabel(type, c.path)}</th>
                          <td>{showValue(c.before)}</td>
                          <td>{showValue(c.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )
            ) : null}
          </section>

          <section aria-labelledby="revisions-heading">
            <h2 id="revisions-heading">Versions</h2>
            {canRestore ? null : (
              <p className="admin-hint">Only an admin can restore a version of a theme.</p>
            )}
            <div className="table-wrap">
              <table className="table admin-table">
                <caption className="visually-hidden">Versions, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">Action</th>
                    <th scope="col">By</th>
                    <th scope="col">When</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((r) => (
                    <tr key={r.version}>
                      <th scope="row">{r.version}</th>
                      <td>{r.action}</td>
                      <td>{r.actorName}</td>
                      <td>
                        <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                      </td>
                      <td>
                        {r.version === record.version ? (
                          'Current'
                        ) : canRestore ? (
                          <ReferenceRestore
                            type={type}
                            id={id}
                            version={r.version}
                            currentVersion={record.version}
                          />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
