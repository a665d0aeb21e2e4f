import { type EditorRecordListItem } from '@accord/domain';
import Link from 'next/link';
import { formatDateTime } from './format';
import { capitalize, REFERENCE_TYPES, type ReferenceType } from './reference-types';

/** The index of one reference type: every record, with how much still refers to it. */
export function ReferenceList({
  type,
  rows,
  canCreate = true,
  intro,
  deleted = false,
}: {
  type: ReferenceType;
  rows: EditorRecordListItem[];
  canCreate?: boolean;
  intro: string;
  /** Arrived here from deleting one. */
  deleted?: boolean;
}) {
  const words = REFERENCE_TYPES[type];
  return (
    <>
      <h1>{capitalize(words.many)}</h1>
      <p>{intro}</p>
      {deleted ? (
        <p role="status" className="admin-saved">
          Deleted the {words.one}. The audit log keeps a copy of what it held.
        </p>
      ) : null}
      {canCreate ? (
        <p>
          <Link href={`${words.path}/new`} className="button">
            New {words.one}
          </Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>No {words.many} yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table admin-table">
            <caption className="visually-hidden">
              {capitalize(words.many)}, by slug. “Used by” counts the commitments, quotes and other
              records that refer to each one.
            </caption>
            <thead>
              <tr>
                <th scope="col">Slug</th>
                <th scope="col">{words.titleLabel}</th>
                <th scope="col" className="number">
                  Version
                </th>
                <th scope="col">Updated</th>
                <th scope="col" className="number">
                  Used by
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link href={`${words.path}/${row.id}`}>{row.slug}</Link>
                  </th>
                  <td>{row.title}</td>
                  <td className="number">{row.version}</td>
                  <td>
                    <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>
                  </td>
                  <td className="number">{row.usedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
