import Link from 'next/link';

/**
 * What an editor sees on an admin-only page. Next's `forbidden()` would also send a 403,
 * but it needs `experimental.authInterrupts`, which this app does not enable; the API
 * refuses these calls to editors either way.
 */
export function AdminOnly({ what }: { what: string }) {
  return (
    <>
      <h1>You need to be an admin</h1>
      <p>
        Only admins can see {what}. If you need something changed here, ask an admin in the
        newsroom.
      </p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </>
  );
}
