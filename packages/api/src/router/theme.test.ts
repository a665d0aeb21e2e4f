import { commitments, meetings, themes } from '@accord/db';
import { COMMITMENT_STATUSES, DETAIL_PAGE_SIZE, type StatusCounts } from '@accord/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectTRPCError, SEED, useTestDb } from '../testing/helpers';

const db = useTestDb();

function total(counts: StatusCounts): number {
  return COMMITMENT_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

describe('theme.list', () => {
  it('lists the seeded themes in their order, without the brief', async () => {
    const themes = (await db.caller().theme.list({ limit: 100 })).items;
    expect(themes.map((t) => t.slug)).toEqual(SEED.themeOrder);
    expect(themes.map((t) => t.position)).toEqual([1, 2, 3, 4]);
    for (const theme of themes) {
      expect(theme.title.length).toBeGreaterThan(0);
      expect(theme.summary.length).toBeGreaterThan(0);
      expect(theme).not.toHaveProperty('brief');
    }
  });

  it('counts published commitments per theme: security 8, chips 4, minerals 3, ukraine 1', async () => {
    const themes = (await db.caller().theme.list({ limit: 100 })).items;
    expect(Object.fromEntries(themes.map((t) => [t.slug, t.commitmentCount]))).toEqual(
      SEED.themeCounts,
    );
    expect(themes.reduce((sum, t) => sum + t.commitmentCount, 0)).toBe(SEED.publishedCommitments);
  });

  it('has a status breakdown that adds up to commitmentCount for every theme', async () => {
    const themes = (await db.caller().theme.list({ limit: 100 })).items;
    for (const theme of themes) {
      expect(Object.keys(theme.statusCounts).sort(), theme.slug).toEqual(
        [...COMMITMENT_STATUSES].sort(),
      );
      expect(total(theme.statusCounts), theme.slug).toBe(theme.commitmentCount);
    }
  });

  it('breaks down statuses as seeded', async () => {
    const themes = (await db.caller().theme.list({ limit: 100 })).items;
    const bySlug = new Map(themes.map((t) => [t.slug, t.statusCounts]));
    expect(bySlug.get('security')).toMatchObject({
      in_progress: 6,
      not_yet_rated: 0,
      delivered: 2,
    });
    expect(bySlug.get('chips')).toMatchObject({ in_progress: 3, not_yet_rated: 0, delivered: 1 });
    // The critical-minerals pledge and its two 2025 sub-commitments, not yet rated.
    expect(bySlug.get('minerals')).toMatchObject({ in_progress: 1, not_yet_rated: 2 });
    expect(bySlug.get('ukraine')).toMatchObject({ in_progress: 1, not_yet_rated: 0 });
  });

  it('agrees with commitment.list filtered by theme', async () => {
    const caller = db.caller();
    for (const theme of (await caller.theme.list({ limit: 100 })).items) {
      const page = await caller.commitment.list({ theme: theme.slug, limit: 100 });
      expect(page.items.length, theme.slug).toBe(theme.commitmentCount);
    }
  });
});

describe('theme.bySlug', () => {
  it('returns the theme with its brief and its commitments', async () => {
    const theme = await db.caller().theme.bySlug({ slug: 'chips' });
    expect(theme).toMatchObject({
      slug: 'chips',
      title: 'Chips, AI and emerging technology',
      position: 2,
    });
    expect(theme.brief).toContain('MIT');
    expect(theme.brief).toContain('Micron');
    expect(theme.commitments.map((c) => c.slug).sort()).toEqual(
      [
        'quantum-and-chip-partnerships',
        'semiconductor-and-ai-cooperation',
        'support-micron-hiroshima-plant',
        'tokyo-startup-hub-with-mit',
      ].sort(),
    );
    for (const c of theme.commitments) {
      expect(c.theme).toEqual({
        slug: 'chips',
        title: theme.title,
        translations: { ja: { title: theme.translations.ja!.title! } },
      });
      expect(c.meeting.slug).toBe(SEED.meeting);
      expect(c.parties.length).toBeGreaterThan(0);
    }
  });

  it('has a status breakdown matching its commitments and theme.list, for every theme', async () => {
    const caller = db.caller();
    for (const summary of (await caller.theme.list({ limit: 100 })).items) {
      const theme = await caller.theme.bySlug({ slug: summary.slug });
      expect(theme.commitments.length, summary.slug).toBe(SEED.themeCounts[summary.slug]);
      expect(total(theme.statusCounts), summary.slug).toBe(theme.commitments.length);
      expect(theme.statusCounts, summary.slug).toEqual(summary.statusCounts);
      for (const status of COMMITMENT_STATUSES) {
        expect(theme.statusCounts[status], `${summary.slug} ${status}`).toBe(
          theme.commitments.filter((c) => c.status === status).length,
        );
      }
    }
  });

  it('lists commitments in a stable order', async () => {
    const first = await db.caller().theme.bySlug({ slug: 'security' });
    const second = await db.caller().theme.bySlug({ slug: 'security' });
    expect(second.commitments.map((c) => c.slug)).toEqual(first.commitments.map((c) => c.slug));
    expect(first.commitments[0]?.slug).toBe('strengthen-japan-us-alliance');
  });

  it('answers NOT_FOUND naming an unknown slug', async () => {
    const error = await expectTRPCError(
      db.caller().theme.bySlug({ slug: 'no-such-theme' }),
      'NOT_FOUND',
    );
    expect(error.message).toBe('No theme with slug "no-such-theme".');
  });

  it.each([
    ['an invalid slug', { slug: 'Not A Slug' }],
    ['an empty slug', { slug: '' }],
    ['a double hyphen', { slug: 'chips--ai' }],
    ['a slug over 120 characters', { slug: 'a'.repeat(121) }],
    ['a number', { slug: 42 }],
    ['no slug', {}],
    ['an unknown key', { slug: 'chips', extra: true }],
    ['no input', undefined],
  ])('answers BAD_REQUEST for %s', async (_name, input) => {
    await expectTRPCError(db.caller().theme.bySlug(input as { slug: string }), 'BAD_REQUEST');
  });
});

describe('theme.bySlug on a large theme', () => {
  it('carries the first page, counts every commitment, and continues with commitment.list', async () => {
    const [meeting] = await db.db.select({ id: meetings.id }).from(meetings).limit(1);
    const [theme] = await db.db
      .select({ id: themes.id })
      .from(themes)
      .where(eq(themes.slug, 'minerals'));
    const extra = DETAIL_PAGE_SIZE + 10;
    await db.db.insert(commitments).values(
      Array.from({ length: extra }, (_, i) => ({
        slug: `paging-test-${i}`,
        meetingId: meeting!.id,
        themeId: theme!.id,
        title: `Paging test ${i}`,
        summary: 'A commitment that only makes the theme long.',
        strength: 'plans' as const,
        editorialState: 'published' as const,
      })),
    );
    const caller = db.caller();
    const detail = await caller.theme.bySlug({ slug: 'minerals' });
    const all = SEED.themeCounts.minerals! + extra;
    expect(detail.commitments).toHaveLength(DETAIL_PAGE_SIZE);
    expect(total(detail.statusCounts)).toBe(all);
    expect(detail.nextCursor).not.toBeNull();
    const rest = await caller.commitment.list({
      theme: 'minerals',
      cursor: detail.nextCursor,
      limit: 100,
    });
    expect(rest.items).toHaveLength(all - DETAIL_PAGE_SIZE);
    expect(rest.nextCursor).toBeNull();
  });
});
