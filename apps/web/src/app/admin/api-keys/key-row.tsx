'use client';

import { type ApiKeyView } from '@accord/domain';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import { useHydrated } from '../_components/use-hydrated';

const STATUS_LABELS: Record<ApiKeyView['status'], string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

function when(iso: string | null, empty: string): string {
  return iso === null ? empty : new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** One key: what it is, whose, and a Revoke button while it is active. */
export function KeyRow({ apiKey }: { apiKey: ApiKeyView }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const hydrated = useHydrated();
  const [running, setRunning] = useState(false);
  const [, startTransition] = useTransition();

  async function revoke() {
    setRunning(true);
    setOutcome(null);
    try {
      await trpc.admin.apiKey.revoke.mutate({ id: apiKey.id });
      setOutcome({ ok: true, text: `“${apiKey.name}” is revoked.` });
      startTransition(() => router.refresh());
    } catch (error) {
      setOutcome({ ok: false, text: describeProblem(error).message });
    } finally {
      setRunning(false);
    }
  }

  return (
    <tr className={apiKey.status === 'active' ? undefined : 'admin-user-disabled'}>
      <th scope="row">{apiKey.name}</th>
      <td>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>
        {apiKey.ownerName} <span className="admin-hint">({apiKey.ownerEmail})</span>
      </td>
      <td>{apiKey.scope === 'admin' ? 'Admin' : 'Editor'}</td>
      <td>{when(apiKey.createdAt, '')}</td>
      <td>{when(apiKey.lastUsedAt, 'Never')}</td>
      <td>
        {STATUS_LABELS[apiKey.status]}
        {apiKey.status === 'active' && apiKey.expiresAt ? (
          <span className="admin-hint"> until {when(apiKey.expiresAt, '')}</span>
        ) : null}
      </td>
      <td>
        {apiKey.status === 'active' ? (
          <button
            type="button"
            className="danger"
            disabled={running || !hydrated}
            onClick={() => void revoke()}
          >
            {running ? 'Revoking…' : 'Revoke'}
            <span className="visually-hidden"> {apiKey.name}</span>
          </button>
        ) : null}
        {outcome ? (
          <p
            role={outcome.ok ? 'status' : 'alert'}
            className={outcome.ok ? 'admin-saved' : 'form-error'}
          >
            {outcome.text}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
