import { type EditorRecordPage } from '@accord/domain';
import Link from 'next/link';
import { formatDateTime } from './format';
import { isFiltered, type PAGE_PARAMS, type parseListParams } from './list-params';
import { ListSearch } from './list-search';
import { Pager } from './pager';
import { capitalize, REFERENCE_WORDS, type ReferenceType } from './reference-types';

/**
 * The index of one reference type, a page at a time by slug, with how much still refers to
 * each record and a words filter (slug or title) that works without JavaScript.
 */
export function ReferenceList({
  type,
  page,
  params,
  canCreate = true,
  intro,
  deleted = false,
}: {
  type: ReferenceType;
  page: EditorRecordPage;
  params: ReturnType<typeof parseListParams<typeof PAGE_PARAMS>>;
  canCreate?: boolean;
  intro: string;
  /** Arrived here from deleting one. */
  deleted?: boolean;
}) {
  const words = REFERENCE_WORDS[type];
  const rows = page.items;
  const filtered = isFiltered(params);
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
      <ListSearch
        path={words.path}
        what={words.many}
        hint={`Slug or ${words.titleLabel.toLowerCase()}`}
        q={params.q}
      />
      {rows.length === 0 ? (
        <p>{filtered ? `No ${words.one} matches.` : `No ${words.many} yet.`}</p>
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
      <Pager path={words.path} params={params} page={page} label={`Pages of ${words.many}`} />
    </>
  );
}
