import { ADMIN_QUERY_MAX } from '@accord/domain';
import Link from 'next/link';

/**
 * An admin list's words filter: a GET form, so it works without JavaScript and the words
 * stay in the URL (list-params.ts reads them back). Submitting starts again at page one.
 */
export function ListSearch({
  path,
  what,
  hint,
  q,
}: {
  path: string;
  /** What is listed, for the form's name: "Filter sources". */
  what: string;
  /** What the words are matched against: "Slug or title". */
  hint: string;
  q: string | undefined;
}) {
  return (
    <form
      method="get"
      action={path}
      className="admin-filter"
      role="search"
      aria-label={`Filter ${what}`}
    >
      <div>
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={q ?? ''}
          maxLength={ADMIN_QUERY_MAX}
          aria-describedby="filter-q-hint"
        />
        <span id="filter-q-hint" className="admin-hint">
          {hint}
        </span>
      </div>
      <button type="submit">Filter</button>
      {q ? <Link href={path}>Clear filter</Link> : null}
    </form>
  );
}
