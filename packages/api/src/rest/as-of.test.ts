/**
 * Reading as of a day over plain HTTP: REST, the OpenAPI document, the exports; and feeds
 * that carry per-party status changes. Records are made here, through the editors' path.
 */
import { parse } from 'csv-parse/sync';
import { todayIso } from '@accord/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  insertViewers,
  publishCommitment,
  sampleCommitment,
  sampleReference,
  useTestDb,
} from '../testing/helpers';
import { type ApiError } from './errors';
import { handleRestRequest } from './handler';
import { generateApiDocument } from './openapi';
import { serveChangeFeed, serveCommitmentsExport } from './publish';

const db = useTestDb();
const THEME = 'asof-theme';

function get(path: string): Promise<Response> {
  return handleRestRequest(new Request(`http://accord.test/api/v1${path}`), () =>
    Promise.resolve(db.db),
  );
}

async function json<T>(res: Response): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

interface Item {
  slug: string;
  status: string;
  overdue: boolean;
  statusSince: string | null;
  lastReviewedOn: string | null;
}

beforeAll(async () => {
  await insertViewers(db.db);
  const admin = db.caller(ADMIN);
  await admin.editor.theme.create({ data: sampleReference.theme(THEME) });
  await admin.editor.meeting.create({
    data: {
      ...sampleReference.meeting('asof-later-meeting'),
      startsOn: '2025-02-07',
      endsOn: '2025-02-07',
    },
  });
  // Delivered on 21 May 2023, its target day.
  await publishCommitment(
    admin,
    sampleCommitment('asof-trilateral', {
      theme: THEME,
      target: { date: '2023-05-21', precision: 'day', qualifier: 'by', note: null },
      reviewedOn: '2024-02-01',
    }),
    [
      { effectiveOn: '2023-05-18', status: 'in_progress' },
      { effectiveOn: '2023-05-21', status: 'delivered' },
    ],
  );
  await publishCommitment(
    admin,
    sampleCommitment('asof-later', { theme: THEME, meeting: 'asof-later-meeting', target: null }),
  );
  // Overall in progress; the US track stalls in 2025.
  await publishCommitment(admin, sampleCommitment('asof-tracks', { theme: THEME, target: null }), [
    { effectiveOn: '2023-05-18', status: 'in_progress' },
    { effectiveOn: '2025-03-03', status: 'stalled', party: 'us' },
  ]);
}, 120_000);

describe('GET /api/v1/commitments?asOf=', () => {
  it('answers with statuses and flags as they stood at the end of that day', async () => {
    const page = (asOf: string) =>
      get(`/commitments?theme=${THEME}&limit=100&asOf=${asOf}`).then((r) =>
        json<{ items: Item[] }>(r),
      );
    const before = await page('2023-05-20');
    expect(before.items.map((i) => [i.slug, i.status])).toEqual([
      ['asof-trilateral', 'in_progress'],
      ['asof-tracks', 'in_progress'],
    ]);
    const on = await page('2023-05-21');
    expect(on.items[0]).toMatchObject({
      slug: 'asof-trilateral',
      status: 'delivered',
      statusSince: '2023-05-21',
      overdue: false,
      lastReviewedOn: '2023-05-21',
    });
    const later = await page('2025-02-07');
    expect(later.items.map((i) => i.slug)).toContain('asof-later');
  });

  it('filters by status as of that day', async () => {
    const res = await get(`/commitments?theme=${THEME}&status=delivered&asOf=2023-05-20`);
    expect((await json<{ items: Item[] }>(res)).items).toEqual([]);
  });

  it('answers a future, early or malformed day with a 400 naming asOf', async () => {
    for (const asOf of ['2999-01-01', '1999-12-31', '2023-5-1', 'yesterday']) {
      const res = await get(`/commitments?asOf=${asOf}`);
      expect(res.status, asOf).toBe(400);
      const { error } = (await res.json()) as ApiError;
      expect(error.code).toBe('BAD_REQUEST');
      expect(new Set(error.fieldErrors?.map((e) => e.path.join('.')))).toEqual(new Set(['asOf']));
    }
  });

  it('reads one commitment and a brief as of a day', async () => {
    const c = await json<Item & { history: unknown[]; asOf: string; tracks: unknown[] }>(
      await get('/commitments/asof-trilateral?asOf=2023-05-20'),
    );
    expect(c).toMatchObject({ status: 'in_progress', asOf: '2023-05-20' });
    expect(c.history).toHaveLength(1);
    expect((await get('/commitments/asof-later?asOf=2025-02-06')).status).toBe(404);
    expect((await get('/commitments/asof-later?asOf=2999-01-01')).status).toBe(400);
    const brief = await json<{
      asOf: string;
      statusCounts: Record<string, number>;
      timeline: { on: string }[];
    }>(await get(`/themes/${THEME}?asOf=2023-05-21`));
    expect(brief.asOf).toBe('2023-05-21');
    expect(brief.statusCounts).toMatchObject({ delivered: 1, in_progress: 1 });
    expect(brief.timeline.at(-1)?.on).toBe('2023-05-21');
    const tracks = await json<{ tracks: { party: { slug: string }; status: string }[] }>(
      await get('/commitments/asof-tracks'),
    );
    expect(tracks.tracks.map((t) => [t.party.slug, t.status])).toEqual([['us', 'stalled']]);
  });

  // Its own cache key: apps/web/src/edge/cache/read-cache.test.ts.
  it('gives the as-of answer its own body, so its own ETag', async () => {
    const today = await get(`/commitments?theme=${THEME}`);
    const past = await get(`/commitments?theme=${THEME}&asOf=2023-05-20`);
    expect(await past.text()).not.toBe(await today.text());
  });
});

describe('the OpenAPI document', () => {
  it('documents asOf on the commitment list, a commitment and a brief', () => {
    const doc = generateApiDocument();
    const parameters = (path: string) =>
      (
        doc.paths?.[path] as {
          get: { parameters: { name: string; in: string; description?: string }[] };
        }
      ).get.parameters;
    for (const path of [
      '/commitments',
      '/commitments/{slug}',
      '/themes/{slug}',
      '/meetings/{slug}',
    ]) {
      const asOf = parameters(path).find((p) => p.name === 'asOf');
      expect(asOf, path).toMatchObject({ in: 'query' });
      expect(asOf?.description, path).toMatch(/end of that day/);
    }
  });
});

describe('exports as of a day', () => {
  const exportOf = (query: string, format: 'csv' | 'json') =>
    serveCommitmentsExport(new Request(`http://accord.test/x${query}`), db.db, format, {
      origin: 'https://accord.test',
    });

  it('export the dataset as it stood, with statusSince and lastReviewedOn', async () => {
    const res = await exportOf('?asOf=2023-05-20', 'json');
    expect(res.headers.get('content-disposition')).toContain('accord-commitments-as-of-2023-05-20');
    const body = (await res.json()) as {
      asOfDay: string;
      commitments: (Item & { history: { status: string }[] })[];
    };
    expect(body.asOfDay).toBe('2023-05-20');
    const trilateral = body.commitments.find((c) => c.slug === 'asof-trilateral');
    expect(trilateral).toMatchObject({ status: 'in_progress', statusSince: '2023-05-18' });
    expect(trilateral?.history.map((u) => u.status)).toEqual(['in_progress']);
    expect(body.commitments.map((c) => c.slug)).not.toContain('asof-later');

    const csv = parse<Record<string, string>>(
      await (await exportOf('?asOf=2023-05-21', 'csv')).text(),
      { columns: true },
    );
    const row = csv.find((r) => r.slug === 'asof-trilateral');
    expect(row).toMatchObject({
      status: 'delivered',
      status_since: '2023-05-21',
      last_reviewed_on: '2023-05-21',
      as_of: '2023-05-21',
    });
    const today = parse<Record<string, string>>(await (await exportOf('', 'csv')).text(), {
      columns: true,
    });
    expect(today.find((r) => r.slug === 'asof-trilateral')).toMatchObject({
      last_reviewed_on: '2024-02-01',
      as_of: '',
    });
    expect(today.find((r) => r.slug === 'asof-tracks')?.history).toBe(
      '2023-05-18 in_progress\n2025-03-03 stalled [us]',
    );
  });

  it('answer a bad asOf with a 400 in the API error shape', async () => {
    for (const query of [`?asOf=2999-01-01`, '?asOf=nope', '?asOf=2023-05-20&asOf=2023-05-21']) {
      const res = await exportOf(query, 'csv');
      expect(res.status, query).toBe(400);
      const { error } = (await res.json()) as ApiError;
      expect(error.fieldErrors?.[0]?.path).toEqual(['asOf']);
    }
    expect((await exportOf(`?asOf=${todayIso()}`, 'csv')).status).toBe(200);
  });
});

describe('feeds', () => {
  it('carry a per-party status update as an entry that names the party', async () => {
    const res = await serveChangeFeed(new Request('http://accord.test/x'), db.db, 'json', THEME);
    const feed = (await res.json()) as { items: { title: string; tags: string[] }[] };
    const entry = feed.items.find((i) => i.title.includes('asof-tracks') && i.tags.includes('us'));
    expect(entry?.title).toBe('Stalled (United States): Test commitment asof-tracks');
    expect(entry?.tags).toEqual([THEME, 'stalled', 'us']);
    const atom = await (
      await serveChangeFeed(new Request('http://accord.test/x'), db.db, 'atom', THEME)
    ).text();
    expect(atom).toContain('<title>Stalled (United States): Test commitment asof-tracks</title>');
  });
});
