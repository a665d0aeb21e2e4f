import { Validator } from '@seriousme/openapi-schema-validator';
import { commitments, meetings, themes } from '@accord/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SEED, useTestDb } from '../testing/helpers';
import { type ApiError } from './errors';
import { handleRestRequest } from './handler';
import { generateApiDocument } from './openapi';
import { serveChangeFeed, serveCommitmentsExport } from './publish';

const db = useTestDb();

function get(path: string, init: RequestInit = {}): Promise<Response> {
  return handleRestRequest(new Request(`http://accord.test/api/v1${path}`, init), () =>
    Promise.resolve(db.db),
  );
}

async function errorOf(res: Response): Promise<ApiError['error']> {
  expect(res.headers.get('content-type')).toContain('application/json');
  const text = await res.text();
  expect(text).not.toMatch(/stack|node_modules|at \w+ \(/);
  return (JSON.parse(text) as ApiError).error;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(
      JSON.parse(JSON.stringify(generateApiDocument())) as Record<string, unknown>,
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has an operation for every public procedure, each with the documented errors', () => {
    const doc = generateApiDocument();
    const ids = Object.values(doc.paths ?? {}).map(
      (p) => (p as { get: { operationId: string } }).get.operationId,
    );
    expect(ids.sort()).toEqual(
      [
        'commitment-bySlug',
        'commitment-list',
        'meeting-bySlug',
        'meeting-list',
        'party-bySlug',
        'party-list',
        'source-bySlug',
        'source-list',
        'theme-bySlug',
        'theme-list',
        'vocabulary-all',
      ].sort(),
    );
    const bySlug = (
      doc.paths?.['/themes/{slug}'] as { get: { responses: Record<string, unknown> } }
    ).get.responses;
    expect(Object.keys(bySlug).sort()).toEqual(['200', '304', '400', '404', '429', '500', '503']);
  });

  it('describes the bearer API key scheme, and requires it of no public read', () => {
    const doc = generateApiDocument();
    expect(doc.components?.securitySchemes).toEqual({
      apiKey: expect.objectContaining({ type: 'http', scheme: 'bearer' }) as unknown,
    });
    expect(doc.security).toBeUndefined();
    for (const item of Object.values(doc.paths ?? {})) {
      expect((item as { get: { security?: unknown } }).get.security ?? []).toEqual([]);
    }
  });
});

describe('REST over the router', () => {
  it('serves a list page and a record', async () => {
    const res = await get('/themes?limit=2');
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: { slug: string }[]; nextCursor: string };
    expect(page.items.map((t) => t.slug)).toEqual(SEED.themeOrder.slice(0, 2));
    const next = await get(`/themes?limit=2&cursor=${page.nextCursor}`);
    const rest = (await next.json()) as { items: { slug: string }[]; nextCursor: null };
    expect(rest.items.map((t) => t.slug)).toEqual(SEED.themeOrder.slice(2));
    expect(rest.nextCursor).toBeNull();
    const chips = await get('/themes/chips');
    expect(((await chips.json()) as { slug: string }).slug).toBe('chips');
  });

  it('reads overdue=false as false', async () => {
    const all = (await (await get('/commitments?limit=100')).json()) as { items: unknown[] };
    const overdue = (await (await get('/commitments?limit=100&overdue=true')).json()) as {
      items: { overdue: boolean }[];
    };
    const onTrack = (await (await get('/commitments?limit=100&overdue=false')).json()) as {
      items: { overdue: boolean }[];
    };
    expect(onTrack.items.every((c) => !c.overdue)).toBe(true);
    expect(overdue.items.every((c) => c.overdue)).toBe(true);
    expect(overdue.items.length + onTrack.items.length).toBe(all.items.length);
  });

  it('answers a bad limit with a 400 naming the field', async () => {
    const res = await get('/commitments?limit=0');
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
    expect(error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['limit']);
    expect(error.message).toMatch(/^Invalid input: limit: /);
  });

  it('orders the meetings by their commitments with ?order=commitments, and names a bad order', async () => {
    const page = (await (await get('/meetings?order=commitments&limit=1')).json()) as {
      items: { slug: string }[];
    };
    expect(page.items.map((m) => m.slug)).toEqual([SEED.meeting]);
    const res = await get('/meetings?order=alphabetical');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fieldErrors?.map((e) => e.path.join('.'))).toEqual(['order']);
  });

  it('answers a malformed cursor with a 400 naming the cursor', async () => {
    const error = await errorOf(await get('/parties?cursor=c1.!!!'));
    expect(error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['cursor']);
  });

  it('answers an unknown slug with a 404 naming it', async () => {
    const res = await get('/commitments/no-such-thing');
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      message: 'No commitment with slug "no-such-thing".',
      fieldErrors: null,
    });
  });

  it('answers an unknown endpoint with a 404 pointing at the document', async () => {
    const error = await errorOf(await get('/nothing-here'));
    expect(error.message).toContain('/api/v1/openapi.json');
  });

  it('answers a write with 405 and Allow', async () => {
    const res = await get('/themes', { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
    expect((await errorOf(res)).code).toBe('METHOD_NOT_SUPPORTED');
  });

  it('answers a path that is not valid percent-encoding with a 400, not a 500', async () => {
    const res = await get('/commitments/%E0%A4%A');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('BAD_REQUEST');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/vocabulary', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('answers 503 with Retry-After when the database cannot be reached', async () => {
    const res = await handleRestRequest(new Request('http://accord.test/api/v1/themes'), () =>
      Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const error = await errorOf(res);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).not.toContain('ECONNREFUSED');
  });
});

describe('feeds and exports', () => {
  it('without ACCORD_BASE_URL, link to the host the client asked for, not the one Next listens on', async () => {
    // origin: null is ACCORD_BASE_URL unset (publish.test.ts has it set).
    const unset = { origin: null };
    const req = new Request('http://localhost:3000/feeds/changes.json', {
      headers: { host: '127.0.0.1:3300', 'x-forwarded-proto': 'https' },
    });
    const feed = (await (await serveChangeFeed(req, db.db, 'json', undefined, unset)).json()) as {
      feed_url: string;
    };
    expect(feed.feed_url).toBe('https://127.0.0.1:3300/feeds/changes.json');
    const spoofed = new Request('http://localhost:3000/x', { headers: { host: 'a b<c>' } });
    const json = (await (await serveCommitmentsExport(spoofed, db.db, 'json', unset)).json()) as {
      commitments: { url: string }[];
    };
    expect(json.commitments[0]?.url).toMatch(/^http:\/\/localhost:3000\/commitments\//);
  });

  it('answers a feed for an unknown theme with a 404', async () => {
    const res = await serveChangeFeed(new Request('http://accord.test/x'), db.db, 'atom', 'nope');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toContain('"nope"');
  });

  it('puts only that theme in a theme feed', async () => {
    const res = await serveChangeFeed(new Request('http://accord.test/x'), db.db, 'json', 'chips');
    const feed = (await res.json()) as { items: { tags: string[] }[] };
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.tags[0]).toBe('chips');
  });

  it('exports every published commitment once, with its quotes and history', async () => {
    const res = await serveCommitmentsExport(new Request('http://accord.test/x'), db.db, 'json');
    const body = (await res.json()) as {
      asOf: string;
      count: number;
      commitments: { slug: string; quotes: unknown[]; history: unknown[] }[];
    };
    expect(body.count).toBe(SEED.publishedCommitments);
    expect(new Set(body.commitments.map((c) => c.slug)).size).toBe(SEED.publishedCommitments);
    // Sub-commitments made at later meetings may have no quote of their own.
    expect(
      body.commitments
        .filter((c) => !SEED.subCommitments.includes(c.slug))
        .every((c) => c.quotes.length > 0),
    ).toBe(true);
    expect(res.headers.get('x-data-as-of')).toBe(body.asOf);
  });
});

describe('unpublished commitments', () => {
  it('appear in no REST read, feed or export', async () => {
    const [theme] = await db.db
      .select({ id: themes.id })
      .from(themes)
      .where(eq(themes.slug, 'chips'));
    const [meeting] = await db.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.slug, SEED.meeting));
    const states = ['draft', 'review', 'archived'] as const;
    for (const state of states) {
      await db.db.insert(commitments).values({
        slug: `secret-${state}`,
        meetingId: meeting!.id,
        themeId: theme!.id,
        title: `Secret ${state}`,
        summary: 'Not for readers.',
        strength: 'plans',
        editorialState: state,
        publishedAt: new Date(),
      });
    }
    const req = new Request('http://accord.test/x');
    const texts = [
      await (await get('/commitments?limit=100')).text(),
      await (await get('/themes/chips')).text(),
      await (await serveChangeFeed(req, db.db, 'atom')).text(),
      await (await serveChangeFeed(req, db.db, 'json', 'chips')).text(),
      await (await serveCommitmentsExport(req, db.db, 'json')).text(),
      await (await serveCommitmentsExport(req, db.db, 'csv')).text(),
    ];
    for (const text of texts) expect(text).not.toContain('secret-');
    for (const state of states)
      expect((await get(`/commitments/secret-${state}`)).status).toBe(404);
  });
});
