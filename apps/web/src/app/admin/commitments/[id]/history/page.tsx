import { diffRecords, type RevisionDetail } from '@accord/domain';
import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi, orNotFound } from '~/server/api';
import { formatDateTime } from '../../../_components/format';
import { showValue } from '../../../_components/paths';
import { commitmentFieldLabel } from '../../_components/field-labels';
import { parseId } from '../../_components/parse-id';
import { RestoreButton } from './restore-button';

export const metadata: Metadata = { title: 'Commitment history' };

const versionParam = (v: string | string[] | undefined) => {
  const raw = Array.isArray(v) ? v[0] : v;
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
};

export default async function CommitmentHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const id = parseId(rawId);
  const { api } = await editorApi(`/admin/commitments/${id}/history`);
  const [commitment, revisions] = await Promise.all([
    orNotFound(api.editor.commitment.get({ id })),
    api.editor.revision.list({ type: 'commitment', id }),
  ]);
  const versions = new Set(revisions.map((r) => r.version));
  const a = versionParam(query.a);
  const b = versionParam(query.b);
  const comparing = a !== null && b !== null && versions.has(a) && versions.has(b);
  let compared: [RevisionDetail, RevisionDetail] | null = null;
  if (comparing) {
    compared = await Promise.all([
      api.editor.revision.get({ type: 'commitment', id, version: a }),
      api.editor.revision.get({ type: 'commitment', id, version: b }),
    ]);
  }
  const changes = compared ? diffRecords(compared[0].snapshot, compared[1].snapshot) : [];
  const newest = revisions[0]?.version;
  const older = revisions[1]?.version ?? newest;

  return (
    <>
      <p>
        <Link href={`/admin/commitments/${id}`}>Back to the editor</Link>
      </p>
      <h1>History of “{commitment.data.title}”</h1>
      <p className="admin-meta">
        Current version: {commitment.version}. Every save is kept; restoring a version saves it
        again as a new version.
      </p>

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
                    <th scope="row">{commitmentFieldLabel(c.path)}</th>
                    <td>{showValue(c.before)}</td>
                    <td>{showValue(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        ) : null}
      </section>

      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Versions</h2>
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
                <td>{formatDateTime(r.createdAt)}</td>
                <td>
                  {r.version === commitment.version ? (
                    'Current'
                  ) : (
                    <RestoreButton
                      id={id}
                      version={r.version}
                      currentVersion={commitment.version}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
