'use client';

import { type RecordType } from '@accord/domain';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import { useHydrated } from './use-hydrated';

/**
 * Saves an old version's content as a new version, then opens the record's editor (at
 * `editorPath`). Nothing is overwritten, so it needs no confirmation; a stale page gets the
 * conflict's message.
 */
export function RestoreButton({
  type,
  id,
  version,
  currentVersion,
  editorPath,
}: {
  type: RecordType;
  id: number;
  version: number;
  currentVersion: number;
  editorPath: string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setPending(true);
    setError(null);
    try {
      await trpc.editor.revision.restore.mutate({
        type,
        id,
        version,
        expectedVersion: currentVersion,
      });
      router.push(`${editorPath}?restored=${version}`);
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
      <button
        type="button"
        className="secondary"
        disabled={pending || !hydrated}
        onClick={() => void restore()}
      >
        {pending ? 'Restoring…' : 'Restore this version'}
        <span className="visually-hidden"> (version {version})</span>
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
