import type { RouterOutputs } from '../router';
import { commitmentCsvCells, CSV_COLUMN_NAMES, csvRow } from '@accord/domain';
import { type AccordClient, MAX_BATCH_ITEMS } from '../client';
import { AccordError, codeForStatus } from '../errors';
import { allPages, collectAll } from '../paginate';
import { type Fetch } from '../retry';

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
  onCommitment: (count: number) => void = () => undefined,
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
    onCommitment(++count);
  }
  await sink.write(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
  return count;
}

/**
 * The same columns and cells as the server's /exports/commitments.csv (one home, in
 * `@accord/domain`): a file paged through the API reads like the one downloaded.
 */
export function commitmentCsvRow(c: CommitmentDetail, site: string, asOf?: string): string {
  return csvRow(commitmentCsvCells(c, site, asOf ?? null));
}

/** Every published commitment as CSV, one row each, written as it is fetched. */
export async function exportCsv(
  client: AccordClient,
  site: string,
  sink: Sink,
  asOf?: string,
  onCommitment: (count: number) => void = () => undefined,
): Promise<number> {
  await sink.write(csvRow(CSV_COLUMN_NAMES));
  let count = 0;
  for await (const commitment of allCommitmentDetails(client, asOf)) {
    await sink.write(commitmentCsvRow(commitment, site, asOf));
    onCommitment(++count);
  }
  return count;
}

/** Where the site serves every published commitment in one file (the CSV also in Japanese). */
export function exportFileUrl(
  site: string,
  format: 'json' | 'csv',
  asOf?: string,
  lang: 'en' | 'ja' = 'en',
): string {
  const url = new URL(`${lang === 'en' ? '' : `/${lang}`}/exports/commitments.${format}`, site);
  if (asOf) url.searchParams.set('asOf', asOf);
  return url.toString();
}

/** Progress lines for a terminal; a no-op when stderr is not one. */
export interface Progress {
  update(text: string): void;
  done(): void;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Downloads the site's export file (/exports/commitments.{json,csv}) in one request and
 * writes it to `sink` as it arrives. Returns the bytes written, or null when the server has
 * no such file (a 404: a server older than the export files), so the caller can page.
 */
export async function downloadExport(
  fetch: Fetch,
  url: string,
  sink: Sink,
  progress: Progress,
): Promise<number | null> {
  const res = await fetch(url, { headers: { accept: 'application/json, text/csv' } });
  if (res.status === 404) {
    await res.body?.cancel();
    return null;
  }
  if (!res.ok || !res.body) {
    let message = `${res.status} ${res.statusText}`.trim();
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // Not our JSON error: the status says enough.
    }
    throw new AccordError(`The export failed: ${message}`, {
      code: codeForStatus(res.status),
      httpStatus: res.status,
    });
  }
  const total = Number(res.headers.get('content-length')) || null;
  // The bytes as they are: a byte order mark (the Japanese CSV's, for Excel) is kept.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let bytes = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    await sink.write(decoder.decode(value, { stream: true }));
    progress.update(`Downloading ${megabytes(bytes)}${total ? ` of ${megabytes(total)}` : ''}…`);
  }
  const rest = decoder.decode();
  if (rest) await sink.write(rest);
  progress.done();
  return bytes;
}
