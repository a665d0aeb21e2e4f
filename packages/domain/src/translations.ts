import { z } from 'zod';

/**
 * Translations of a record's own text (docs/i18n.md). The English is the record itself; each
 * other language is an entry of its `translations`, keyed by locale, field by field. Each
 * translated field keeps a fingerprint of the English text it was translated from, so a
 * translation whose English has changed since is known to be older than the English
 * ("stale") without comparing versions: an edit of another field, a status update or a
 * publish does not make it stale.
 */

/** The languages a record's text is translated into. Another is one more entry here. */
export const TRANSLATION_LOCALES = ['ja'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/**
 * A fingerprint of an English text (cyrb53, 53 bits as 14 hex digits): the same in the
 * browser, the server and the seed, synchronous, and enough to notice that a text changed.
 * Not a security hash. The text is trimmed first, as every record schema trims it.
 */
export function textHash(text: string): string {
  const value = text.trim();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

export const TextHash = z
  .string()
  .regex(/^[0-9a-f]{14}$/, 'A text fingerprint is 14 hex digits (textHash)');

/** One translated field: the text, and the fingerprint of the English it translates. */
export function TranslatedText(max: number) {
  return z.strictObject({
    text: z.string().trim().min(1, 'A translation cannot be empty').max(max),
    from: TextHash,
  });
}
export interface TranslatedText {
  text: string;
  from: string;
}

/** A record's translations: for each locale, the translated fields (each optional). */
function translationsOf<F extends Record<string, number>>(fields: F) {
  const entry = z.strictObject(
    Object.fromEntries(
      Object.entries(fields).map(([name, max]) => [name, TranslatedText(max).optional()]),
    ) as { [K in keyof F]: z.ZodOptional<ReturnType<typeof TranslatedText>> },
  );
  return z
    .strictObject(
      Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, entry.optional()])) as {
        [L in TranslationLocale]: z.ZodOptional<typeof entry>;
      },
    )
    .default({});
}

/**
 * The fields of a commitment that are translated, with their English maximum lengths.
 * `targetNote` translates `target.note` (the target's wording), which lives on the same row.
 */
export const COMMITMENT_TRANSLATED = { title: 200, summary: 2000, targetNote: 200 } as const;
/** The fields of a theme that are translated (the brief is Markdown, like the English). */
export const THEME_TRANSLATED = { title: 120, summary: 300, brief: 20_000 } as const;

/** A status update's note (why the status is what it is), like the English's 4,000. */
export const STATUS_UPDATE_TRANSLATED = { note: 4000 } as const;
/** A meeting account's topic and its note on what differs between the governments' words. */
export const MEETING_ACCOUNT_TRANSLATED = { topic: 80, note: 600 } as const;
/** A meeting's title, place, summary and context (Markdown, like the English). */
export const MEETING_TRANSLATED = {
  title: 200,
  place: 200,
  summary: 1000,
  context: 20_000,
} as const;
/** A party's names and description. */
export const PARTY_TRANSLATED = { name: 200, shortName: 40, description: 1000 } as const;
/** A meeting participant's name and office, as a Japanese reader knows them (岸田文雄, 内閣総理大臣). */
export const MEETING_PARTICIPANT_TRANSLATED = { name: 120, office: 120 } as const;
/** A lineage link's note on what the link shows. */
export const LINEAGE_TRANSLATED = { note: 600 } as const;
/** A dispute's topic and our note on which reading we use. */
export const DISPUTE_TRANSLATED = { topic: 200, note: 2000 } as const;
/** One side of a dispute, in our words. */
export const DISPUTE_CLAIM_TRANSLATED = { claim: 400 } as const;

export const CommitmentTranslations = translationsOf(COMMITMENT_TRANSLATED);
export type CommitmentTranslations = z.infer<typeof CommitmentTranslations>;
export const ThemeTranslations = translationsOf(THEME_TRANSLATED);
export type ThemeTranslations = z.infer<typeof ThemeTranslations>;
export const StatusUpdateTranslations = translationsOf(STATUS_UPDATE_TRANSLATED);
export type StatusUpdateTranslations = z.infer<typeof StatusUpdateTranslations>;
export const MeetingAccountTranslations = translationsOf(MEETING_ACCOUNT_TRANSLATED);
export type MeetingAccountTranslations = z.infer<typeof MeetingAccountTranslations>;
export const MeetingTranslations = translationsOf(MEETING_TRANSLATED);
export type MeetingTranslations = z.infer<typeof MeetingTranslations>;
export const PartyTranslations = translationsOf(PARTY_TRANSLATED);
export type PartyTranslations = z.infer<typeof PartyTranslations>;
export const MeetingParticipantTranslations = translationsOf(MEETING_PARTICIPANT_TRANSLATED);
export type MeetingParticipantTranslations = z.infer<typeof MeetingParticipantTranslations>;
export const LineageTranslations = translationsOf(LINEAGE_TRANSLATED);
export type LineageTranslations = z.infer<typeof LineageTranslations>;
export const DisputeTranslations = translationsOf(DISPUTE_TRANSLATED);
export type DisputeTranslations = z.infer<typeof DisputeTranslations>;
export const DisputeClaimTranslations = translationsOf(DISPUTE_CLAIM_TRANSLATED);
export type DisputeClaimTranslations = z.infer<typeof DisputeClaimTranslations>;

/**
 * Where a translated field stands against its English: none yet, translated from an older
 * English text, or translated from the English as it is now. An empty English needs none.
 */
export type TranslationState = 'missing' | 'stale' | 'current';

export function translationState(
  english: string,
  translation: TranslatedText | undefined | null,
): TranslationState {
  if (!translation) return english.trim() === '' ? 'current' : 'missing';
  return translation.from === textHash(english) ? 'current' : 'stale';
}

/** A translated field as readers get it: the text, and whether the English changed since. */
export const TranslatedTextView = z.object({ text: z.string(), stale: z.boolean() });
export type TranslatedTextView = z.infer<typeof TranslatedTextView>;

function viewOf<F extends Record<string, number>>(fields: F) {
  const entry = z.object(
    Object.fromEntries(Object.keys(fields).map((n) => [n, TranslatedTextView.optional()])) as {
      [K in keyof F]: z.ZodOptional<typeof TranslatedTextView>;
    },
  );
  return z.object(
    Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, entry.optional()])) as {
      [L in TranslationLocale]: z.ZodOptional<typeof entry>;
    },
  );
}

export const CommitmentTranslationsView = viewOf(COMMITMENT_TRANSLATED);
export type CommitmentTranslationsView = z.infer<typeof CommitmentTranslationsView>;
/** A theme's translations in lists and cards: the brief is only on its own page. */
export const ThemeSummaryTranslationsView = viewOf({ title: 120, summary: 300 });
export const ThemeTranslationsView = viewOf(THEME_TRANSLATED);
export type ThemeTranslationsView = z.infer<typeof ThemeTranslationsView>;
export const StatusUpdateTranslationsView = viewOf(STATUS_UPDATE_TRANSLATED);
export type StatusUpdateTranslationsView = z.infer<typeof StatusUpdateTranslationsView>;
export const MeetingAccountTranslationsView = viewOf(MEETING_ACCOUNT_TRANSLATED);
export type MeetingAccountTranslationsView = z.infer<typeof MeetingAccountTranslationsView>;
export const MeetingTranslationsView = viewOf(MEETING_TRANSLATED);
/** A meeting's translations in lists: the context is only on its own page. */
export const MeetingSummaryTranslationsView = viewOf({ title: 200, place: 200, summary: 1000 });
export const PartyTranslationsView = viewOf(PARTY_TRANSLATED);
export const MeetingParticipantTranslationsView = viewOf(MEETING_PARTICIPANT_TRANSLATED);
export const LineageTranslationsView = viewOf(LINEAGE_TRANSLATED);
export const DisputeTranslationsView = viewOf(DISPUTE_TRANSLATED);
export const DisputeClaimTranslationsView = viewOf(DISPUTE_CLAIM_TRANSLATED);

/**
 * A record named on another record's page (a commitment's theme and meeting, a meeting's
 * parent, a sub-commitment): its title in other languages, from the named record's own
 * translations, so a Japanese page never names it in English when it has Japanese.
 */
export const RefTranslationsView = viewOf({ title: 200 });
export type RefTranslationsView = z.infer<typeof RefTranslationsView>;
/** A party named on another record's page: its names in other languages. */
export const PartyRefTranslationsView = viewOf({ name: 200, shortName: 40 });
export type PartyRefTranslationsView = z.infer<typeof PartyRefTranslationsView>;
/** The party a quote's speaker speaks for, named in other languages (the words never are). */
export const AttributionTranslationsView = viewOf({ partyName: 200 });
export type AttributionTranslationsView = z.infer<typeof AttributionTranslationsView>;

type Stored = Partial<Record<TranslationLocale, Partial<Record<string, TranslatedText>>>>;
type Viewed<K extends string> = Partial<
  Record<TranslationLocale, Partial<Record<K, TranslatedTextView>>>
>;

/**
 * The readers' view of stored translations: each field's text and whether it is older than
 * `english` now. Only the fields named in `english` are kept (a list leaves the brief out);
 * stored values that are not a translation (an old or hand-edited row) are skipped.
 */
export function translationsView<K extends string>(
  english: Record<K, string>,
  stored: unknown,
): Viewed<K> {
  const out: Viewed<K> = {};
  if (!stored || typeof stored !== 'object') return out;
  for (const locale of TRANSLATION_LOCALES) {
    const entry = (stored as Stored)[locale];
    if (!entry || typeof entry !== 'object') continue;
    const fields: Partial<Record<K, TranslatedTextView>> = {};
    for (const name of Object.keys(english) as K[]) {
      const t = entry[name];
      if (!t || typeof t.text !== 'string' || typeof t.from !== 'string') continue;
      fields[name] = { text: t.text, stale: translationState(english[name], t) === 'stale' };
    }
    if (Object.keys(fields).length > 0) out[locale] = fields;
  }
  return out;
}

/** Translates a field from `english` now: the stored value an editor's save writes. */
export function translate(english: string, text: string): TranslatedText {
  return { text, from: textHash(english) };
}

/**
 * A record's field as a reader of another language is shown it: the translation where there
 * is one (older than the English or not), else the English, and which of the three it is.
 * The exports, the feeds and the theme feed's title read it; the pages add `lang` on top.
 */
export function translatedOr(
  english: string,
  translation: TranslatedTextView | undefined,
): { text: string; state: TranslationState } {
  if (!translation) return { text: english, state: 'missing' };
  return { text: translation.text, state: translation.stale ? 'stale' : 'current' };
}
