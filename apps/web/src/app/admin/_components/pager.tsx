import Link from 'next/link';
import { listHref } from './list-params';

/**
 * Previous and next links of an admin list page: plain links keeping the list's filters in
 * the URL, so paging works without JavaScript. Shows nothing when there is one page.
 */
export function Pager({
  path,
  params,
  page,
  label,
}: {
  path: string;
  /** The list's parsed URL fields (filters kept, cursor replaced). */
  params: Record<string, unknown>;
  page: { nextCursor: string | null; prevCursor: string | null };
  /** What is paged, for screen readers: "Pages of commitments". */
  label: string;
}) {
  if (!page.nextCursor && !page.prevCursor) return null;
  return (
    <nav className="admin-pager" aria-label={label}>
      {page.prevCursor ? (
        <Link href={listHref(path, params, { cursor: page.prevCursor })} rel="prev">
          ← Previous page
        </Link>
      ) : null}
      {page.nextCursor ? (
        <Link href={listHref(path, params, { cursor: page.nextCursor })} rel="next">
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}
