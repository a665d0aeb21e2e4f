import {
  commitments,
  hiroshimaDataset,
  insertRecord,
  loadRecord,
  parties,
  writeRecord,
} from '@accord/db';
import { Commitment, SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS, translate } from '@accord/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { callOverHttp, SEED, useTestDb } from '../testing/helpers';
import { type ApiError } from './errors';
import { handleRestRequest } from './handler';

/**
 * The Japanese edition's search (docs/search.md): `lang=ja` matches the Japanese titles and
 * summaries by character pairs, over the REST handler and tRPC's HTTP handler, against the
 * seed's own Japanese translations (translations-ja.ts in @accord/db).
 */

const db = useTestDb();

function get(path: string): Promise<Response> {
  return handleRestRequest(new Request(`http://accord.test/api/v1${path}`), () =>
    Promise.resolve(db.db),
  );
}

interface Segment {
  text: string;
  match: boolean;
}
interface SearchPage {
  items: {
    slug: string;
    search?: {
      rank: number;
      title: Segment[];
      excerpt: Segment[];
      excerptFrom: string;
      titleLang: string;
      excerptLang: string;
    };
  }[];
  nextCursor: string | null;
}

async function search(q: string, lang = 'ja'): Promise<SearchPage> {
  const res = await get(`/commitments?q=${encodeURIComponent(q)}&lang=${lang}&limit=50`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as SearchPage;
}
const slugs = (page: SearchPage) => page.items.map((c) => c.slug).sort();
const marked = (segments: Segment[] | undefined) =>
  (segments ?? []).filter((s) => s.match).map((s) => s.text);

/** The seeded commitments whose Japanese title or summary holds 半導体. */
const SEMICONDUCTOR = [
  'critical-minerals-supply-chains',
  'quantum-and-chip-partnerships',
  'semiconductor-and-ai-cooperation',
  'support-micron-hiroshima-plant',
];

const UKRAINE = 'continue-supporting-ukraine';

async function idOf(slug: string): Promise<number> {
  const [row] = await db.db
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.slug, slug));
  if (!row) throw new Error(`no ${slug}`);
  return row.id;
}

describe('GET /api/v1/commitments?q=…&lang=ja', () => {
  it('finds 半導体 in the Japanese titles and summaries, the Japanese text highlighted', async () => {
    const page = await search('半導体');
    expect(slugs(page)).toEqual(SEMICONDUCTOR);
    for (const item of page.items) {
      expect(item.search!.titleLang).toBe('ja');
      expect(item.search!.excerptLang).toBe('ja');
      expect(marked(item.search!.excerpt)).toContain('半導体');
    }
    const micron = page.items.find((c) => c.slug === 'support-micron-hiroshima-plant')!;
    expect(micron.search!.title.map((s) => s.text).join('')).toBe(
      '広島のマイクロンの半導体工場への支援を続ける',
    );
    expect(marked(micron.search!.title)).toEqual(['半導体']);
  });

  it('matches the characters together, not scattered: 重要鉱物 but not 鉱物重要', async () => {
    // The seed's commitments whose Japanese title or summary has the words, as written.
    const having = (words: string) =>
      hiroshimaDataset.commitments
        .filter((c) => {
          const ja = c.translations?.ja;
          return `${ja?.title?.text} ${ja?.summary?.text}`.includes(words);
        })
        .map((c) => c.slug)
        .sort();
    expect(having('重要鉱物')).toContain('critical-minerals-supply-chains');
    expect(slugs(await search('重要鉱物')).sort()).toEqual(having('重要鉱物'));
    expect(having('鉱物重要')).toEqual([]);
    expect(slugs(await search('鉱物重要'))).toEqual([]);
    // One kanji is a prefix of the pairs: 鉱 is in 鉱物.
    expect(slugs(await search('鉱')).sort()).toEqual(having('鉱'));
  });

  it('needs every part of a mixed query: AI 半導体 is the one with both', async () => {
    const page = await search('AI 半導体');
    expect(slugs(page)).toEqual(['semiconductor-and-ai-cooperation']);
    expect(marked(page.items[0]!.search!.title)).toEqual(['半導体', 'AI']);
    // Full-width letters and spaces are read as their plain forms (NFKC).
    expect(slugs(await search('ＡＩ　半導体'))).toEqual(['semiconductor-and-ai-cooperation']);
  });

  it('still finds English words on /ja, and ranks the Japanese matches first', async () => {
    const page = await search('Micron');
    expect(slugs(page)).toContain('support-micron-hiroshima-plant');
    // マイクロン matches in Japanese, ranked above every English-only match.
    const mixed = await search('マイクロン');
    expect(mixed.items[0]!.slug).toBe('support-micron-hiroshima-plant');
    expect(mixed.items[0]!.search!.rank).toBeGreaterThan(1);
  });

  it('finds nothing in Japanese on the English search', async () => {
    expect(slugs(await search('半導体', 'en'))).toEqual([]);
    const res = await get(`/commitments?q=${encodeURIComponent('半導体')}`);
    expect(((await res.json()) as SearchPage).items).toEqual([]);
  });

  it('indexes a translation saved through the records layer, and a stale one still matches', async () => {
    const id = await idOf(UKRAINE);
    const word = '検索試験用語';
    expect(slugs(await search(word))).toEqual([]);
    const loaded = (await loadRecord(db.db, 'commitment', id))!;
    const title = loaded.data.title;
    await writeRecord(db.db, 'commitment', id, {
      ...loaded.data,
      translations: { ja: { title: translate(title, `${word}の合意`) } },
    });
    expect(slugs(await search(word))).toEqual([UKRAINE]);
    // The English changes after: the translation is older than the English, still shown and found.
    await writeRecord(db.db, 'commitment', id, {
      ...loaded.data,
      title: `${title} (edited)`,
      translations: { ja: { title: translate(title, `${word}の合意`) } },
    });
    const stale = await search(word);
    expect(slugs(stale)).toEqual([UKRAINE]);
    expect(marked(stale.items[0]!.search!.title)).toEqual([word]);
    // And removing it removes it from the index.
    await writeRecord(db.db, 'commitment', id, loaded.data);
    expect(slugs(await search(word))).toEqual([]);
  });

  it('finds a quote said in Japanese, and shows it as the passage that matched', async () => {
    // 開校 is in a JNN quote only ("2028年の開校を目指す"), in no title or summary.
    const page = await search('開校');
    expect(slugs(page)).toEqual(['tokyo-startup-hub-with-mit']);
    const [hit] = page.items;
    expect(hit!.search).toMatchObject({ excerptFrom: 'quote', excerptLang: 'ja' });
    expect(hit!.search!.excerpt.map((s) => s.text).join('')).toBe('2028年の開校を目指す');
    expect(marked(hit!.search!.excerpt)).toEqual(['開校']);
    // The English search does not read Japanese quotes, and an English quote is not read twice.
    expect(slugs(await search('開校', 'en'))).toEqual([]);
  });

  it("finds a commitment by a party's Japanese name, and follows a renamed one", async () => {
    const [row] = await db.db
      .select({ id: parties.id })
      .from(parties)
      .where(eq(parties.slug, 'micron'));
    const party = (await loadRecord(db.db, 'party', row!.id))!;
    const word = '試験社名';
    expect(slugs(await search(word))).toEqual([]);
    await writeRecord(db.db, 'party', row!.id, {
      ...party.data,
      translations: { ja: { name: translate(party.data.name, `${word}株式会社`) } },
    });
    const found = await search(word);
    expect(slugs(found)).toEqual(
      hiroshimaDataset.commitments
        .filter((c) => c.parties.some((p) => p.party === 'micron'))
        .map((c) => c.slug)
        .sort(),
    );
    expect(found.items.length).toBeGreaterThan(0);
    await writeRecord(db.db, 'party', row!.id, party.data);
    expect(slugs(await search(word))).toEqual([]);
  });

  it('never finds a draft, whatever its translation says', async () => {
    const data = Commitment.parse({
      slug: 'draft-ja-search-commitment',
      meeting: SEED.meeting,
      theme: 'chips',
      tags: [],
      title: 'Draft chips plan',
      summary: 'A draft no reader sees.',
      strength: 'plans',
      parties: [{ party: 'jp', role: 'committer' }],
      target: null,
      editorialState: 'draft',
      quotes: [],
      history: [],
      translations: {
        ja: {
          title: translate('Draft chips plan', '下書きの半導体計画'),
          summary: translate('A draft no reader sees.', '下書き専用語を含む半導体の要約。'),
        },
      },
    });
    await insertRecord(db.db, 'commitment', data, {
      actor: { id: null, name: 'test' },
      action: 'test',
    });
    expect(slugs(await search('下書き専用語'))).toEqual([]);
    expect(slugs(await search('半導体'))).toEqual(SEMICONDUCTOR);
  });

  it(`answers a query over ${SEARCH_MAX_LENGTH} characters with a 400 naming q`, async () => {
    const res = await get(`/commitments?lang=ja&q=${encodeURIComponent('半導体'.repeat(70))}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/stack|node_modules|at \w+ \(/);
    const { error } = JSON.parse(text) as ApiError;
    expect(error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['q']);
    expect(error.message).toContain(`at most ${SEARCH_MAX_LENGTH} characters`);
  });

  it(`answers a Japanese query of more than ${SEARCH_MAX_TERMS} character pairs with a 400`, async () => {
    // 66 kanji: 65 pairs, within the length bound but over the term bound.
    const long = '日米'.repeat(33);
    const res = await get(`/commitments?lang=ja&q=${encodeURIComponent(long)}`);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ApiError;
    expect(error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['q']);
    expect(error.message).toContain(`at most ${SEARCH_MAX_TERMS} terms`);
    // At the bound it is a search; on the English search the same text is no error.
    expect(
      (await get(`/commitments?lang=ja&q=${encodeURIComponent(long.slice(0, 65))}`)).status,
    ).toBe(200);
    expect((await get(`/commitments?q=${encodeURIComponent(long)}`)).status).toBe(200);
    // An unknown language is a 400 too.
    expect((await get(`/commitments?lang=fr&q=chips`)).status).toBe(400);
  });

  it('answers operators and quotes in a Japanese query with results, never an error', async () => {
    for (const q of [
      "半導体'; drop table commitments; --",
      '"半導体',
      '半導体 & ! | <-> :*',
      '（（（',
      '・、。',
    ]) {
      const res = await get(`/commitments?lang=ja&q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });
});

describe('commitment.list over tRPC with lang=ja', () => {
  it('finds 半導体 and answers the Japanese title', async () => {
    const answer = await callOverHttp(db.db, null, 'commitment.list', { q: '半導体', lang: 'ja' });
    expect(answer.status).toBe(200);
    const data = (answer.body as { result: { data: SearchPage } }).result.data;
    expect(slugs(data)).toEqual(SEMICONDUCTOR);
  });
});
