import Link from '~/components/link';

/** A dated page that does not exist: a bad or future day, or a record not made by then. */
export default function AsOfNotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        We have no page at this address. A day to read Accord as of is a past day written as
        year-month-day, such as 2023-05-19, from 1 January 2000 up to today. A commitment made at a
        later meeting has no page for the days before it was made.
      </p>
      <p>
        <Link href="/">Go to the briefs</Link> or read{' '}
        <Link href="/methodology#as-of">how reading as of a date works</Link>.
      </p>
    </>
  );
}
