import { describe, expect, it } from 'vitest';
import { expectTRPCError, SEED, useTestDb } from '../testing/helpers';

const db = useTestDb();

/** Published commitments naming each party, from the seed. */
const COUNTS: Record<string, number> = {
  jp: 16,
  us: 15,
  cn: 4,
  kp: 1,
  kr: 1,
  tw: 1,
  ua: 1,
  ru: 1,
  mit: 1,
  micron: 1,
  g7: 1,
};

describe('party.list', () => {
  it('lists every seeded party by name', async () => {
    const parties = (await db.caller().party.list({ limit: 100 })).items;
    expect(parties.map((p) => p.slug)).toEqual([
      'kp',
      'g7',
      'jp',
      'mit',
      'micron',
      'cn',
      'kr',
      'ru',
      'tw',
      'ua',
      'us',
    ]);
    expect(new Set(parties.map((p) => p.slug))).toEqual(new Set(SEED.partySlugs));
    expect(parties.find((p) => p.slug === 'mit')).toMatchObject({
      name: 'Massachusetts Institute of Technology',
      shortName: 'MIT',
      kind: 'university',
      countryCode: null,
    });
    expect(parties.find((p) => p.slug === 'tw')).toMatchObject({
      kind: 'territory',
      countryCode: 'TW',
    });
  });

  it('counts published commitments per party', async () => {
    const parties = (await db.caller().party.list({ limit: 100 })).items;
    expect(Object.fromEntries(parties.map((p) => [p.slug, p.commitmentCount]))).toEqual(COUNTS);
  });

  it('agrees with commitment.list filtered by party', async () => {
    const caller = db.caller();
    for (const p of (await caller.party.list({ limit: 100 })).items) {
      const page = await caller.commitment.list({ party: p.slug, limit: 100 });
      expect(page.items.length, p.slug).toBe(p.commitmentCount);
    }
  });
});

describe('party.bySlug', () => {
  it("lists MIT's start-up hub commitment", async () => {
    const mit = await db.caller().party.bySlug({ slug: 'mit' });
    expect(mit).toMatchObject({
      slug: 'mit',
      name: 'Massachusetts Institute of Technology',
      kind: 'university',
      description: 'Research university in Cambridge, Massachusetts.',
    });
    expect(mit.commitments.map((c) => c.slug)).toEqual(['tokyo-startup-hub-with-mit']);
    const [hub] = mit.commitments;
    expect(hub?.parties.find((p) => p.slug === 'mit')?.role).toBe('partner');
    expect(hub?.theme.slug).toBe('chips');
    expect(hub?.target).toMatchObject({ qualifier: 'not_before', date: '2028-04-01' });
  });

  it('lists every commitment that names the party, whatever its role', async () => {
    const caller = db.caller();
    for (const slug of SEED.partySlugs) {
      const party = await caller.party.bySlug({ slug });
      expect(party.commitments.length, slug).toBe(COUNTS[slug]);
      expect(
        party.commitments.every((c) => c.parties.some((p) => p.slug === slug)),
        slug,
      ).toBe(true);
    }
    const china = await caller.party.bySlug({ slug: 'cn' });
    expect(china.commitments.map((c) => c.parties.find((p) => p.slug === 'cn')?.role)).toEqual([
      'subject',
      'subject',
      'subject',
      'subject',
    ]);
  });

  it('answers NOT_FOUND naming an unknown slug', async () => {
    const error = await expectTRPCError(
      db.caller().party.bySlug({ slug: 'atlantis' }),
      'NOT_FOUND',
    );
    expect(error.message).toBe('No party with slug "atlantis".');
  });

  it.each([
    ['an upper-case slug', { slug: 'MIT' }],
    ['an empty slug', { slug: '' }],
    ['an unknown key', { slug: 'mit', limit: 1 }],
    ['an array', [{ slug: 'mit' }]],
  ])('answers BAD_REQUEST for %s', async (_name, input) => {
    await expectTRPCError(
      db.caller().party.bySlug(input as unknown as { slug: string }),
      'BAD_REQUEST',
    );
  });
});
