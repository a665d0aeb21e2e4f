import { NotFoundBody } from '~/components/not-found-body';
import { SiteDocument } from '~/components/site-document';

/**
 * An address no route matches (outside /ja). The root layout passes through (each route group
 * renders its own document), so this renders the English one.
 */
export default function NotFound() {
  return (
    <SiteDocument locale="en">
      <NotFoundBody />
    </SiteDocument>
  );
}
