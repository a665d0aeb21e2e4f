import { EDITORIAL_STATES, EditorialState } from '@accord/domain';
import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { CommitmentTable } from './_components/commitment-table';
import { EDITORIAL_STATE_LABELS } from './_components/labels';

export const metadata: Metadata = { title: 'Commitments' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CommitmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ query?: string | string[]; state?: string | string[] }>;
}) {
  const params = await searchParams;
  const query = (first(params.query) ?? '').trim().slice(0, 100);
  const state = EditorialState.safeParse(first(params.state));
  const { api } = await editorApi('/admin/commitments');
  const items = await api.editor.commitment.list({
    query: query || undefined,
    state: state.success ? state.data : undefined,
    limit: 200,
  });
  const filtered = query !== '' || state.success;
  return (
    <>
      <h1>Commitments</h1>
      <p>
        <Link href="/admin/commitments/new" className="button">
          New commitment
        </Link>{' '}
        <Link href="/admin/commitments/from-text" className="button">
          New from text
        </Link>
      </p>
      <form method="get" className="admin-filter" role="search" aria-label="Filter commitments">
        <div>
          <label htmlFor="filter-query">Search</label>
          <input
            id="filter-query"
            type="search"
            name="query"
            defaultValue={query}
            maxLength={100}
            aria-describedby="filter-query-hint"
          />
          <span id="filter-query-hint" className="admin-hint">
            Title or slug
          </span>
        </div>
        <div>
          <label htmlFor="filter-state">State</label>
          <select id="filter-state" name="state" defaultValue={state.success ? state.data : ''}>
            <option value="">Any state</option>
            {EDITORIAL_STATES.map((s) => (
              <option key={s} value={s}>
                {EDITORIAL_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filter</button>
        {filtered ? <Link href="/admin/commitments">Clear filters</Link> : null}
      </form>
      <p role="status">
        {items.length === 1 ? '1 commitment' : `${items.length} commitments`}
        {filtered ? (items.length === 1 ? ' matches' : ' match') : ''}
        {items.length === 200 ? ' (showing the 200 most recently changed)' : ''}.
      </p>
      <CommitmentTable
        items={items}
        caption="Commitments, most recently changed first"
        empty={filtered ? 'No commitment matches.' : 'No commitments yet.'}
      />
    </>
  );
}
