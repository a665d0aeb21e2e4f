import Link from '~/components/link';
import { SiteDocument } from '~/components/site-document';

/**
 * Any unknown address outside /ja, and notFound() in an English page. The root layout passes
 * through (each route group renders its own document), so this renders the English one.
 */
export default function NotFound() {
  return (
    <SiteDocument locale="en">
      <h1>Page not found</h1>
      <p>
        We have no page at this address. The commitment, theme or meeting may have been renamed, or
        the link may be mistyped.
      </p>
      <p>
        <Link href="/">Go to the briefs</Link> or read the{' '}
        <Link href="/methodology">methodology</Link>.
      </p>
    </SiteDocument>
  );
}
