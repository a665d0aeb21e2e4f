import { NotFoundBody } from '~/components/not-found-body';

/** notFound() in an English public page (an unknown slug): inside the English document. */
export default function NotFound() {
  return <NotFoundBody />;
}
