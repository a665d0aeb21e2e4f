import {
  ADMIN_QUERY_MAX,
  COMMITMENT_STATUSES,
  EDITORIAL_STATES,
  STATUS_DEFINITIONS,
} from '@accord/domain';
import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import {
  COMMITMENT_PARAMS,
  isFiltered,
  parseListParams,
  type SearchParams,
} from '../_components/list-params';
import { Pager } from '../_components/pager';
import { BulkCommitments } from './_components/bulk-commitments';
import { EDITORIAL_STATE_LABELS } from './_components/labels';

export const metadata: Metadata = { title: 'Commitments' };

const PATH = '/admin/commitments';

export default async function CommitmentsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = parseListParams(COMMITMENT_PARAMS, await searchParams);
  const { viewer, api } = await editorApi(PATH);
  const [page, options] = await Promise.all([
    api.editor.commitment.list(params),
    api.editor.options(),
  ]);
  const { items } = page;
  const filtered = isFiltered(params);
  const paged = page.nextCursor !== null || page.prevCursor !== null;
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
      <form
        method="get"
        action={PATH}
        className="admin-filter"
        role="search"
        aria-label="Filter commitments"
      >
        <div>
          <label htmlFor="filter-q">Search</label>
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={params.q ?? ''}
            maxLength={ADMIN_QUERY_MAX}
            aria-describedby="filter-q-hint"
          />
          <span id="filter-q-hint" className="admin-hint">
            Title or slug
          </span>
        </div>
        <div>
          <label htmlFor="filter-state">State</label>
          <select id="filter-state" name="state" defaultValue={params.state ?? ''}>
            <option value="">Any state</option>
            {EDITORIAL_STATES.map((s) => (
              <option key={s} value={s}>
                {EDITORIAL_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-theme">Theme</label>
          <select id="filter-theme" name="theme" defaultValue={params.theme ?? ''}>
            <option value="">Any theme</option>
            {options.themes.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-meeting">Meeting</label>
          <select id="filter-meeting" name="meeting" defaultValue={params.meeting ?? ''}>
            <option value="">Any meeting</option>
            {options.meetings.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-party">Party</label>
          <select id="filter-party" name="party" defaultValue={params.party ?? ''}>
            <option value="">Any party</option>
            {options.parties.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={params.status ?? ''}>
            <option value="">Any status</option>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_DEFINITIONS[s].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-since">Changed since</label>
          <input
            id="filter-since"
            type="date"
            name="changedSince"
            defaultValue={params.changedSince ?? ''}
          />
        </div>
        <div>
          <label>
            <input type="checkbox" name="overdue" defaultChecked={params.overdue === true} /> Past
            its target date
          </label>
        </div>
        <button type="submit">Filter</button>
        {filtered ? <Link href={PATH}>Clear filters</Link> : null}
      </form>
      <p role="status">
        {items.length === 1 ? '1 commitment' : `${items.length} commitments`}
        {filtered ? (items.length === 1 ? ' matches' : ' match') : ''}
        {paged ? ' on this page' : ''}.
      </p>
      <BulkCommitments
        items={items}
        role={viewer.role}
        caption="Commitments, most recently changed first"
        empty={filtered ? 'No commitment matches.' : 'No commitments yet.'}
      />
      <Pager path={PATH} params={params} page={page} label="Pages of commitments" />
    </>
  );
}
