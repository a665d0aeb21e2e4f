import Link from '~/components/link';

/** What an English 404 says: the same words for an unknown address and for notFound(). */
export function NotFoundBody() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        We have no page at this address. The commitment, theme or meeting may have been renamed, or
        the link may be mistyped.
      </p>
      <p>
        <Link href="/">Go to the briefs</Link> or read the{' '}
        <Link href="/methodology">methodology</Link>.
      </p>
    </>
  );
}
