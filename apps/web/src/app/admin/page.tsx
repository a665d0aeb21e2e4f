import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { CommitmentTable } from './commitments/_components/commitment-table';
import { PendingAdditions } from './pending-additions';

export const metadata: Metadata = { title: 'Dashboard' };

const SECTIONS = [
  { key: 'drafts', title: 'Drafts', empty: 'No drafts.' },
  { key: 'inReview', title: 'In review', empty: 'Nothing is waiting for review.' },
  { key: 'recentlyChanged', title: 'Recently changed', empty: 'Nothing has changed yet.' },
  {
    key: 'overdue',
    title: 'Past their target date',
    empty: 'No published commitment is past its target date.',
  },
] as const;

/** Freshness: what editors should look at again, whatever its editorial state. */
const DUE = [
  {
    key: 'reviewDue',
    title: 'Review due',
    intro:
      'Published commitments with no review (a review date or a status update) in six months; never reviewed first.',
    empty: 'Every commitment was reviewed in the last six months.',
  },
  {
    key: 'targetsNear',
    title: 'Targets near',
    intro:
      'Published commitments whose target falls in the next 90 days or passed in the last 90, with no final status.',
    empty: 'No target falls in the next 90 days or passed in the last 90.',
  },
  {
    key: 'disputed',
    title: 'Disputed',
    intro: 'Commitments where sources disagree and the dispute is not marked resolved.',
    empty: 'No open disputes.',
  },
] as const;

export default async function DashboardPage() {
  const { viewer, api } = await editorApi('/admin');
  const [dashboard, pending] = await Promise.all([
    api.editor.dashboard(),
    api.assistant.pending({}),
  ]);
  return (
    <>
      <h1>Dashboard</h1>
      <p className="admin-meta">Signed in as {viewer.name}. What needs attention:</p>
      <p>
        <Link href="/admin/commitments/new" className="button">
          New commitment
        </Link>
      </p>
      <section aria-labelledby="dashboard-due">
        <h2 id="dashboard-due">What is due</h2>
        {DUE.map((s) => (
          <section key={s.key} aria-labelledby={`dashboard-${s.key}`}>
            <h3 id={`dashboard-${s.key}`}>{s.title}</h3>
            <p className="admin-hint">{s.intro}</p>
            <CommitmentTable
              items={dashboard[s.key]}
              caption={s.title}
              empty={s.empty}
              showReviewed
            />
          </section>
        ))}
      </section>
      <section aria-labelledby="dashboard-pending">
        <h2 id="dashboard-pending">Additions waiting for review</h2>
        <p className="admin-hint">
          Accounts, status updates and lineage links accepted from pasted text. Readers see none of
          them until an admin approves it.
        </p>
        <PendingAdditions items={pending} canReview={viewer.role === 'admin'} />
      </section>
      {SECTIONS.map((s) => (
        <section key={s.key} aria-labelledby={`dashboard-${s.key}`}>
          <h2 id={`dashboard-${s.key}`}>{s.title}</h2>
          <CommitmentTable items={dashboard[s.key]} caption={s.title} empty={s.empty} />
        </section>
      ))}
    </>
  );
}
