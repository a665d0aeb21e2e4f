'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';

/** Saves an old version's content as a new version, then returns to the editor. */
export function RestoreButton({
  id,
  version,
  currentVersion,
}: {
  id: number;
  version: number;
  currentVersion: number;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    const ok = window.confirm(
      `Restore version ${version}? Its content is saved as a new version; nothing is lost.`,
    );
    if (!ok) return;
    setPending(true);
    setError(null);
    try {
      await trpc.editor.revision.restore.mutate({
        type: 'commitment',
        id,
        version,
        expectedVersion: currentVersion,
      });
      router.push(`/admin/commitments/${id}?restored=${version}`);
    } catch (e) {
      const p = describeProblem(e);
      setError(
        p.conflict
          ? `${p.conflict.changedBy} saved version ${p.conflict.currentVersion} since this page loaded. Reload the page and try again.`
          : p.message,
      );
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="secondary" disabled={pending} onClick={() => void restore()}>
        Restore this version<span className="visually-hidden"> (version {version})</span>
      </button>
      {error ? (
        <p role="alert" className="admin-alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
