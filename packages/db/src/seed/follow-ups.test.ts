import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitmentAsOf, partyTracks } from '@accord/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle } from '../client';
import { findRepoRoot } from '../env';
import { loadRecord } from '../records';
import { commitments, meetings } from '../schema';
import { createTestDb } from '../testing';
import { ARTICLE } from './hiroshima-2023';
import { hiroshimaDataset, validateDataset } from './index';

const SHARED = join(findRepoRoot(), '..', 'shared');
const ARTICLE_FILE = join(SHARED, 'seed', 'kishida-biden-hiroshima-2023-05-18.txt');
const DOSSIER_FILE = join(SHARED, 'research', 'follow-ups-2023-2025.md');
const HAVE_TEXTS = existsSync(ARTICLE_FILE) && existsSync(DOSSIER_FILE);

const data = validateDataset(hiroshimaDataset);
const bySlug = new Map(data.commitments.map((c) => [c.slug, c]));
function commitment(slug: string) {
  const c = bySlug.get(slug);
  if (!c) throw new Error(`no commitment ${slug}`);
  return c;
}
const unreliable = new Set(
  data.sources.filter((s) => s.reliability === 'unreliable').map((s) => s.slug),
);

interface QuotedPhrase {
  where: string;
  text: string;
  source: string;
}

/** Every exact phrase in the data, wherever it sits, with the source it is said to come from. */
function allQuotes(): QuotedPhrase[] {
  const out: QuotedPhrase[] = [];
  for (const m of data.meetings) {
    for (const a of m.accounts) {
      for (const q of a.quotes) out.push({ where: `${m.slug} / ${a.topic}`, ...q });
    }
  }
  for (const c of data.commitments) {
    for (const q of c.quotes) out.push({ where: c.slug, ...q });
    for (const l of c.lineage) {
      if (l.quote) out.push({ where: `${c.slug} lineage`, text: l.quote.text, source: l.source });
    }
    for (const d of c.disputes) {
      for (const k of d.claims) {
        if (k.quote)
          out.push({ where: `${c.slug} / ${d.topic}`, text: k.quote.text, source: k.source });
      }
    }
  }
  return out;
}

/** Text we wrote ourselves, with where it is: it must not copy the article or the dossier. */
function ourWords(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | null) => {
    if (text) out.push({ where, text });
  };
  for (const t of data.themes) {
    add(`theme ${t.slug}`, t.summary);
    add(`theme ${t.slug}`, t.brief);
  }
  for (const m of data.meetings) {
    add(`meeting ${m.slug}`, m.summary);
    add(`meeting ${m.slug}`, m.context);
    for (const a of m.accounts) add(`meeting ${m.slug} / ${a.topic}`, a.note);
  }
  for (const s of data.sources) add(`source ${s.slug}`, s.description);
  for (const c of data.commitments) {
    add(c.slug, c.title);
    add(c.slug, c.summary);
    add(`${c.slug} target`, c.target?.note ?? null);
    for (const u of c.history) add(`${c.slug} ${u.effectiveOn}`, u.note);
    for (const l of c.lineage) add(`${c.slug} lineage ${l.meeting}`, l.note);
    for (const d of c.disputes) {
      add(`${c.slug} / ${d.topic}`, d.topic);
      add(`${c.slug} / ${d.topic}`, d.note);
      for (const k of d.claims) add(`${c.slug} / ${d.topic}`, k.claim);
    }
  }
  return out;
}

/** Lower-case words, curly apostrophes made straight, punctuation dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'$¥.\s-]/gu, ' ')
    .replace(/(\.|-)(\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const WINDOW = 12;
/** How many of a window's words may match a source in place before it counts as copied. */
const MAX_SHARED = 9;

/**
 * Stretches of `ours` that copy `theirs`: 12-word windows that match a window of the source
 * word for word in at least 10 places, so a sentence with a word or two swapped still counts.
 * Candidates are found through shared 4-word runs, then compared along that alignment.
 */
function copiedStretches(ours: string[], theirs: string[]): string[] {
  const anchors = new Map<string, number[]>();
  for (let j = 0; j + 4 <= theirs.length; j++) {
    const key = theirs.slice(j, j + 4).join(' ');
    anchors.set(key, [...(anchors.get(key) ?? []), j]);
  }
  const found = new Set<string>();
  const tried = new Set<number>();
  for (let i = 0; i + 4 <= ours.length; i++) {
    for (const j of anchors.get(ours.slice(i, i + 4).join(' ')) ?? []) {
      const shift = j - i;
      if (tried.has(shift)) continue;
      tried.add(shift);
      for (
        let a = Math.max(0, -shift);
        a + WINDOW <= ours.length && a + shift + WINDOW <= theirs.length;
        a++
      ) {
        let same = 0;
        for (let k = 0; k < WINDOW; k++) if (ours[a + k] === theirs[a + shift + k]) same++;
        if (same > MAX_SHARED) found.add(ours.slice(a, a + WINDOW).join(' '));
      }
    }
  }
  return [...found];
}

/** Our text without the phrases it quotes in quotation marks. */
function outsideQuotes(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, ' ');
}

/** The phrases the dossier puts in quotation marks: the only dossier text a quote may use. */
function dossierPhrases(dossier: string): string[] {
  return [...dossier.matchAll(/"([^"\n]+)"/g)].map((m) => m[1]!);
}

describe('the follow-up dataset: sources and quotes', () => {
  it.skipIf(!HAVE_TEXTS)(
    'quotes every phrase exactly: from the article when it cites the article, else from a phrase the dossier quotes',
    () => {
      const article = readFileSync(ARTICLE_FILE, 'utf8');
      const phrases = dossierPhrases(readFileSync(DOSSIER_FILE, 'utf8'));
      const quotes = allQuotes();
      // Commitment, account, lineage and dispute quotes are all checked.
      expect(quotes.length).toBeGreaterThan(60);
      const wrong = quotes.filter((q) =>
        q.source === ARTICLE ? !article.includes(q.text) : !phrases.some((p) => p.includes(q.text)),
      );
      expect(wrong).toEqual([]);
    },
  );

  it('keeps quotes short', () => {
    const long = allQuotes().filter((q) => q.text.length > 300 || words(q.text).length > 20);
    expect(long).toEqual([]);
  });

  it.skipIf(!HAVE_TEXTS)(
    'copies no 12-word stretch of the article or the dossier outside quotation marks, even with a word or two changed',
    () => {
      const article = words(readFileSync(ARTICLE_FILE, 'utf8'));
      const dossier = words(readFileSync(DOSSIER_FILE, 'utf8'));
      const copies = (text: string) => [
        ...copiedStretches(words(outsideQuotes(text)), article),
        ...copiedStretches(words(outsideQuotes(text)), dossier),
      ];
      // The check catches the article's Ukraine clause with one word changed (our old summary).
      expect(
        copies(
          "Both leaders affirmed their resolve to keep supporting Ukraine as it defends itself from Russia's invasion, according to the White House.",
        ),
      ).not.toEqual([]);
      const copied = ourWords().flatMap(({ where, text }) =>
        copies(text).map((run) => ({ where, run })),
      );
      expect(copied).toEqual([]);
    },
  );

  it('cites at least one source for every update, and a known source for every link and claim', () => {
    const sourceSlugs = new Set(data.sources.map((s) => s.slug));
    for (const c of data.commitments) {
      expect(c.history.length, c.slug).toBeGreaterThan(0);
      for (const u of c.history) {
        expect(u.sources.length, `${c.slug} ${u.effectiveOn}`).toBeGreaterThan(0);
        for (const s of u.sources) expect(sourceSlugs.has(s), s).toBe(true);
      }
      for (const l of c.lineage) expect(sourceSlugs.has(l.source), l.source).toBe(true);
      for (const d of c.disputes) {
        for (const k of d.claims) expect(sourceSlugs.has(k.source), k.source).toBe(true);
      }
    }
  });

  it('refuses an update that cites no source', () => {
    const input = structuredClone(hiroshimaDataset);
    input.commitments[0]!.history[0]!.sources = [];
    expect(() => validateDataset(input)).toThrow('cites no source');
  });

  it('uses every source it lists (a source only named as a mirror of another counts)', () => {
    const cited = new Set<string>();
    for (const m of data.meetings)
      m.accounts.forEach((a) => a.quotes.forEach((q) => cited.add(q.source)));
    for (const c of data.commitments) {
      c.quotes.forEach((q) => cited.add(q.source));
      c.history.forEach((u) => u.sources.forEach((s) => cited.add(s)));
      c.lineage.forEach((l) => cited.add(l.source));
      c.disputes.forEach((d) => d.claims.forEach((k) => cited.add(k.source)));
    }
    const descriptions = data.sources.map((s) => s.description ?? '').join('\n');
    const unused = data.sources
      .map((s) => s.slug)
      .filter((slug) => !cited.has(slug) && !descriptions.includes(slug));
    expect(unused).toEqual([]);
  });

  it('uses an unreliable source only as one side of a dispute, beside a standard source', () => {
    expect(unreliable.size).toBeGreaterThanOrEqual(4);
    const misuses: string[] = [];
    const inDisputes = new Set<string>();
    for (const m of data.meetings) {
      m.accounts.forEach((a) =>
        a.quotes.forEach((q) => unreliable.has(q.source) && misuses.push(`${m.slug} account`)),
      );
    }
    for (const c of data.commitments) {
      c.quotes.forEach((q) => unreliable.has(q.source) && misuses.push(`${c.slug} quote`));
      c.history.forEach((u) =>
        u.sources.forEach((s) => unreliable.has(s) && misuses.push(`${c.slug} ${u.effectiveOn}`)),
      );
      c.lineage.forEach((l) => unreliable.has(l.source) && misuses.push(`${c.slug} lineage`));
      for (const d of c.disputes) {
        d.claims.forEach((k) => unreliable.has(k.source) && inDisputes.add(k.source));
        if (d.claims.some((k) => unreliable.has(k.source))) {
          expect(
            d.claims.some((k) => !unreliable.has(k.source)),
            d.topic,
          ).toBe(true);
        }
      }
    }
    expect(misuses).toEqual([]);
    expect([...unreliable].filter((s) => !inDisputes.has(s))).toEqual([]);
  });

  it('says why each unreliable source is unreliable', () => {
    for (const s of data.sources.filter((x) => x.reliability === 'unreliable')) {
      expect(s.description, s.slug).toMatch(/unreliable/i);
    }
  });
});

describe('the follow-up dataset: statuses over time', () => {
  it('has the trilateral meeting delivered since 21 May 2023, with no overdue flag', () => {
    const c = commitment('trilateral-meeting-with-south-korea');
    expect(commitmentAsOf(c)).toEqual({
      status: 'delivered',
      statusSince: '2023-05-21',
      overdue: false,
    });
  });

  it('has the trilateral meeting not delivered as of 19 May 2023, and not yet overdue', () => {
    const c = commitment('trilateral-meeting-with-south-korea');
    const view = commitmentAsOf(c, '2023-05-19');
    expect(view.status).not.toBe('delivered');
    expect(view.overdue).toBe(false);
  });

  it('has the G7 documents delivered on 20 May 2023 and the quantum partnerships on 21 May', () => {
    expect(
      commitmentAsOf(commitment('g7-nuclear-disarmament-and-economic-security')),
    ).toMatchObject({ status: 'delivered', statusSince: '2023-05-20' });
    expect(commitmentAsOf(commitment('quantum-and-chip-partnerships'))).toMatchObject({
      status: 'delivered',
      statusSince: '2023-05-21',
    });
  });

  it('keeps the 18 May 2023 record as the first entry of every Hiroshima commitment', () => {
    for (const c of data.commitments.filter((x) => x.meeting === 'kishida-biden-hiroshima-2023')) {
      expect(c.history[0], c.slug).toMatchObject({ effectiveOn: '2023-05-18', party: null });
      expect(c.history[0]!.sources, c.slug).toEqual([ARTICLE]);
    }
  });

  it('rates no Hiroshima commitment "not yet rated" any more, save the two sub-commitments', () => {
    const unrated = data.commitments
      .filter((c) => commitmentAsOf(c).status === 'not_yet_rated')
      .map((c) => c.slug)
      .sort();
    expect(unrated).toEqual([
      'us-japan-minerals-investment-ministerial',
      'us-japan-minerals-project-financing',
    ]);
  });

  it('tracks Ukraine per party: Japan without a break, the US through its 2025 pause', () => {
    const c = commitment('continue-supporting-ukraine');
    const tracks = partyTracks(c.history);
    expect(tracks.map((t) => t.party)).toEqual(['jp', 'us']);
    const [jp, us] = tracks;
    expect(jp!.updates.every((u) => u.status === 'in_progress')).toBe(true);
    expect(us!.updates.map((u) => [u.effectiveOn, u.status])).toEqual(
      expect.arrayContaining([
        ['2024-04-24', 'in_progress'],
        ['2025-03-03', 'stalled'],
        ['2025-03-11', 'in_progress'],
      ]),
    );
    // The overall call stays one editorial status, explained in its note.
    expect(commitmentAsOf(c, '2025-03-05').status).toBe('in_progress');
    const overall = c.history.filter((u) => u.party === null);
    expect(overall.length).toBeGreaterThan(1);
    expect(overall.at(-1)!.note).toMatch(/^Overall/);
  });

  it('dates each review on or after the last update, by December 2025', () => {
    for (const c of data.commitments) {
      expect(c.reviewedOn, c.slug).not.toBeNull();
      const last = c.history
        .map((u) => u.effectiveOn)
        .sort()
        .at(-1)!;
      expect(c.reviewedOn! >= last, c.slug).toBe(true);
      expect(c.reviewedOn! <= '2025-12-31', c.slug).toBe(true);
    }
  });
});

describe('the follow-up dataset: lineage, disputes, accounts and sub-commitments', () => {
  const meetingStarts = new Map(data.meetings.map((m) => [m.slug, m.startsOn]));

  it('links commitments to their roots and to the later meetings that restated them', () => {
    const minerals = commitment('critical-minerals-supply-chains');
    expect(
      minerals.lineage.filter((l) => l.relation === 'builds_on').map((l) => l.meeting),
    ).toEqual(['japan-us-summit-tokyo-2022', 'us-japan-critical-minerals-agreement-2023']);
    const restatedAt = new Set(
      data.commitments.flatMap((c) =>
        c.lineage.filter((l) => l.relation === 'restated_in').map((l) => l.meeting),
      ),
    );
    for (const m of [
      'g7-hiroshima-summit-2023',
      'camp-david-summit-2023',
      'global-partners-for-the-future-2024',
      'us-japan-2plus2-tokyo-2024',
      'lima-trilateral-summit-2024',
      'trump-ishiba-summit-2025',
      'trump-takaichi-summit-2025',
    ]) {
      expect(restatedAt.has(m), m).toBe(true);
    }
    // Only the two commitments whose later steps are domestic decisions have no link.
    const unlinked = data.commitments
      .filter((c) => c.parent === null && c.lineage.length === 0)
      .map((c) => c.slug)
      .sort();
    expect(unlinked).toEqual(['support-micron-hiroshima-plant', 'tokyo-startup-hub-with-mit']);
  });

  it('dates each link on its meeting: a root before 18 May 2023, a restatement after', () => {
    for (const c of data.commitments) {
      for (const l of c.lineage) {
        const starts = meetingStarts.get(l.meeting)!;
        expect(l.on >= starts, `${c.slug} ${l.meeting}`).toBe(true);
        if (l.relation === 'builds_on') expect(l.on < '2023-05-18', c.slug).toBe(true);
        else expect(l.on > '2023-05-18', c.slug).toBe(true);
      }
    }
  });

  it('records the WSJ report and Japan’s denial on China and Taiwan, unresolved', () => {
    for (const slug of ['counter-china-coercion', 'taiwan-strait-peace-and-stability']) {
      const d = commitment(slug).disputes.find((x) => /Takaichi/.test(x.topic));
      expect(d, slug).toBeDefined();
      expect(d!.resolved).toBe(false);
      expect(d!.claims.map((k) => k.quote?.text)).toEqual([
        'advised her not to provoke Beijing',
        'There is no such fact',
      ]);
    }
  });

  it('keeps the disputes the dossier lists', () => {
    const topics = (slug: string) =>
      commitment(slug)
        .disputes.map((d) => d.topic)
        .join('\n');
    expect(topics('support-micron-hiroshima-plant')).toMatch(/192 billion/);
    expect(topics('quantum-and-chip-partnerships')).toMatch(/IBM and Google/);
    expect(topics('us-extended-nuclear-deterrence')).toMatch(/guidelines/);
    expect(topics('g7-nuclear-disarmament-and-economic-security')).toMatch(/Hiroshima Vision/);
    expect(topics('continue-supporting-ukraine')).toMatch(/accord/);
    expect(topics('trilateral-meeting-with-south-korea')).toMatch(/first/);
    expect(topics('tokyo-startup-hub-with-mit')).toMatch(/site/);
    expect(topics('tokyo-startup-hub-with-mit')).toMatch(/budget/);
  });

  it('shows each government’s account of six topics side by side, each quote one side’s words', () => {
    const meeting = data.meetings.find((m) => m.slug === 'kishida-biden-hiroshima-2023')!;
    expect(meeting.accounts.map((a) => a.topic)).toEqual([
      'China',
      'Extended deterrence',
      'South Korea',
      'Taiwan',
      'Technology',
      'Nuclear disarmament',
    ]);
    for (const a of meeting.accounts) {
      const parties = a.quotes.map((q) => q.attribution.party);
      expect(parties, a.topic).toContain('us');
      expect(parties, a.topic).toContain('jp');
      for (const q of a.quotes) expect(q.attribution.kind, q.text).toBe('government_readout');
    }
  });

  it('presents no quote from the day as both governments’ words: there was no joint statement', () => {
    const joint = data.commitments
      .filter((c) => c.meeting === 'kishida-biden-hiroshima-2023')
      .flatMap((c) => c.quotes)
      .filter(
        (q) => q.attribution.kind === 'joint_statement' && /governments/.test(q.attribution.who),
      );
    expect(joint).toEqual([]);
  });

  it('records the October 2025 framework’s dated steps as sub-commitments of the minerals pledge', () => {
    const ministerial = commitment('us-japan-minerals-investment-ministerial');
    expect(ministerial).toMatchObject({
      parent: 'critical-minerals-supply-chains',
      meeting: 'trump-takaichi-summit-2025',
      target: { date: '2026-04-01', precision: 'month', qualifier: 'by' },
    });
    expect(commitmentAsOf(ministerial, '2025-12-31').status).toBe('not_yet_rated');
    expect(commitment('us-japan-minerals-project-financing').parent).toBe(
      'critical-minerals-supply-chains',
    );
  });
});

describe('the follow-up dataset in the database', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function loadCommitment(slug: string) {
    const [row] = await handle.db
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.slug, slug));
    return (await loadRecord(handle.db, 'commitment', row!.id))!.data;
  }

  it('stores the Ukraine party tracks, the lineage and the disputes through the write path', async () => {
    const ukraine = await loadCommitment('continue-supporting-ukraine');
    expect(partyTracks(ukraine.history).map((t) => t.party)).toEqual(['jp', 'us']);
    const expected = commitment('continue-supporting-ukraine');
    expect(ukraine.lineage).toEqual(expected.lineage);
    expect(ukraine.disputes).toEqual(expected.disputes);
    expect(ukraine.reviewedOn).toBe(expected.reviewedOn);
  });

  it('stores the accounts on the meeting and the sub-commitment under its parent', async () => {
    const [row] = await handle.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.slug, 'kishida-biden-hiroshima-2023'));
    const meeting = (await loadRecord(handle.db, 'meeting', row!.id))!.data;
    expect(meeting.accounts).toEqual(
      data.meetings.find((m) => m.slug === 'kishida-biden-hiroshima-2023')!.accounts,
    );
    const sub = await loadCommitment('us-japan-minerals-investment-ministerial');
    expect(sub.parent).toBe('critical-minerals-supply-chains');
  });
});
