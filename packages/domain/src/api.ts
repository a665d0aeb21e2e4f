import { z } from 'zod';
import { AsOfDate } from './as-of';
import { IsoDate, Timestamp } from './dates';
import { Attribution, Meeting, Party, Slug, Source, Theme } from './records';
import { COMMITMENT_STATUSES, CommitmentStatus } from './status';
import { japaneseSearchTerms, SEARCH_MAX_TERMS } from './japanese-search';
import { TargetDate } from './target-date';
import {
  AttributionTranslationsView,
  CommitmentTranslationsView,
  DisputeClaimTranslationsView,
  DisputeTranslationsView,
  LineageTranslationsView,
  MeetingAccountTranslationsView,
  MeetingParticipantTranslationsView,
  MeetingSummaryTranslationsView,
  MeetingTranslationsView,
  PartyRefTranslationsView,
  PartyTranslationsView,
  RefTranslationsView,
  StatusUpdateTranslationsView,
  ThemeSummaryTranslationsView,
  ThemeTranslationsView,
} from './translations';
import { CommitmentStrength, LineageRelation, PartyRole, QuoteForm } from './vocabulary';

/**
 * Shapes the API accepts and returns. The API validates its input and output with these,
 * and web forms use the same schemas, so a field means one thing everywhere.
 */

// ---- pagination -------------------------------------------------------------------------

const CURSOR_PREFIX = 'c1.';

/** An opaque keyset cursor: the internal position of the last item of a page. */
export function encodeCursor(position: number): string {
  const base64 = btoa(String(position));
  return CURSOR_PREFIX + base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The position inside a cursor, or null when the cursor was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): number | null {
  if (!cursor.startsWith(CURSOR_PREFIX)) return null;
  const body = cursor.slice(CURSOR_PREFIX.length);
  if (!/^[A-Za-z0-9_-]{1,24}$/.test(body)) return null;
  let text: string;
  try {
    text = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  if (!/^[1-9][0-9]{0,15}$/.test(text)) return null;
  const position = Number(text);
  return Number.isSafeInteger(position) ? position : null;
}

export const Cursor = z
  .string()
  .max(64, 'The cursor is malformed')
  .refine(
    (c) => decodeCursor(c) !== null,
    'The cursor is malformed: pass back nextCursor unchanged',
  );

export const PageInput = z.object({
  cursor: Cursor.nullish(),
  // Coerced so `?limit=5` in a REST query string means the same as `{ "limit": 5 }`.
  limit: z.coerce.number<number>().int().min(1).max(100).default(20),
});

/** Any list's page request; no input at all means the first page. */
export const ListInput = PageInput.strict().prefault({});
export type ListInput = z.input<typeof ListInput>;

/**
 * The meetings' list: newest first (`order` left out), or by how many published commitments
 * each holds, most first, the newest first among equals (`commitments`: the home page's main
 * meeting is the first of it).
 */
export const MeetingListInput = PageInput.extend({
  order: z.enum(['newest', 'commitments']).default('newest'),
})
  .strict()
  .prefault({});
export type MeetingListInput = z.input<typeof MeetingListInput>;

/**
 * A yes/no filter that is a JSON boolean over tRPC and `true`/`false` in a REST query string
 * (plain coercion would read the string "false" as true).
 */
const QueryBoolean = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((value) => value === true || value === 'true');

export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * A page of a catalog list (themes, meetings, parties, sources), which also says how many
 * items the whole list holds: an index can say "10,000 in all" without reading every page.
 * The commitments list has no total: it is filtered and grows without bound, and counting it
 * would cost every page a pass over the matches.
 */
export function CatalogPage<T extends z.ZodType>(item: T) {
  return Page(item).extend({ total: z.number().int().min(0) });
}

// ---- shared pieces ------------------------------------------------------------------------

export const SlugInput = z.object({ slug: Slug }).strict();

export const StatusCounts = z.object(
  Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<
    CommitmentStatus,
    z.ZodNumber
  >,
);
export type StatusCounts = z.infer<typeof StatusCounts>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** A record named on another's page: its slug, title and the title in other languages. */
const Ref = z.object({ slug: Slug, title: z.string(), translations: RefTranslationsView });

export const PartyRef = z.object({
  slug: Slug,
  name: z.string(),
  shortName: z.string(),
  /** Its names in other languages, each marked stale when the English changed since. */
  translations: PartyRefTranslationsView,
});

// ---- themes -----------------------------------------------------------------------------

export const ThemeSummary = Theme.omit({ brief: true, translations: true }).extend({
  /** Its title and summary in other languages, each marked stale when the English changed. */
  translations: ThemeSummaryTranslationsView,
  commitmentCount: z.number().int().min(0),
  statusCounts: StatusCounts,
});
export type ThemeSummary = z.infer<typeof ThemeSummary>;

// ---- search -------------------------------------------------------------------------------

/** The longest search a reader may type, in characters: longer is a 400 that says so. */
export const SEARCH_MAX_LENGTH = 200;
/** How far ranked search results can be paged: the first this many, then refine the words. */
export const SEARCH_MAX_RESULTS = 500;

/**
 * Words to search for, as a reader types them: any text at all is a valid search (quotes
 * make a phrase, `or` an alternative, `-word` an exclusion; everything else is a word), so
 * only its length can be refused here. Blank means no search. (Text the database cannot
 * take, a NUL or half a surrogate pair, is refused with a 400 before any schema runs, as
 * for every input: storable-text.ts in @accord/api.)
 */
export const SearchQuery = z
  .string()
  .max(SEARCH_MAX_LENGTH, `Search for at most ${SEARCH_MAX_LENGTH} characters`)
  .transform((text) => {
    const clean = text.trim();
    return clean === '' ? undefined : clean;
  });

/** A piece of a highlighted text: the words that matched the search have `match: true`. */
export const HighlightSegment = z.object({ text: z.string(), match: z.boolean() });
export type HighlightSegment = z.infer<typeof HighlightSegment>;

/** Why a commitment matched a search, with the matching words marked. */
export const SearchMatch = z.object({
  /** Relevance; higher first. Only comparable within one search. */
  rank: z.number(),
  title: z.array(HighlightSegment),
  /** A passage of the summary, or of a quote when the words are in a quote. */
  excerpt: z.array(HighlightSegment),
  excerptFrom: z.enum(['summary', 'quote']),
  /**
   * The language of `title` and of `excerpt`: with `lang=ja`, the Japanese translation where
   * there is one (its matching characters marked), else the English record.
   */
  titleLang: z.enum(['en', 'ja']),
  excerptLang: z.enum(['en', 'ja']),
});
export type SearchMatch = z.infer<typeof SearchMatch>;

// ---- commitments ------------------------------------------------------------------------

export const CommitmentListInput = PageInput.extend({
  /**
   * Words to search for in titles, summaries, tags, quotes and party names (English
   * stemming: "chips" finds "chip"). With it the page is ranked by relevance, best first.
   */
  q: SearchQuery.optional(),
  /**
   * The reader's language for `q`: `ja` also searches the Japanese translations of titles and
   * summaries by character pairs (so 半導体 is found), ranks those matches first and answers
   * their Japanese text highlighted. English words still match the English records.
   */
  lang: z.enum(['en', 'ja']).optional(),
  theme: Slug.optional(),
  status: CommitmentStatus.optional(),
  party: Slug.optional(),
  meeting: Slug.optional(),
  /** Only commitments past their target date and not delivered or abandoned (as of today). */
  overdue: QueryBoolean.optional(),
  /**
   * Read the dataset as it stood at the end of this day: statuses, overdue flags and filters
   * use only the updates that had taken effect, and commitments made later are absent.
   */
  asOf: AsOfDate.optional(),
})
  .strict()
  .superRefine((input, ctx) => {
    // A Japanese search is one term per pair of characters: bounded like the length.
    // (Zod runs this even when q failed its own length check: that one error is enough.)
    if (input.lang !== 'ja' || typeof input.q !== 'string') return;
    if (input.q.length > SEARCH_MAX_LENGTH) return;
    if (japaneseSearchTerms(input.q).termCount > SEARCH_MAX_TERMS) {
      ctx.addIssue({
        code: 'custom',
        path: ['q'],
        message: `Search for at most ${SEARCH_MAX_TERMS} terms: in Japanese, every two characters of a word are one term`,
      });
    }
  });
export type CommitmentListInput = z.input<typeof CommitmentListInput>;

export const CommitmentListItem = z.object({
  slug: Slug,
  title: z.string(),
  summary: z.string(),
  strength: CommitmentStrength,
  status: CommitmentStatus,
  theme: Ref,
  meeting: Ref.extend({ startsOn: IsoDate }),
  parties: z.array(PartyRef.extend({ role: PartyRole })),
  target: TargetDate.nullable(),
  overdue: z.boolean(),
  /** The day the status took effect ("Delivered, 21 May 2023"); null while not yet rated. */
  statusSince: IsoDate.nullable(),
  /** The last day an editor reviewed it: its review date or its last update. */
  lastReviewedOn: IsoDate.nullable(),
  tags: z.array(z.string()),
  updatedAt: Timestamp,
  /**
   * Its title and summary in other languages (`{ ja: { title: { text, stale } } }`): a field
   * is absent until translated; `stale` when the English changed after the translation.
   */
  translations: CommitmentTranslationsView,
  /** Only in answers to a search (`q`): why it matched, with the words highlighted. */
  search: SearchMatch.optional(),
});
export type CommitmentListItem = z.infer<typeof CommitmentListItem>;

export const CommitmentPage = Page(CommitmentListItem);
export type CommitmentPage = z.infer<typeof CommitmentPage>;

export const SourceRef = Source.pick({
  slug: true,
  title: true,
  publisher: true,
  url: true,
  publishedOn: true,
  reliability: true,
  // What language it is written in: a quote from it carries it as its lang attribute.
  language: true,
});

/**
 * Who said a quote, with the name of the party they speak for (`partyName`) and that name in
 * other languages. `who` stays in the source's words, like the quote.
 */
const AttributionView = Attribution.extend({
  partyName: z.string().nullable(),
  translations: AttributionTranslationsView,
});

export const QuoteView = z.object({
  id: z.number().int(),
  text: z.string(),
  form: QuoteForm,
  attribution: AttributionView,
  source: SourceRef,
});
export type QuoteView = z.infer<typeof QuoteView>;

export const StatusUpdateView = z.object({
  id: z.number().int(),
  effectiveOn: IsoDate,
  status: CommitmentStatus,
  note: z.string(),
  author: z.string(),
  sources: z.array(SourceRef),
  /** The party this update assesses (a per-party track); null for the overall status. */
  party: PartyRef.nullable(),
  /** The note in other languages: its text, and whether the English changed since. */
  translations: StatusUpdateTranslationsView,
});
export type StatusUpdateView = z.infer<typeof StatusUpdateView>;

export const LineageLinkView = z.object({
  relation: LineageRelation,
  meeting: Ref.extend({ startsOn: IsoDate }),
  on: IsoDate,
  source: SourceRef,
  quote: z.object({ text: z.string(), form: QuoteForm, attribution: AttributionView }).nullable(),
  note: z.string().nullable(),
  /** The note in other languages; the quote is never translated. */
  translations: LineageTranslationsView,
});
export type LineageLinkView = z.infer<typeof LineageLinkView>;

export const DisputeView = z.object({
  topic: z.string(),
  raisedOn: IsoDate,
  note: z.string(),
  resolved: z.boolean(),
  claims: z.array(
    z.object({
      claim: z.string(),
      source: SourceRef,
      quote: z.object({ text: z.string(), attribution: AttributionView }).nullable(),
      /** The claim in other languages; the quote is never translated. */
      translations: DisputeClaimTranslationsView,
    }),
  ),
  /** The topic and note in other languages. */
  translations: DisputeTranslationsView,
});
export type DisputeView = z.infer<typeof DisputeView>;

/** One party's line where the parties' records differ: its latest per-party status. */
export const PartyTrackView = z.object({
  party: PartyRef,
  status: CommitmentStatus,
  statusSince: IsoDate,
});
export type PartyTrackView = z.infer<typeof PartyTrackView>;

export const CommitmentRef = Ref.extend({
  status: CommitmentStatus,
  target: TargetDate.nullable(),
  overdue: z.boolean(),
});
export type CommitmentRef = z.infer<typeof CommitmentRef>;

export const CommitmentDetail = CommitmentListItem.extend({
  quotes: z.array(QuoteView),
  /** Every update (overall and per party), oldest first; as of `asOf` when one was asked. */
  history: z.array(StatusUpdateView),
  /** Per-party tracks, in the order their first update took effect. */
  tracks: z.array(PartyTrackView),
  lineage: z.array(LineageLinkView),
  disputes: z.array(DisputeView),
  /** The commitment this one is a dated part of. */
  parent: CommitmentRef.nullable(),
  /** Dated sub-commitments made later under this one. */
  subCommitments: z.array(CommitmentRef),
  reviewedOn: IsoDate.nullable(),
  /** The day the answer is as of, when one was asked; null for today. */
  asOf: IsoDate.nullable(),
  publishedAt: Timestamp.nullable(),
  version: z.number().int().min(1),
});
export type CommitmentDetail = z.infer<typeof CommitmentDetail>;

/**
 * How many commitments a brief or party page carries; the rest are a cursor away. At 100k
 * commitments a brief holding all of them was tens of megabytes (see bench/README.md). The
 * site's indexes (/meetings, /parties, /sources) show as many items a page.
 */
export const DETAIL_PAGE_SIZE = 50;

/** Reading one record as of a day: the slug and an optional past date. */
export const SlugAsOfInput = z.object({ slug: Slug, asOf: AsOfDate.optional() }).strict();
export type SlugAsOfInput = z.input<typeof SlugAsOfInput>;

/** Status counts at the end of one day: a point of a brief's statuses over time. */
export const StatusTimelinePoint = z.object({ on: IsoDate, counts: StatusCounts });
export type StatusTimelinePoint = z.infer<typeof StatusTimelinePoint>;

export const ThemeDetail = Theme.extend({
  /** Its title, summary and brief in other languages, each marked stale when out of date. */
  translations: ThemeTranslationsView,
  /** Every published commitment of the theme, counted by status. */
  statusCounts: StatusCounts,
  /** The first DETAIL_PAGE_SIZE of them; `nextCursor` continues with commitment.list. */
  commitments: z.array(CommitmentListItem),
  nextCursor: z.string().nullable(),
  /**
   * The theme's status counts at each day a status changed (and at the end), oldest first,
   * at most STATUS_TIMELINE_POINTS points: what a brief draws as its statuses over time.
   */
  timeline: z.array(StatusTimelinePoint),
  asOf: IsoDate.nullable(),
});
export const STATUS_TIMELINE_POINTS = 60;
export type ThemeDetail = z.infer<typeof ThemeDetail>;

// ---- meetings, parties, sources ---------------------------------------------------------

export const MeetingSummary = Meeting.omit({
  context: true,
  participants: true,
  translations: true,
}).extend({
  commitmentCount: z.number().int().min(0),
  /** Its title, place and summary in other languages, as readers get them. */
  translations: MeetingSummaryTranslationsView,
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingDetail = Meeting.omit({
  participants: true,
  parentSlug: true,
  translations: true,
}).extend({
  /** Its title, place, summary and context in other languages, as readers get them. */
  translations: MeetingTranslationsView,
  parent: Ref.nullable(),
  children: z.array(Ref),
  participants: z.array(
    z.object({
      party: PartyRef,
      name: z.string(),
      office: z.string(),
      /** The person's name and office in other languages. */
      translations: MeetingParticipantTranslationsView,
    }),
  ),
  statusCounts: StatusCounts,
  commitments: z.array(CommitmentListItem),
  /** How each government described the meeting, topic by topic. */
  accounts: z.array(
    z.object({
      topic: z.string(),
      note: z.string(),
      quotes: z.array(
        z.object({
          text: z.string(),
          form: QuoteForm,
          attribution: AttributionView,
          source: SourceRef,
        }),
      ),
      /** The topic and note in other languages; the quotes stay in their own words. */
      translations: MeetingAccountTranslationsView,
    }),
  ),
  /** Commitments of other meetings that this meeting restated, or that build on it. */
  lineage: z.array(
    z.object({
      relation: LineageRelation,
      commitment: CommitmentRef.extend({ meeting: Ref }),
      on: IsoDate,
      source: SourceRef,
      quote: z.object({ text: z.string(), attribution: AttributionView }).nullable(),
    }),
  ),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const PartySummary = Party.omit({ translations: true }).extend({
  commitmentCount: z.number().int().min(0),
  /** Its names and description in other languages, as readers get them. */
  translations: PartyTranslationsView,
});
export type PartySummary = z.infer<typeof PartySummary>;

export const PartyDetail = Party.omit({ translations: true }).extend({
  translations: PartyTranslationsView,
  commitmentCount: z.number().int().min(0),
  /** The first DETAIL_PAGE_SIZE; `nextCursor` continues with commitment.list. */
  commitments: z.array(CommitmentListItem),
  nextCursor: z.string().nullable(),
});
export type PartyDetail = z.infer<typeof PartyDetail>;

export const SourceDetail = Source.extend({
  quotes: z.array(
    z.object({
      id: z.number().int(),
      text: z.string(),
      form: QuoteForm,
      attribution: Attribution,
      commitment: Ref,
    }),
  ),
});
export type SourceDetail = z.infer<typeof SourceDetail>;

export const SourceSummary = Source.extend({ quoteCount: z.number().int().min(0) });
export type SourceSummary = z.infer<typeof SourceSummary>;

// ---- pages of the catalog lists -----------------------------------------------------------

export const ThemePage = CatalogPage(ThemeSummary);
export type ThemePage = z.infer<typeof ThemePage>;
export const MeetingPage = CatalogPage(MeetingSummary);
export type MeetingPage = z.infer<typeof MeetingPage>;
export const PartyPage = CatalogPage(PartySummary);
export type PartyPage = z.infer<typeof PartyPage>;
export const SourcePage = CatalogPage(SourceSummary);
export type SourcePage = z.infer<typeof SourcePage>;
