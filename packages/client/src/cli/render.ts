import type { RouterOutputs } from '../router';
import {
  ATTRIBUTION_DEFINITIONS,
  COMMITMENT_STATUSES,
  formatIsoDate,
  formatTargetDate,
  PARTY_ROLE_DEFINITIONS,
  QUOTE_FORM_DEFINITIONS,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
} from '@accord/domain';
import { formatTable, printable, wrap } from './table';

type ThemeSummary = RouterOutputs['theme']['list']['items'][number];
type CommitmentListItem = RouterOutputs['commitment']['list']['items'][number];
type CommitmentDetail = RouterOutputs['commitment']['bySlug'];

/** "4 in progress, 3 not yet rated" */
function statusBreakdown(counts: ThemeSummary['statusCounts']): string {
  return COMMITMENT_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STATUS_DEFINITIONS[s].label.toLowerCase()}`)
    .join(', ');
}

export function renderThemes(themes: readonly ThemeSummary[], maxWidth?: number): string {
  return formatTable(
    [
      { header: 'SLUG' },
      { header: 'TITLE' },
      { header: 'COMMITMENTS', align: 'right' },
      { header: 'BY STATUS' },
    ],
    themes.map((t) => [
      t.slug,
      t.title,
      String(t.commitmentCount),
      statusBreakdown(t.statusCounts),
    ]),
    { maxWidth },
  );
}

function statusOf(c: CommitmentListItem): string {
  const label = STATUS_DEFINITIONS[c.status].label;
  return c.overdue ? `${label}, overdue` : label;
}

export function renderCommitments(items: readonly CommitmentListItem[], maxWidth?: number): string {
  if (items.length === 0) return 'No commitments match.\n';
  return formatTable(
    [
      { header: 'SLUG' },
      { header: 'STATUS' },
      { header: 'THEME' },
      { header: 'TARGET' },
      { header: 'TITLE' },
    ],
    items.map((c) => [
      c.slug,
      statusOf(c),
      c.theme.slug,
      c.target ? formatTargetDate(c.target) : '-',
      c.title,
    ]),
    { maxWidth },
  );
}

function sourceLine(source: CommitmentDetail['quotes'][number]['source']): string {
  const described = [
    source.title,
    source.publisher,
    source.publishedOn ? formatIsoDate(source.publishedOn) : null,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  return source.url ? `${described} <${source.url}>` : described;
}

/** One commitment as a reader would want it on a terminal. */
export function renderCommitment(c: CommitmentDetail, width = 80): string {
  const facts: [string, string][] = [
    ['Status', statusOf(c)],
    ['Language', STRENGTH_DEFINITIONS[c.strength].label],
    ['Theme', `${c.theme.title} (${c.theme.slug})`],
    ['Meeting', `${c.meeting.title}, ${formatIsoDate(c.meeting.startsOn)}`],
    [
      'Parties',
      c.parties.map((p) => `${p.shortName} (${PARTY_ROLE_DEFINITIONS[p.role].label})`).join(', '),
    ],
    ['Target', c.target ? formatTargetDate(c.target) : 'none given'],
    ['Tags', c.tags.join(', ') || '-'],
    ['Updated', c.updatedAt.toISOString()],
  ];
  const out: string[] = [printable(c.title), printable(c.slug), ''];
  for (const [term, value] of facts) out.push(`${term.padEnd(10)}${printable(value)}`);
  out.push('', wrap(c.summary, width).trimEnd());

  out.push('', `Quotes (${c.quotes.length})`);
  c.quotes.forEach((q, i) => {
    const kind = ATTRIBUTION_DEFINITIONS[q.attribution.kind].label;
    const form = QUOTE_FORM_DEFINITIONS[q.form].label.toLowerCase();
    out.push(wrap(`${i + 1}. "${q.text}"`, width, '  ').trimEnd());
    out.push(wrap(`${q.attribution.who} (${kind}, ${form})`, width, '     ').trimEnd());
    out.push(wrap(`Source: ${sourceLine(q.source)}`, width, '     ').trimEnd());
  });

  out.push('', `History (${c.history.length})`);
  for (const u of c.history) {
    out.push(
      `  ${formatIsoDate(u.effectiveOn)}  ${STATUS_DEFINITIONS[u.status].label}, by ${printable(u.author)}`,
    );
    if (u.note) out.push(wrap(u.note, width, '     ').trimEnd());
    for (const s of u.sources) out.push(wrap(`Source: ${sourceLine(s)}`, width, '     ').trimEnd());
  }
  return out.join('\n') + '\n';
}

/** JSON for scripts: dates as ISO strings, two-space indents. */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
