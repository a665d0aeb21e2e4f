import { createTestDb } from '@accord/db/testing';
import { describe, expect, it } from 'vitest';
import { exportBatches, exportHeader } from '../queries/changes';
import {
  ADMIN,
  insertViewers,
  publishCommitment,
  sampleCommitment,
  sampleReference,
  SEED,
  useTestDb,
} from '../testing/helpers';
import { serveCommitmentsExport } from './publish';

const db = useTestDb();
const ORIGIN = { origin: 'https://accord.test' };

function exportOf(format: 'csv' | 'json', query = '') {
  return serveCommitmentsExport(
    new Request(`https://accord.test/exports/commitments.${format}${query}`),
    db.db,
    format,
    ORIGIN,
  );
}

async function allBatches(batchSize: number, day?: string) {
  const batches: string[][] = [];
  for await (const batch of exportBatches(db.db, day, batchSize)) {
    batches.push(batch.map((c) => c.slug));
  }
  return batches;
}

describe('the streamed export', () => {
  it('reads the commitments a batch at a time, each once, in id order', async () => {
    const batches = await allBatches(3);
    expect(batches.length).toBe(Math.ceil(SEED.publishedCommitments / 3));
    for (const batch of batches.slice(0, -1)) expect(batch).toHaveLength(3);
    const whole = (await allBatches(1000)).flat();
    expect(batches.flat()).toEqual(whole);
    expect(new Set(whole).size).toBe(SEED.publishedCommitments);
  });

  it('writes the JSON document byte for byte as JSON.stringify(…, null, 2) writes it whole', async () => {
    const text = await (await exportOf('json')).text();
    const parsed = JSON.parse(text) as { count: number; commitments: unknown[] };
    expect(text).toBe(JSON.stringify(parsed, null, 2));
    expect(parsed.count).toBe(parsed.commitments.length);
    expect(parsed.count).toBe(SEED.publishedCommitments);
  });

  it('writes an empty export as a valid document with count 0', async () => {
    // As of a day before any seeded meeting, nothing existed.
    const res = await exportOf('json', '?asOf=2000-01-01');
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ count: 0, commitments: [] });
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
    const csv = await (await exportOf('csv', '?asOf=2000-01-01')).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1);
  });

  it('gives the same ETag to the same data and a new one after each kind of change', async () => {
    const etag = async (format: 'csv' | 'json' = 'json', query = '') => {
      const res = await exportOf(format, query);
      await res.body?.cancel();
      return res.headers.get('etag');
    };
    const first = await etag();
    expect(first).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(await etag()).toBe(first);
    expect(await etag('csv')).not.toBe(first);
    expect(await etag('json', '?asOf=2023-05-20')).not.toBe(first);

    await insertViewers(db.db);
    const admin = db.caller(ADMIN);
    const id = await publishCommitment(admin, sampleCommitment('export-etag-new'));
    const afterPublish = await etag();
    expect(afterPublish).not.toBe(first);

    const { version } = await admin.editor.commitment.get({ id });
    await admin.editor.commitment.recordStatus({
      id,
      expectedVersion: version,
      update: {
        effectiveOn: '2024-01-10',
        status: 'delivered',
        note: 'An update made for a test.',
        sources: [],
        party: null,
      },
    });
    const afterUpdate = await etag();
    expect(afterUpdate).not.toBe(afterPublish);

    // A source's title can be in the file, and its save touches no commitment.
    await admin.editor.source.create({ data: sampleReference.source('export-etag-source') });
    expect(await etag()).not.toBe(afterUpdate);
  });

  it('has the header agree with what the batches hold', async () => {
    const header = await exportHeader(db.db);
    expect(header.count).toBe((await allBatches(500)).flat().length);
    const body = (await (await exportOf('json')).json()) as { asOf: string };
    expect(body.asOf).toBe(header.asOf?.toISOString());
  });
});

describe('a failure midway', () => {
  it('is a 503-able error before the answer starts, and an unfinished transfer after it', async () => {
    const own = await createTestDb();
    try {
      // The first batch is read before the Response exists: a closed database throws here.
      const res = await serveCommitmentsExport(
        new Request('https://accord.test/exports/commitments.json'),
        own.db,
        'json',
        { ...ORIGIN, batchSize: 2 },
      );
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      // The head and the first batch were read with the database up.
      for (let i = 0; i < 2; i++) text += decoder.decode((await reader.read()).value);
      expect(text).toContain('"commitments": [');
      await own.close();
      await expect(
        (async () => {
          for (;;) if ((await reader.read()).done) return;
        })(),
      ).rejects.toThrow();
      expect(() => JSON.parse(text)).toThrow();
    } finally {
      await own.close().catch(() => undefined);
    }
    const closed = await createTestDb();
    await closed.close();
    await expect(
      serveCommitmentsExport(
        new Request('https://accord.test/exports/commitments.csv'),
        closed.db,
        'csv',
        ORIGIN,
      ),
    ).rejects.toThrow();
  });
});
