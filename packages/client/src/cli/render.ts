import type { RouterOutputs } from '../router';
import {
  ATTRIBUTION_DEFINITIONS,
  COMMITMENT_STATUSES,
  formatIsoDate,
  formatTargetDate,
  LINEAGE_DEFINITIONS,
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

type Segments = NonNullable<CommitmentListItem['search']>['title'];

/** Highlighted words in bold on a terminal; plain text otherwise (nothing to strip in a pipe). */
function highlighted(segments: Segments, bold: boolean): string {
  return segments
    .map((s) => (bold && s.match ? `\u001b[1m${printable(s.text)}\u001b[22m` : printable(s.text)))
    .join('');
}

/**
 * Search results, best first: the slug, status and theme, then the title (matching words in
 * bold on a terminal) and the passage of the summary or quote that matched.
 */
export function renderSearch(
  items: readonly CommitmentListItem[],
  width: number,
  bold: boolean,
): string {
  if (items.length === 0) return 'No commitments match.\n';
  return items
    .map((c) => {
      const search = c.search;
      const title = search ? highlighted(search.title, bold) : printable(c.title);
      const excerpt = search
        ? (search.excerptFrom === 'quote' ? 'Quote: ' : '') +
          search.excerpt.map((s) => s.text).join('')
        : c.summary;
      return `${c.slug}  ${statusOf(c)}  ${c.theme.slug}\n  ${title}\n${wrap(excerpt, width, '  ')}`;
    })
    .join('\n');
}

function sourceLine(source: CommitmentDetail['quotes'][number]['source']): string {
  const described = [
    source.title,
    source.publisher,
    source.publishedOn ? formatIsoDate(source.publishedOn) : null,
    source.reliability === 'unreliable' ? 'flagged unreliable' : null,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  return source.url ? `${described} <${source.url}>` : described;
}

/** One commitment as a reader would want it on a terminal. */
export function renderCommitment(c: CommitmentDetail, width = 80): string {
  const since = c.statusSince ? `, since ${formatIsoDate(c.statusSince)}` : '';
  const facts: [string, string][] = [
    ...(c.asOf ? [['As of', `the end of ${formatIsoDate(c.asOf)}`] as [string, string]] : []),
    ['Status', `${statusOf(c)}${since}`],
    ['Language', STRENGTH_DEFINITIONS[c.strength].label],
    ['Theme', `${c.theme.title} (${c.theme.slug})`],
    ['Meeting', `${c.meeting.title}, ${formatIsoDate(c.meeting.startsOn)}`],
    [
      'Parties',
      c.parties.map((p) => `${p.shortName} (${PARTY_ROLE_DEFINITIONS[p.role].label})`).join(', '),
    ],
    ['Target', c.target ? formatTargetDate(c.target) : 'none given'],
    ['Tags', c.tags.join(', ') || '-'],
    ['Reviewed', c.lastReviewedOn ? formatIsoDate(c.lastReviewedOn) : 'not yet'],
    ...(c.parent ? [['Part of', `${c.parent.title} (${c.parent.slug})`] as [string, string]] : []),
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
    const whose = u.party ? ` (${u.party.shortName} only)` : '';
    out.push(
      `  ${formatIsoDate(u.effectiveOn)}  ${STATUS_DEFINITIONS[u.status].label}${printable(whose)}, by ${printable(u.author)}`,
    );
    if (u.note) out.push(wrap(u.note, width, '     ').trimEnd());
    for (const s of u.sources) out.push(wrap(`Source: ${sourceLine(s)}`, width, '     ').trimEnd());
  }

  if (c.tracks.length > 0) {
    out.push('', `Party tracks (${c.tracks.length})`);
    for (const t of c.tracks) {
      out.push(
        printable(
          `  ${t.party.shortName}: ${STATUS_DEFINITIONS[t.status].label}, since ${formatIsoDate(t.statusSince)}`,
        ),
      );
    }
  }
  if (c.lineage.length > 0) {
    out.push('', `Lineage (${c.lineage.length})`);
    for (const l of c.lineage) {
      const label = LINEAGE_DEFINITIONS[l.relation].label;
      out.push(wrap(`${label}: ${l.meeting.title}, ${formatIsoDate(l.on)}`, width, '  ').trimEnd());
      if (l.quote) {
        out.push(wrap(`"${l.quote.text}" (${l.quote.attribution.who})`, width, '     ').trimEnd());
      }
      out.push(wrap(`Source: ${sourceLine(l.source)}`, width, '     ').trimEnd());
    }
  }
  if (c.subCommitments.length > 0) {
    out.push('', `Sub-commitments (${c.subCommitments.length})`);
    for (const sub of c.subCommitments) {
      const target = sub.target ? `, ${formatTargetDate(sub.target)}` : '';
      const status = `${STATUS_DEFINITIONS[sub.status].label}${sub.overdue ? ', overdue' : ''}`;
      out.push(wrap(`${sub.title} (${sub.slug}): ${status}${target}`, width, '  ').trimEnd());
    }
  }
  if (c.disputes.length > 0) {
    out.push('', `Disputes (${c.disputes.length})`);
    for (const d of c.disputes) {
      const state = d.resolved ? 'resolved' : 'open';
      out.push(wrap(`${d.topic} (${state}, ${formatIsoDate(d.raisedOn)})`, width, '  ').trimEnd());
      for (const k of d.claims) {
        out.push(wrap(`- ${k.claim}`, width, '     ').trimEnd());
        out.push(wrap(`Source: ${sourceLine(k.source)}`, width, '       ').trimEnd());
      }
      out.push(wrap(d.note, width, '     ').trimEnd());
    }
  }
  return out.join('\n') + '\n';
}

/** JSON for scripts: dates as ISO strings, two-space indents. */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
