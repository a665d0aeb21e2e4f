import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { type Viewer } from '@accord/api';

/** What an editor sees on an admin-only page (rendered by admin/forbidden.tsx with a 403). */
export function AdminOnly() {
  return (
    <>
      <h1>You need to be an admin</h1>
      <p>
        Only admins can see this page. If you need something changed here, ask an admin in the
        newsroom.
      </p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </>
  );
}

/** Stops an admin-only page for anyone else with a 403 and the page above. */
export function requireAdmin(viewer: Pick<Viewer, 'role'>): void {
  if (viewer.role !== 'admin') forbidden();
}
