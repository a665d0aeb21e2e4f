import type { RouterOutputs } from '../router';
import { type CsvValue, csvRow, formatTargetDate } from '@accord/domain';
import { type AccordClient, MAX_BATCH_ITEMS } from '../client';
import { allPages, collectAll } from '../paginate';

type CommitmentDetail = RouterOutputs['commitment']['bySlug'];

/** Where export output goes, chunk by chunk (stdout or a file). */
export interface Sink {
  write(chunk: string): Promise<void>;
}

export const EXPORT_FORMAT = 'accord-export/1';
/** The largest page the API serves: fewest round trips. */
const PAGE_SIZE = 100;

/**
 * Every published commitment in full (quotes, history), page by page. Details are asked for
 * in groups the size of one batched request, so the server sees one request at a time. With
 * `asOf`, as they stood at the end of that day.
 */
export async function* allCommitmentDetails(
  client: AccordClient,
  asOf?: string,
): AsyncGenerator<CommitmentDetail, void, undefined> {
  for await (const page of allPages((cursor) =>
    client.commitment.list.query({ cursor, limit: PAGE_SIZE, asOf }),
  )) {
    for (let i = 0; i < page.items.length; i += MAX_BATCH_ITEMS) {
      const group = page.items.slice(i, i + MAX_BATCH_ITEMS);
      yield* await Promise.all(
        group.map((c) => client.commitment.bySlug.query({ slug: c.slug, asOf })),
      );
    }
  }
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/**
 * The whole published dataset as one JSON document, written as it is fetched so that a
 * large dataset never has to fit in memory: the lists first, then every commitment.
 */
export async function exportJson(
  client: AccordClient,
  site: string,
  sink: Sink,
  asOf?: string,
): Promise<number> {
  const [themes, meetings, parties, sources] = await Promise.all([
    collectAll((cursor) => client.theme.list.query({ cursor, limit: PAGE_SIZE })),
    collectAll((cursor) => client.meeting.list.query({ cursor, limit: PAGE_SIZE })),
    collectAll((cursor) => client.party.list.query({ cursor, limit: PAGE_SIZE })),
    collectAll((cursor) => client.source.list.query({ cursor, limit: PAGE_SIZE })),
  ]);
  const head = {
    format: EXPORT_FORMAT,
    source: site,
    exportedAt: new Date().toISOString(),
    // The day the commitments are read as of; null: as they stand today.
    asOf: asOf ?? null,
    themes,
    meetings,
    parties,
    sources,
  };
  const opening = JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "commitments": [');
  await sink.write(opening);
  let count = 0;
  for await (const commitment of allCommitmentDetails(client, asOf)) {
    await sink.write(
      `${count === 0 ? '' : ','}\n    ${indent(JSON.stringify(commitment, null, 2), '    ')}`,
    );
    count++;
  }
  await sink.write(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
  return count;
}

export const CSV_COLUMNS = [
  'slug',
  'title',
  'theme',
  'meeting',
  'meeting_date',
  'status',
  'strength',
  'parties',
  'target',
  'target_date',
  'overdue',
  'tags',
  'quotes',
  'last_status_update',
  'updated_at',
  'published_at',
  'url',
  'summary',
  'status_since',
  'last_reviewed_on',
  'as_of',
] as const;

export function commitmentCsvRow(c: CommitmentDetail, site: string, asOf?: string): string {
  const values: Record<(typeof CSV_COLUMNS)[number], CsvValue> = {
    slug: c.slug,
    title: c.title,
    theme: c.theme.slug,
    meeting: c.meeting.slug,
    meeting_date: c.meeting.startsOn,
    status: c.status,
    strength: c.strength,
    parties: c.parties.map((p) => `${p.slug}:${p.role}`).join('; '),
    target: c.target ? formatTargetDate(c.target) : null,
    target_date: c.target?.date ?? null,
    overdue: c.overdue,
    tags: c.tags.join('; '),
    quotes: c.quotes.length,
    last_status_update: c.history.at(-1)?.effectiveOn ?? null,
    updated_at: c.updatedAt.toISOString(),
    published_at: c.publishedAt?.toISOString() ?? null,
    url: `${site}/commitments/${c.slug}`,
    summary: c.summary,
    status_since: c.statusSince,
    last_reviewed_on: c.lastReviewedOn,
    as_of: asOf ?? null,
  };
  return csvRow(CSV_COLUMNS.map((column) => values[column]));
}

/** Every published commitment as CSV, one row each, written as it is fetched. */
export async function exportCsv(
  client: AccordClient,
  site: string,
  sink: Sink,
  asOf?: string,
): Promise<number> {
  await sink.write(csvRow(CSV_COLUMNS));
  let count = 0;
  for await (const commitment of allCommitmentDetails(client, asOf)) {
    await sink.write(commitmentCsvRow(commitment, site, asOf));
    count++;
  }
  return count;
}
