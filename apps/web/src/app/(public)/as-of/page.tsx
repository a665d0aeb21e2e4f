import { type Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AsOfForm } from '~/components/as-of';
import Link from '~/components/link';
import { readAsOfRequest } from '~/lib/site-paths';

export const metadata: Metadata = {
  title: 'Read as of a date',
  robots: { index: false, follow: true },
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Where the "see it as of a date" forms send their GET: on to the dated page, or, when the
 * day or the record is missing or wrong, a page that says what to fix with the form again.
 * It reads the query, so it is rendered per request and never cached; the dated pages are.
 */
export default async function AsOfRedirectPage({ searchParams }: Props) {
  const request = readAsOfRequest(await searchParams);
  if (request.ok) redirect(request.path);
  return (
    <>
      <h1>Read as of a date</h1>
      <p role="alert" className="form-problem">
        {request.problem}
      </p>
      {request.kind && request.slug ? (
        <AsOfForm kind={request.kind} slug={request.slug} />
      ) : (
        <p>
          Open a <Link href="/">brief</Link> or a commitment and use its &ldquo;See it as it stood
          at the end of&rdquo; form.
        </p>
      )}
      <p>
        <Link href="/methodology#as-of">How reading as of a date works</Link>
      </p>
    </>
  );
}
