import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { CommitmentTable } from './commitments/_components/commitment-table';

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

export default async function DashboardPage() {
  const { viewer, api } = await editorApi('/admin');
  const dashboard = await api.editor.dashboard();
  return (
    <>
      <h1>Dashboard</h1>
      <p className="admin-meta">Signed in as {viewer.name}. What needs attention:</p>
      <p>
        <Link href="/admin/commitments/new" className="button">
          New commitment
        </Link>
      </p>
      {SECTIONS.map((s) => (
        <section key={s.key} aria-labelledby={`dashboard-${s.key}`}>
          <h2 id={`dashboard-${s.key}`}>{s.title}</h2>
          <CommitmentTable items={dashboard[s.key]} caption={s.title} empty={s.empty} />
        </section>
      ))}
    </>
  );
}
