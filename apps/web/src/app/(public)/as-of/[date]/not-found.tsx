import { AsOfNotFoundBody } from '~/components/pages/as-of';

/** A dated page that does not exist: a bad or future day, or a record not made by then. */
export default function AsOfNotFound() {
  return <AsOfNotFoundBody locale="en" />;
}
