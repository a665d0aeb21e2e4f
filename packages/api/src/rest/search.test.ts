import { SEARCH_MAX_LENGTH } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../testing/helpers';
import { type ApiError } from './errors';
import { handleRestRequest } from './handler';
import { generateApiDocument } from './openapi';

const db = useTestDb();

function get(path: string): Promise<Response> {
  return handleRestRequest(new Request(`http://accord.test/api/v1${path}`), () =>
    Promise.resolve(db.db),
  );
}

interface SearchPage {
  items: {
    slug: string;
    search?: { rank: number; title: { text: string; match: boolean }[]; excerptFrom: string };
  }[];
  nextCursor: string | null;
}

describe('GET /api/v1/commitments?q=', () => {
  it('searches, ranked, with the matching words marked', async () => {
    const res = await get('/commitments?q=Micron%20Hiroshima');
    expect(res.status).toBe(200);
    const page = (await res.json()) as SearchPage;
    expect(page.items.map((c) => c.slug)).toEqual(['support-micron-hiroshima-plant']);
    const title = page.items[0]!.search!.title;
    expect(title.filter((s) => s.match).map((s) => s.text)).toEqual(['Micron', 'Hiroshima']);
  });

  it('combines q with the theme and status filters', async () => {
    const page = (await (await get('/commitments?q=chips&theme=ukraine')).json()) as SearchPage;
    expect(page.items).toEqual([]);
  });

  it(`answers a q over ${SEARCH_MAX_LENGTH} characters with a 400 naming q`, async () => {
    const res = await get(`/commitments?q=${'a'.repeat(2000)}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/stack|node_modules|at \w+ \(/);
    const { error } = JSON.parse(text) as ApiError;
    expect(error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['q']);
    expect(error.message).toContain(`at most ${SEARCH_MAX_LENGTH} characters`);
  });

  it('answers NUL and a broken UTF-8 sequence with a 400 or results, never a 500', async () => {
    for (const q of ['%00', 'micron%00', '%ED%A0%80', '%FF', '%C0%AF']) {
      const res = await get(`/commitments?q=${q}`);
      expect([200, 400], q).toContain(res.status);
    }
  });

  it('answers operators, quotes and SQL with results', async () => {
    for (const q of [
      "micron'; drop table commitments; --",
      '"micron',
      'micron & ! | <-> :*',
      '(((',
      'or or -',
      "1' or '1'='1",
    ]) {
      const res = await get(`/commitments?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });
});

describe('the OpenAPI document', () => {
  it('documents q on the commitment list, with its length limit, and the search field', () => {
    const doc = generateApiDocument();
    const op = (doc.paths?.['/commitments'] as { get: Record<string, unknown> }).get as {
      description: string;
      parameters: { name: string; in: string; schema: { maxLength?: number } }[];
    };
    const q = op.parameters.find((p) => p.name === 'q');
    expect(q).toMatchObject({ in: 'query', schema: { maxLength: SEARCH_MAX_LENGTH } });
    expect(op.description).toContain('`q`');
    expect(JSON.stringify(doc)).toContain('excerptFrom');
  });
});
