import { type PublicChange } from '@accord/api';
import { type Commitment } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import {
  englishPagesShowing,
  expiresAsOfPages,
  pagesShowing,
  purgesFor,
  RERENDER_FIRST_MAX,
} from './public-pages';

function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    slug: 'chip-supply',
    meeting: 'hiroshima-2023',
    theme: 'chips',
    tags: [],
    title: 'Chip supply',
    summary: 'They agreed to coordinate.',
    strength: 'firm',
    parties: [
      { party: 'japan', role: 'committer' },
      { party: 'usa', role: 'committer' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      {
        text: 'close cooperation',
        form: 'paraphrase',
        attribution: { kind: 'official', who: 'a spokesperson', party: null },
        source: 'nhk',
      },
    ],
    history: [
      {
        effectiveOn: '2023-05-18',
        status: 'in_progress',
        note: 'Talks began.',
        sources: ['reuters', 'nhk'],
        author: 'Editor',
        party: null,
      },
    ],
    parent: null,
    reviewedOn: null,
    lineage: [],
    disputes: [],
    ...overrides,
  } as Commitment;
}

describe('englishPagesShowing', () => {
  it('re-renders a commitment and its brief first, then home and the lists that show it', () => {
    const c = commitment();
    const pages = englishPagesShowing({ type: 'commitment', before: null, after: c });
    expect(pages.first).toEqual(['/commitments/chip-supply', '/themes/chips']);
    // Most-read first.
    expect(pages.then[0]).toBe('/');
    expect(pages.then.sort()).toEqual([
      '/',
      '/meetings',
      '/meetings/hiroshima-2023',
      '/parties',
      '/parties/japan',
      '/parties/usa',
      '/sources',
      '/sources/nhk',
      '/sources/reuters',
    ]);
  });

  it('covers the old and the new place of a moved or renamed commitment', () => {
    const before = commitment();
    const after = commitment({
      slug: 'chip-supply-chains',
      theme: 'security',
      parties: [{ party: 'eu', role: 'committer' }],
    });
    const pages = englishPagesShowing({ type: 'commitment', before, after });
    expect(pages.first).toEqual([
      '/commitments/chip-supply',
      '/themes/chips',
      '/commitments/chip-supply-chains',
      '/themes/security',
    ]);
    expect(pages.then).toEqual(expect.arrayContaining(['/parties/japan', '/parties/eu']));
  });

  it('re-renders the page of a deleted reference record (it becomes a 404) and its index first', () => {
    const change: PublicChange = {
      type: 'party',
      before: { slug: 'eu', name: 'European Union', kind: 'organisation' } as never,
      after: null,
    };
    expect(englishPagesShowing(change)).toEqual({ first: ['/parties/eu', '/parties'], then: [] });
  });

  it.each(['review', 'draft', 'archived'] as const)(
    'puts every page that showed a commitment first when it goes back to %s',
    (state) => {
      const before = commitment();
      const after = commitment({ editorialState: state });
      const { first, then } = englishPagesShowing({ type: 'commitment', before, after });
      // Nothing is left for after the answer: a reader must not find a retracted record.
      expect(then).toEqual([]);
      expect(first.sort()).toEqual([
        '/',
        '/commitments/chip-supply',
        '/meetings',
        '/meetings/hiroshima-2023',
        '/parties',
        '/parties/japan',
        '/parties/usa',
        '/sources',
        '/sources/nhk',
        '/sources/reuters',
        '/themes/chips',
      ]);
    },
  );

  it('puts every page that showed a deleted record first', () => {
    const { first, then } = englishPagesShowing({
      type: 'commitment',
      before: commitment(),
      after: null,
    });
    expect(then).toEqual([]);
    expect(first).toEqual(
      expect.arrayContaining(['/parties/japan', '/meetings/hiroshima-2023', '/sources/nhk', '/']),
    );
    const meeting = englishPagesShowing({
      type: 'meeting',
      before: { slug: 'hiroshima-2023' } as never,
      after: null,
    });
    expect(meeting).toEqual({ first: ['/meetings/hiroshima-2023', '/meetings', '/'], then: [] });
  });

  it('keeps the lists for after the answer when a published commitment is edited', () => {
    const before = commitment();
    const after = commitment({ title: 'Chip supply chains' });
    const { then } = englishPagesShowing({ type: 'commitment', before, after });
    expect(then).toEqual(expect.arrayContaining(['/', '/parties/japan', '/sources/nhk']));
  });

  it('never lists a page twice', () => {
    const c = commitment();
    const { first, then } = englishPagesShowing({ type: 'commitment', before: c, after: c });
    const all = [...first, ...then];
    expect(new Set(all).size).toBe(all.length);
  });

  it('re-renders the meetings that restated it, its parent and the sources of its links', () => {
    const c = commitment({
      parent: 'chip-alliance',
      lineage: [
        {
          translations: {},
          relation: 'restated_in',
          meeting: 'camp-david-2023',
          on: '2023-08-18',
          source: 'kantei-2023-08-18',
          quote: null,
          note: null,
        },
      ],
      disputes: [
        {
          translations: {},
          topic: 'The date',
          raisedOn: '2023-09-01',
          note: 'We use the earlier date.',
          resolved: false,
          claims: [
            { translations: {}, claim: 'One says May.', source: 'ap', quote: null },
            { translations: {}, claim: 'One says June.', source: 'rumours', quote: null },
          ],
        },
      ],
    });
    const { first, then } = englishPagesShowing({ type: 'commitment', before: null, after: c });
    expect(first).toEqual(['/commitments/chip-supply', '/themes/chips']);
    expect(then).toEqual(
      expect.arrayContaining([
        '/commitments/chip-alliance',
        '/meetings/camp-david-2023',
        '/sources/kantei-2023-08-18',
        '/sources/ap',
        '/sources/rumours',
      ]),
    );
  });
});

describe('pagesShowing, in both languages', () => {
  it('re-renders the Japanese edition of every page that has one, in the same group', () => {
    const c = commitment();
    const pages = pagesShowing({ type: 'commitment', before: null, after: c });
    expect(pages.first).toEqual([
      '/commitments/chip-supply',
      '/ja/commitments/chip-supply',
      '/themes/chips',
      '/ja/themes/chips',
    ]);
    // Each Japanese page follows its English twin: home, and the meeting, parties, sources
    // and indexes that list the commitment.
    expect(pages.then.slice(0, 2)).toEqual(['/', '/ja']);
    for (const path of [
      '/meetings/hiroshima-2023',
      '/parties/japan',
      '/sources/nhk',
      '/meetings',
      '/parties',
      '/sources',
    ]) {
      const at = pages.then.indexOf(path);
      expect(at, path).toBeGreaterThan(-1);
      expect(pages.then[at + 1], path).toBe(`/ja${path}`);
    }
    // A list's continuation pages are named by no publish, in either language: any position
    // of a list is one, so the stale mark on every page reaches them (isr-cache.mjs).
    expect(pages.then.filter((p) => p.includes('/more/'))).toEqual([]);
  });

  it('re-renders the Japanese meeting, party and source pages when those records change', () => {
    for (const [type, slug, index] of [
      ['meeting', 'hiroshima-2023', '/meetings'],
      ['party', 'japan', '/parties'],
      ['source', 'nhk', '/sources'],
    ] as const) {
      const pages = pagesShowing({ type, before: null, after: { slug } } as PublicChange);
      expect(pages.first, type).toEqual([`${index}/${slug}`, `/ja${index}/${slug}`]);
      expect(pages.then, type).toEqual(expect.arrayContaining([index, `/ja${index}`]));
    }
  });

  it('puts the Japanese pages first too when a record is retracted', () => {
    const c = commitment();
    const pages = pagesShowing({
      type: 'commitment',
      before: c,
      after: { ...c, editorialState: 'draft' },
    });
    expect(pages.then).toEqual([]);
    for (const path of ['/ja', '/ja/commitments/chip-supply', '/ja/themes/chips'])
      expect(pages.first).toContain(path);
  });

  it('gives every English page of a change its Japanese twin when it has one', () => {
    for (const change of [
      { type: 'commitment', before: null, after: commitment() },
      { type: 'theme', before: null, after: { slug: 'chips' } },
      { type: 'meeting', before: null, after: { slug: 'hiroshima-2023' } },
      { type: 'party', before: null, after: { slug: 'japan' } },
      { type: 'source', before: null, after: { slug: 'nhk' } },
    ] as PublicChange[]) {
      const english = englishPagesShowing(change);
      const both = pagesShowing(change);
      for (const group of ['first', 'then'] as const) {
        for (const path of english[group]) {
          expect(both[group]).toContain(path);
          if (/^\/(themes|commitments|meetings|parties|sources)(\/|$)|^\/$/.test(path))
            expect(both[group]).toContain(path === '/' ? '/ja' : `/ja${path}`);
        }
      }
    }
  });
});

describe('purgesFor, the changes of one request', () => {
  const published = (slug: string, theme = 'chips') =>
    ({
      type: 'commitment',
      before: commitment({ slug, theme, editorialState: 'review' }),
      after: commitment({ slug, theme }),
    }) as PublicChange;

  it('re-renders a brief that shows five published commitments once, with all five pages first', () => {
    const changes = ['a', 'b', 'c', 'd', 'e'].map((slug) => published(slug));
    // Without the bulk cap (tested below), which would expire some of the twelve.
    const purges = purgesFor(changes, 5000, Number.POSITIVE_INFINITY);
    expect(purges).toHaveLength(1);
    const [purge] = purges;
    expect(purge!.first.filter((p) => p === '/themes/chips')).toHaveLength(1);
    for (const slug of ['a', 'b', 'c', 'd', 'e']) {
      expect(purge!.first).toContain(`/commitments/${slug}`);
      expect(purge!.first).toContain(`/ja/commitments/${slug}`);
    }
    // Every page any single change asks for, and none twice.
    const each = changes.map(pagesShowing);
    const all = new Set(each.flatMap((p) => [...p.first, ...p.then]));
    expect(new Set([...purge!.first, ...purge!.then])).toEqual(all);
    expect(purge!.first.length + purge!.then.length).toBe(all.size);
    expect(purge!.retraction).toBe(false);
  });

  it('puts a page first when any change asks for it first, and expires the dated pages when any change is a retraction', () => {
    const unpublished = {
      type: 'commitment',
      before: commitment({ slug: 'gone' }),
      after: commitment({ slug: 'gone', editorialState: 'draft' }),
    } as PublicChange;
    const [purge] = purgesFor([published('a'), unpublished], 5000);
    // Home is "then" for a publish, "first" for a retraction.
    expect(purge!.first).toContain('/');
    expect(purge!.then).not.toContain('/');
    expect(purge!.retraction).toBe(true);
  });

  it('splits the changes into purges of at most maxPaths pages, losing none', () => {
    const changes = ['a', 'b', 'c'].map((slug, i) => published(slug, `theme-${i}`));
    const single = pagesShowing(changes[0]!);
    const max = single.first.length + single.then.length + 4;
    const purges = purgesFor(changes, max);
    expect(purges.length).toBeGreaterThan(1);
    for (const p of purges) expect(p.first.length + p.then.length).toBeLessThanOrEqual(max);
    const covered = new Set(purges.flatMap((p) => [...p.first, ...p.then]));
    for (const c of changes) {
      const pages = pagesShowing(c);
      for (const path of [...pages.first, ...pages.then]) expect(covered).toContain(path);
    }
  });

  it('asks nothing for no change', () => {
    expect(purgesFor([], 5000)).toEqual([]);
  });

  it('re-renders at most RERENDER_FIRST_MAX pages of a bulk action before it answers, and expires the rest', () => {
    const slugs = Array.from({ length: 51 }, (_, i) => `long-${i}`);
    const changes = slugs.map((slug) => published(slug));
    const [purge, ...more] = purgesFor(changes, 5000);
    expect(more).toEqual([]);
    expect(purge!.first.length).toBe(RERENDER_FIRST_MAX);
    // The first change's own pages and its brief, in both languages, come first.
    expect(purge!.first).toEqual(expect.arrayContaining(pagesShowing(changes[0]!).first));
    // Every other commitment page is expired (renders afresh on its next visit), none lost,
    // none in two groups, and none left for the stale-then-refresh group.
    const wanted = new Set(changes.flatMap((c) => pagesShowing(c).first));
    expect(new Set([...purge!.first, ...purge!.expire])).toEqual(wanted);
    expect(purge!.first.length + purge!.expire.length).toBe(wanted.size);
    for (const path of purge!.expire) expect(purge!.then, path).not.toContain(path);
    expect(purge!.expire).toContain(`/ja/commitments/${slugs[50]}`);
  });

  it('re-renders every page of a single change before it answers, however many (a retraction)', () => {
    const unpublished = {
      type: 'commitment',
      before: commitment({ slug: 'gone' }),
      after: commitment({ slug: 'gone', editorialState: 'draft' }),
    } as PublicChange;
    const pages = pagesShowing(unpublished);
    expect(pages.first.length).toBeGreaterThan(RERENDER_FIRST_MAX);
    const [purge] = purgesFor([unpublished], 5000);
    expect(new Set(purge!.first)).toEqual(new Set(pages.first));
    expect(purge!.expire).toEqual([]);
  });

  it('a page a later change asks for first is expired, not left for the stale-then-refresh group', () => {
    // Home is "then" for a publish and "first" for a retraction: past the cap, the
    // retraction's home is expired, so no reader gets the copy that still lists the record.
    const many = Array.from({ length: 6 }, (_, i) => published(`p${i}`));
    const unpublished = {
      type: 'commitment',
      before: commitment({ slug: 'gone', theme: 'other' }),
      after: commitment({ slug: 'gone', theme: 'other', editorialState: 'draft' }),
    } as PublicChange;
    const [purge] = purgesFor([...many, unpublished], 5000);
    expect(purge!.first).not.toContain('/');
    expect(purge!.expire).toContain('/');
    expect(purge!.then).not.toContain('/');
    expect(purge!.expire).toContain('/commitments/gone');
    expect(purge!.retraction).toBe(true);
  });
});

describe('expiresAsOfPages', () => {
  it('expires the dated pages when a record is retracted, and only then', () => {
    const c = commitment();
    expect(expiresAsOfPages({ type: 'commitment', before: c, after: c })).toBe(false);
    expect(expiresAsOfPages({ type: 'commitment', before: null, after: c })).toBe(false);
    const archived = commitment({ editorialState: 'archived' });
    expect(expiresAsOfPages({ type: 'commitment', before: c, after: archived })).toBe(true);
    expect(expiresAsOfPages({ type: 'commitment', before: c, after: null })).toBe(true);
  });
});
