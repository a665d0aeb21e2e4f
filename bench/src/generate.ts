import {
  ATTRIBUTION_KINDS,
  canMoveStatus,
  type Commitment,
  COMMITMENT_STATUSES,
  COMMITMENT_STRENGTHS,
  type CommitmentStatus,
  type DatePrecision,
  type Meeting,
  MEETING_KINDS,
  type Party,
  PARTY_ROLES,
  type Source,
  SOURCE_KINDS,
  type StatusUpdate,
  type TargetDate,
  type Theme,
} from '@accord/domain';
import { type Dataset } from '@accord/db';

/** Deterministic PRNG (mulberry32): the same seed gives the same dataset on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof createRandom>;

export const DEFAULT_SEED = 20230518;
/**
 * Bumped whenever the generator's output changes, so cached bench databases are rebuilt.
 * 2: the loader writes each record's version-1 revision. Reloading 100k takes minutes; the
 * baseline data migration on a v1 database would read every record (about 15 ms each on
 * PGlite, so half an hour).
 */
export const GENERATOR_VERSION = 2;

const WORDS = [
  'supply',
  'chain',
  'security',
  'semiconductor',
  'research',
  'energy',
  'transition',
  'export',
  'controls',
  'quantum',
  'talent',
  'exchange',
  'maritime',
  'cooperation',
  'minerals',
  'processing',
  'investment',
  'resilience',
  'health',
  'climate',
  'finance',
  'infrastructure',
  'digital',
  'standards',
  'space',
  'fisheries',
  'reconstruction',
  'humanitarian',
  'training',
  'deterrence',
] as const;
const VERBS = ['Expand', 'Launch', 'Fund', 'Coordinate', 'Strengthen', 'Review', 'Establish'];
const PUBLISHERS = ['Kyodo', 'Nikkei Asia', 'Reuters', 'The Japan Times', 'AP', 'Yonhap', null];
const OFFICES = ['Prime Minister', 'President', 'Foreign Minister', 'Trade Minister'];

function sentence(rnd: Random, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(rnd.pick(WORDS));
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function isoDay(base: Date, days: number): string {
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function pad(n: number, width = 6): string {
  return String(n).padStart(width, '0');
}

export interface GenerateOptions {
  /** Number of commitments. */
  commitments: number;
  seed?: number;
  /** Share of commitments left as drafts (for the editor and publish scenarios). */
  draftShare?: number;
}

/** How many of each record a dataset of `n` commitments has: shapes grow with the count. */
export function datasetShape(n: number) {
  return {
    themes: 12,
    meetings: Math.max(2, Math.ceil(n / 50)),
    parties: 40 + Math.ceil(n / 1000),
    sources: Math.max(10, Math.ceil(n / 10)),
  };
}

export const themeSlug = (i: number) => `bench-theme-${i + 1}`;
export const partySlug = (i: number) => `bench-party-${i + 1}`;
export const meetingSlug = (i: number) => `bench-meeting-${pad(i + 1, 5)}`;
export const commitmentSlug = (i: number) => `bench-c-${pad(i + 1)}`;

/**
 * A synthetic dataset in the seed's shape: meetings (with a parent summit), themes with
 * briefs, parties, sources, and commitments with parties, quotes and a valid status history.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const n = options.commitments;
  const rnd = createRandom(options.seed ?? DEFAULT_SEED);
  const draftShare = options.draftShare ?? 0.05;
  const shape = datasetShape(n);
  const start = new Date('2019-01-01T00:00:00Z');

  const parties: Party[] = Array.from({ length: shape.parties }, (_, i) => ({
    slug: partySlug(i),
    name: `Bench party ${i + 1}`,
    shortName: `BP${i + 1}`,
    kind: i < 30 ? 'country' : rnd.pick(['organisation', 'company', 'university'] as const),
    countryCode:
      i < 30 ? String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + ((i * 7) % 26)) : null,
    description: rnd.next() < 0.5 ? sentence(rnd, 8) : null,
    // No translations, and no random draw for them: the generated data stays the same.
    translations: {},
  }));

  const themes: Theme[] = Array.from({ length: shape.themes }, (_, i) => ({
    slug: themeSlug(i),
    title: `Bench theme ${i + 1}: ${rnd.pick(WORDS)}`,
    summary: sentence(rnd, 14),
    brief: Array.from({ length: 4 }, () => sentence(rnd, 40)).join('\n\n'),
    position: i + 1,
    // No translations (no random draw either, so the generated data stays the same).
    translations: {},
  }));

  const meetings: Meeting[] = Array.from({ length: shape.meetings }, (_, i) => {
    const startsOn = isoDay(start, Math.floor((i / shape.meetings) * 1800));
    const isSummit = i % 10 === 0;
    return {
      slug: meetingSlug(i),
      title: `${isSummit ? 'Summit' : 'Talks'} ${i + 1} on ${rnd.pick(WORDS)}`,
      kind: isSummit ? 'summit' : rnd.pick(MEETING_KINDS),
      startsOn,
      endsOn: startsOn,
      place: `City ${(i % 97) + 1}`,
      parentSlug: isSummit ? null : meetingSlug(i - (i % 10)),
      summary: sentence(rnd, 30),
      context: rnd.next() < 0.3 ? sentence(rnd, 60) : '',
      participants: [0, 1].map((k) => ({
        party: partySlug((i + k * 7) % 30),
        name: `Leader ${((i + k) % 50) + 1}`,
        office: rnd.pick(OFFICES),
        translations: {},
      })),
      accounts: [],
      translations: {},
    };
  });

  const sources: Source[] = Array.from({ length: shape.sources }, (_, i) => ({
    slug: `bench-source-${pad(i + 1)}`,
    title: `Report ${i + 1}: ${sentence(rnd, 6)}`,
    publisher: rnd.pick(PUBLISHERS),
    url: `https://example.org/bench/${i + 1}`,
    publishedOn: isoDay(start, Math.floor((i / shape.sources) * 1800)),
    kind: rnd.pick(SOURCE_KINDS),
    language: 'en',
    description: null,
    reliability: 'standard',
  }));

  const today = new Date();
  const commitments: Commitment[] = [];
  for (let i = 0; i < n; i++) {
    const meetingIndex = Math.floor((i / n) * shape.meetings);
    const meeting = meetings[meetingIndex]!;
    const partyCount = rnd.int(1, 3);
    const partyIndexes = new Set<number>();
    while (partyIndexes.size < partyCount) {
      // Skewed: a few parties are in many commitments, as real countries are.
      partyIndexes.add(rnd.next() < 0.6 ? rnd.int(0, 9) : rnd.int(0, shape.parties - 1));
    }
    const sourceFor = () => sources[rnd.int(0, shape.sources - 1)]!.slug;
    const history: StatusUpdate[] = [];
    let status: CommitmentStatus = 'not_yet_rated';
    const meetingDay = new Date(`${meeting.startsOn}T00:00:00Z`);
    let day = 30;
    const steps = rnd.int(0, 3);
    for (let s = 0; s < steps; s++) {
      const from: CommitmentStatus = status;
      const moves: CommitmentStatus[] = COMMITMENT_STATUSES.filter(
        (to) => to !== from && canMoveStatus(from, to),
      );
      if (moves.length === 0) break;
      const effective = new Date(meetingDay.getTime() + day * 86_400_000);
      if (effective >= today) break;
      status = rnd.pick(moves);
      history.push({
        effectiveOn: effective.toISOString().slice(0, 10),
        status,
        note: sentence(rnd, 20),
        sources: [sourceFor()],
        author: 'Bench editors',
        party: null,
        translations: {},
      });
      day += rnd.int(30, 200);
    }
    let target: TargetDate | null = null;
    if (rnd.next() < 0.6) {
      const precision = rnd.pick<DatePrecision>(['day', 'month', 'quarter', 'year']);
      const year = 2020 + rnd.int(0, 10);
      const month =
        precision === 'year'
          ? 1
          : precision === 'quarter'
            ? rnd.pick([1, 4, 7, 10])
            : rnd.int(1, 12);
      const dayOfMonth = precision === 'day' ? rnd.int(1, 28) : 1;
      target = {
        date: `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`,
        precision,
        qualifier: rnd.pick(['by', 'on', 'not_before', 'around'] as const),
        note: null,
      };
    }
    commitments.push({
      slug: commitmentSlug(i),
      meeting: meeting.slug,
      // Themes are uneven (the first few hold most), so theme pages differ in size.
      theme: themes[Math.min(shape.themes - 1, Math.floor(rnd.next() ** 1.5 * shape.themes))]!.slug,
      tags: rnd.next() < 0.3 ? [rnd.pick(WORDS)] : [],
      title: `${rnd.pick(VERBS)} ${rnd.pick(WORDS)} ${rnd.pick(WORDS)} (${i + 1})`,
      summary: Array.from({ length: rnd.int(1, 3) }, () => sentence(rnd, 25)).join(' '),
      strength: rnd.pick(COMMITMENT_STRENGTHS),
      parties: [...partyIndexes].map((p, k) => ({
        party: partySlug(p),
        role: k === 0 ? 'committer' : rnd.pick(PARTY_ROLES),
      })),
      target,
      translations: {},
      editorialState: rnd.next() < draftShare ? 'draft' : 'published',
      quotes: Array.from({ length: rnd.int(1, 3) }, () => {
        const speaker = rnd.next() < 0.7 ? partySlug([...partyIndexes][0]!) : null;
        return {
          text: sentence(rnd, rnd.int(6, 18)),
          form: rnd.pick(['verbatim', 'reported'] as const),
          attribution: {
            kind: rnd.pick(ATTRIBUTION_KINDS),
            who: speaker ? 'a government official' : 'diplomatic sources',
            party: speaker,
          },
          source: sourceFor(),
        };
      }),
      history,
      // The tracking fields stay empty: generator version 1's data, comparable across runs.
      parent: null,
      reviewedOn: null,
      lineage: [],
      disputes: [],
    });
  }
  return { parties, themes, meetings, sources, commitments };
}
