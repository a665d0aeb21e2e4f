import 'server-only';
import { diffRecords, type RecordType, type RevisionDetail } from '@accord/domain';
import Link from 'next/link';
import { editorApi, orNotFound } from '~/server/api';
import { commitmentFieldLabel } from '../commitments/_components/field-labels';
import { formatDateTime } from './format';
import { showValue } from './paths';
import { type EditorCaller, loadReference } from './reference-load';
import { REFERENCE_WORDS, referenceFieldLabel } from './reference-types';
import { RestoreButton } from './restore-button';

type Param = string | string[] | undefined;

/** What a history page needs of each record type: where it lives, its words, its labels. */
const HISTORY: Record<
  RecordType,
  {
    path: string;
    one: string;
    adminOnly: boolean;
    label: (path: string) => string;
    load: (api: EditorCaller, id: number) => Promise<{ title: string; version: number }>;
  }
> = {
  commitment: {
    path: '/admin/commitments',
    one: 'commitment',
    adminOnly: false,
    label: commitmentFieldLabel,
    load: async (api, id) => {
      const commitment = await orNotFound(api.editor.commitment.get({ id }));
      return { title: commitment.data.title, version: commitment.version };
    },
  },
  ...referenceHistories(),
};

function referenceHistories() {
  const entry = (type: keyof typeof REFERENCE_WORDS) => ({
    ...REFERENCE_WORDS[type],
    label: (path: string) => referenceFieldLabel(type, path),
    load: (api: EditorCaller, id: number) => loadReference(api, type, id),
  });
  return {
    meeting: entry('meeting'),
    party: entry('party'),
    source: entry('source'),
    theme: entry('theme'),
  };
}

function versionParam(value: Param): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/**
 * Any record's revisions, newest first; `?a=&b=` compares two field by field, and any older
 * one can be restored (as a new version). Themes restore for admins only.
 */
export async function RecordHistory({
  type,
  id,
  query,
}: {
  type: RecordType;
  id: number;
  query: { a?: Param; b?: Param };
}) {
  const words = HISTORY[type];
  const editorPath = `${words.path}/${id}`;
  const { viewer, api } = await editorApi(`${editorPath}/history`);
  const [record, revisions] = await Promise.all([
    words.load(api, id),
    api.editor.revision.list({ type, id }),
  ]);
  const canRestore = !words.adminOnly || viewer.role === 'admin';
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
        <Link href={editorPath}>Back to the editor</Link>
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
              <VersionChoice
                name="a"
                label="From version"
                versions={revisions}
                chosen={comparing ? a : older}
              />
              <VersionChoice
                name="b"
                label="To version"
                versions={revisions}
                chosen={comparing ? b : newest}
              />
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
                          <th scope="row">{words.label(c.path)}</th>
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
              <p className="admin-hint">Only an admin can restore a version of a {words.one}.</p>
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
                          <RestoreButton
                            type={type}
                            id={id}
                            version={r.version}
                            currentVersion={record.version}
                            editorPath={editorPath}
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

/** One end of the comparison: a select of the versions, by its `?a=` or `?b=` name. */
function VersionChoice({
  name,
  label,
  versions,
  chosen,
}: {
  name: 'a' | 'b';
  label: string;
  versions: readonly { version: number }[];
  chosen: number | undefined;
}) {
  return (
    <div>
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={String(chosen)}>
        {versions.map((r) => (
          <option key={r.version} value={r.version}>
            {r.version}
          </option>
        ))}
      </select>
    </div>
  );
}
