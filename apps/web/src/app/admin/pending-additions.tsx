'use client';

import { type PendingAdditionView } from '@accord/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { trpc } from '~/lib/trpc';
import { formatDateTime } from './_components/format';
import { useHydrated } from './_components/use-hydrated';

const KIND_LABELS: Record<PendingAdditionView['kind'], string> = {
  account: 'Account',
  status: 'Status update',
  lineage: 'Lineage link',
};

/** The addition in a line: the quoted words, or the status and its note. */
function Summary({ item }: { item: PendingAdditionView }) {
  const { entry } = item;
  if (entry.kind === 'account') {
    return (
      <>
        <strong>{entry.topic}</strong>: “{entry.quote.text}” ({entry.quote.attribution.who})
      </>
    );
  }
  if (entry.kind === 'status') {
    return (
      <>
        <strong>{entry.update.status.replaceAll('_', ' ')}</strong> on {entry.update.effectiveOn}:{' '}
        {entry.update.note}
      </>
    );
  }
  return (
    <>
      <strong>{entry.link.relation.replaceAll('_', ' ')}</strong> {entry.link.meeting} on{' '}
      {entry.link.on}
      {entry.link.quote ? <>: “{entry.link.quote.text}”</> : null}
    </>
  );
}

type Verdict = 'approve' | 'reject' | 'withdraw';

const VERDICT_DONE: Record<Verdict, string> = {
  approve: 'approved: readers see it now',
  reject: 'rejected: nothing was saved',
  withdraw: 'withdrawn: nothing was saved',
};

/**
 * Accounts, status updates and lineage links the editors' assistant accepted, waiting for
 * review: readers see none of them until an admin approves one (written into its record with a
 * revision, the public pages refreshed); rejecting drops it. Editors see the queue, and may
 * withdraw what they proposed themselves. On the dashboard (the whole queue, under the page's
 * own heading) and on a commitment's editor (its own additions, `section`: a section of its own
 * that shows only while something waits, or to say what was just done).
 */
export function PendingAdditions({
  items,
  canReview,
  section,
}: {
  items: PendingAdditionView[];
  canReview: boolean;
  section?: { id: string; intro: string };
}) {
  const router = useRouter();
  const canWithdraw = !canReview && items.some((item) => item.mine);
  const hydrated = useHydrated();
  const [busy, setBusy] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function review(item: PendingAdditionView, verdict: Verdict) {
    setBusy(item.id);
    setDone(null);
    setError(null);
    try {
      if (verdict === 'approve') {
        await trpc.assistant.approve.mutate({ id: item.id, expectedVersion: item.record.version });
      } else if (verdict === 'reject') {
        await trpc.assistant.reject.mutate({ id: item.id });
      } else {
        await trpc.assistant.withdraw.mutate({ id: item.id });
      }
      setDone(`${KIND_LABELS[item.kind]} for ${item.commitment.title} ${VERDICT_DONE[verdict]}.`);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const body = (
    <>
      {done ? <p role="status">{done}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {items.length === 0 ? (
        section ? null : (
          <p>No account, status update or lineage link is waiting for review.</p>
        )
      ) : (
        <table className="table admin-table">
          <caption className="visually-hidden">Additions waiting for review</caption>
          <thead>
            <tr>
              <th scope="col">Addition</th>
              <th scope="col">For</th>
              <th scope="col">Proposed</th>
              {canReview || canWithdraw ? <th scope="col">Review</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-pending-id={item.id}>
                <td>
                  <span className="admin-hint">{KIND_LABELS[item.kind]} · pending review</span>
                  <br />
                  <Summary item={item} />
                </td>
                <td>
                  <Link href={`/admin/commitments/${item.commitment.id}`}>
                    {item.commitment.title}
                  </Link>
                  {item.record.type === 'meeting' ? (
                    <>
                      <br />
                      <span className="admin-hint">
                        on the meeting{' '}
                        <Link href={`/admin/meetings/${item.record.id}`}>{item.record.title}</Link>
                      </span>
                    </>
                  ) : null}
                </td>
                <td>
                  {item.proposedBy}
                  <br />
                  <span className="admin-hint">{formatDateTime(item.createdAt)}</span>
                </td>
                {canReview ? (
                  <td>
                    <button
                      type="button"
                      disabled={busy !== null || !hydrated}
                      aria-label={`Approve ${KIND_LABELS[item.kind].toLowerCase()} for ${item.commitment.title}`}
                      onClick={() => void review(item, 'approve')}
                    >
                      Approve
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy !== null || !hydrated}
                      aria-label={`Reject ${KIND_LABELS[item.kind].toLowerCase()} for ${item.commitment.title}`}
                      onClick={() => void review(item, 'reject')}
                    >
                      Reject
                    </button>
                  </td>
                ) : canWithdraw ? (
                  <td>
                    {item.mine ? (
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy !== null || !hydrated}
                        aria-label={`Withdraw ${KIND_LABELS[item.kind].toLowerCase()} for ${item.commitment.title}`}
                        onClick={() => void review(item, 'withdraw')}
                      >
                        Withdraw
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );

  if (section) {
    if (items.length === 0 && !done && !error) return null;
    const count = items.length;
    return (
      <section aria-labelledby={section.id}>
        <h2 id={section.id}>
          {count === 0
            ? 'No addition waiting for review'
            : count === 1
              ? 'One addition waiting for review'
              : `${count} additions waiting for review`}
        </h2>
        {count > 0 ? <p className="admin-hint">{section.intro}</p> : null}
        {body}
      </section>
    );
  }
  return body;
}
