import { type Metadata } from 'next';
import Link from 'next/link';
import { CommitmentArticle } from '~/components/commitment-article';
import { TODAY_PATHS } from '~/lib/site-paths';
import { editorApi, orNotFound } from '~/server/api';
import { EDITORIAL_STATE_LABELS } from '../../_components/labels';
import { parseRecordId } from '../../../_components/record-id';

/**
 * A commitment as readers will see it, in any editorial state: the public page's own
 * component on the record as it is now. Only for signed-in editors: editorApi sends anyone
 * else to sign-in before anything is read (this page does not lean on the admin layout's
 * check, which a client-side navigation may skip), and the procedure is editors-only in
 * policy.ts. Never cached: every admin page is dynamic (Next answers `private, no-store`),
 * and the front cache and nginx never store /admin.
 */
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false, nocache: true },
};

export default async function PreviewCommitmentPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const id = parseRecordId((await params).id);
  const { api } = await editorApi(`/admin/commitments/${id}/preview`);
  const { editorialState, ...commitment } = await orNotFound(api.editor.preview.commitment({ id }));
  const published = editorialState === 'published';
  return (
    <>
      <aside className="preview-banner" aria-label="Preview">
        <p>
          <strong>{published ? 'Preview: published' : 'Preview: not published'}</strong> (
          {EDITORIAL_STATE_LABELS[editorialState]}).{' '}
          {published
            ? 'Readers see this page on the site.'
            : 'Readers cannot see this page until an admin publishes it.'}
        </p>
        <p className="admin-actions">
          <Link href={`/admin/commitments/${id}`}>Back to the editor</Link>
          {published ? <Link href={`/commitments/${commitment.slug}`}>View on site</Link> : null}
        </p>
      </aside>
      <CommitmentArticle c={commitment} paths={TODAY_PATHS} />
    </>
  );
}
