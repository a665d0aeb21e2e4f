import { describe, expect, it } from 'vitest';
import { expectTRPCError, SEED, useTestDb } from '../testing/helpers';

const db = useTestDb();

/** Quotes the published commitments take from the seed article (others cite later sources). */
const SEED_QUOTES = 25;

describe('source.list', () => {
  it('lists the seeded article with its count of quotes', async () => {
    const caller = db.caller();
    const sources = [];
    let cursor: string | null = null;
    do {
      const page = await caller.source.list({ limit: 100, cursor });
      sources.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(sources.find((s) => s.slug === SEED.source)).toEqual(
      expect.objectContaining({
        slug: SEED.source,
        title: 'Kishida, Biden agree to step up advanced technology cooperation',
        publisher: 'Kyodo News',
        url: null,
        publishedOn: '2023-05-19',
        kind: 'news_report',
        language: 'en',
        quoteCount: SEED_QUOTES,
      }),
    );
  });

  it('counts the quotes that commitment.bySlug shows', async () => {
    const caller = db.caller();
    const { items } = await caller.commitment.list({ limit: 100 });
    let quotes = 0;
    for (const item of items) {
      const detail = await caller.commitment.bySlug({ slug: item.slug });
      quotes += detail.quotes.filter((q) => q.source.slug === SEED.source).length;
    }
    expect(quotes).toBe(SEED_QUOTES);
  });
});

describe('source.bySlug', () => {
  it('returns the source with its quotes, their attribution and their commitments', async () => {
    const source = await db.caller().source.bySlug({ slug: SEED.source });
    expect(source).toMatchObject({
      slug: SEED.source,
      kind: 'news_report',
      language: 'en',
      publishedOn: '2023-05-19',
    });
    expect(source.description).toContain('White House');
    expect(source.quotes).toHaveLength(SEED_QUOTES);
    const hub = source.quotes.find((q) => q.text === 'in 2028 at the earliest');
    expect(hub).toMatchObject({
      form: 'reported',
      attribution: {
        kind: 'government_readout',
        who: 'the Japanese Foreign Ministry',
        party: 'jp',
      },
      commitment: {
        slug: 'tokyo-startup-hub-with-mit',
        title: 'A start-up hub in Tokyo with MIT, from 2028 at the earliest',
      },
    });
    const diplomats = source.quotes.find((q) => q.attribution.kind === 'diplomatic_sources');
    expect(diplomats).toMatchObject({
      text: 'considering holding a trilateral meeting with Yoon',
      attribution: { who: 'diplomatic sources', party: null },
      commitment: { slug: 'trilateral-meeting-with-south-korea' },
    });
  });

  it('covers all five kinds of attribution in the article', async () => {
    const source = await db.caller().source.bySlug({ slug: SEED.source });
    expect(new Set(source.quotes.map((q) => q.attribution.kind))).toEqual(
      new Set([
        'anonymous_official',
        'on_record_remark',
        'government_readout',
        'joint_statement',
        'press_report',
        'diplomatic_sources',
      ]),
    );
  });

  it('has exactly the quotes that the commitments show, grouped by commitment in list order', async () => {
    const caller = db.caller();
    const source = await caller.source.bySlug({ slug: SEED.source });
    const { items } = await caller.commitment.list({ limit: 100 });
    const expected: { id: number; text: string; commitment: string; who: string }[] = [];
    for (const item of items) {
      const detail = await caller.commitment.bySlug({ slug: item.slug });
      for (const q of detail.quotes.filter((x) => x.source.slug === SEED.source)) {
        expected.push({ id: q.id, text: q.text, commitment: item.slug, who: q.attribution.who });
      }
    }
    expect(
      source.quotes.map((q) => ({
        id: q.id,
        text: q.text,
        commitment: q.commitment.slug,
        who: q.attribution.who,
      })),
    ).toEqual(expected);
  });

  it('answers NOT_FOUND naming an unknown slug', async () => {
    const error = await expectTRPCError(
      db.caller().source.bySlug({ slug: 'no-such-source' }),
      'NOT_FOUND',
    );
    expect(error.message).toBe('No source with slug "no-such-source".');
  });

  it.each([
    ['a URL', { slug: 'https://example.com/article' }],
    ['an empty slug', { slug: '' }],
    ['an unknown key', { slug: SEED.source, quotes: true }],
    ['a string input', SEED.source],
  ])('answers BAD_REQUEST for %s', async (_name, input) => {
    await expectTRPCError(
      db.caller().source.bySlug(input as unknown as { slug: string }),
      'BAD_REQUEST',
    );
  });
});
