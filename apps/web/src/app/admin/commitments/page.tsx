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
import { type Option } from '../_components/fields';
import { optionsOf } from '../_components/options';
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
        <FilterSelect
          name="state"
          label="State"
          any="Any state"
          value={params.state}
          options={EDITORIAL_STATES.map((s) => ({ value: s, label: EDITORIAL_STATE_LABELS[s] }))}
        />
        <FilterSelect
          name="theme"
          label="Theme"
          any="Any theme"
          value={params.theme}
          options={optionsOf(options.themes)}
        />
        <FilterSelect
          name="meeting"
          label="Meeting"
          any="Any meeting"
          value={params.meeting}
          options={optionsOf(options.meetings)}
        />
        <FilterSelect
          name="party"
          label="Party"
          any="Any party"
          value={params.party}
          options={optionsOf(options.parties)}
        />
        <FilterSelect
          name="status"
          label="Status"
          any="Any status"
          value={params.status}
          options={COMMITMENT_STATUSES.map((s) => ({
            value: s,
            label: STATUS_DEFINITIONS[s].label,
          }))}
        />
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

/** One filter of the list: a select sent with the GET form, "any" when left empty. */
function FilterSelect({
  name,
  label,
  any,
  value,
  options,
}: {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: readonly Option[];
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
