import {
  type AttributionKind,
  type AttributionTranslationsView,
  type Locale,
} from '@accord/domain';
import { translations } from '~/i18n';
import { type ShownText, shownText } from './translated';

/**
 * Whose account a quote belongs to. Words both governments issued together are a joint
 * account; words one government's office, official or leader said are that government's
 * account; the outlet's own reporting is the press's. A quote one government said is therefore
 * never shown under both governments' names.
 */
export interface AttributionLike {
  kind: AttributionKind;
  party: string | null;
  partyName: string | null;
  /** The party's name in other languages. */
  translations?: AttributionTranslationsView;
}

/** The speaker's party's name as a page in `locale` shows it (its slug when it has none). */
function partyNameOf(a: AttributionLike, locale: Locale): ShownText {
  if (a.partyName === null) {
    return { text: a.party ?? '', lang: undefined, translated: false, stale: false };
  }
  return shownText(locale, { partyName: a.partyName, translations: a.translations }, 'partyName');
}

export type AccountKey = 'joint' | `party:${string}` | 'press' | 'other';

export interface AccountGroup<T> {
  key: AccountKey;
  /** "Japan's account", "The United States' account", "Joint statements", "Press reports". */
  heading: string;
  party: string | null;
  items: T[];
}

export function accountKeyOf(a: AttributionLike): AccountKey {
  if (a.kind === 'joint_statement') return 'joint';
  if (a.party !== null) return `party:${a.party}`;
  return a.kind === 'press_report' ? 'press' : 'other';
}

// Names that read with "the" in running English: "the United States", "the Republic of Korea".
const NEEDS_THE =
  /^(United|Republic|Russian Federation|People's|Democratic|Group|European|Kingdom)\b/;

/** "Japan's", "the United States'", as a reader would write them. */
export function possessive(name: string): string {
  const article = NEEDS_THE.test(name) ? 'the ' : '';
  return `${article}${name}${name.endsWith('s') ? "'" : "'s"}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whose something is, ready for a message's `{owner}`: "Japan's", "The United States'" in
 * English (capitalised: it starts the phrase); the name itself in Japanese, where the
 * message adds の.
 */
export function ownerOf(name: string, locale: Locale = 'en'): string {
  return locale === 'en' ? capitalise(possessive(name)) : name;
}

function headingOf(key: AccountKey, a: AttributionLike, locale: Locale): string {
  const t = translations(locale, 'quotes');
  if (key === 'joint') return t('joint');
  if (key === 'press') return t('press');
  if (key === 'other') return t('other');
  return t('account', { owner: ownerOf(partyNameOf(a, locale).text, locale) });
}

const GROUP_ORDER: Record<'joint' | 'party' | 'press' | 'other', number> = {
  joint: 0,
  party: 1,
  press: 2,
  other: 3,
};

function rank(key: AccountKey): number {
  return GROUP_ORDER[key.startsWith('party:') ? 'party' : (key as 'joint' | 'press' | 'other')];
}

/**
 * Quotes grouped by whose account they come from: joint statements first, then each party's
 * account in the order its first quote appears, then press reports and anything else. Quotes
 * keep their order inside a group.
 */
export function groupByAccount<T extends { attribution: AttributionLike }>(
  quotes: readonly T[],
  locale: Locale = 'en',
): AccountGroup<T>[] {
  const groups = new Map<AccountKey, AccountGroup<T>>();
  for (const quote of quotes) {
    const key = accountKeyOf(quote.attribution);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        heading: headingOf(key, quote.attribution, locale),
        party: key.startsWith('party:') ? quote.attribution.party : null,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(quote);
  }
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

export interface AccountColumn {
  key: AccountKey;
  /** The column header: "United States", "Japan", "Both governments", "Press reports". */
  label: string;
  /** The header's language when it is not the page's: a party name with no translation. */
  lang?: 'en';
}

export interface AccountRow<T> {
  topic: string;
  note: string;
  /** One cell per column, in column order; empty when that side said nothing on the topic. */
  cells: T[][];
}

/**
 * "How each side described it" as a table: one column per account that speaks on any topic
 * (each government in the order it first appears, then joint and press accounts), one row
 * per topic.
 */
export function accountsTable<T extends { attribution: AttributionLike }>(
  topics: readonly { topic: string; note: string; quotes: readonly T[] }[],
  locale: Locale = 'en',
): { columns: AccountColumn[]; rows: AccountRow<T>[] } {
  const columns: AccountColumn[] = [];
  for (const topic of topics) {
    for (const q of topic.quotes) {
      const key = accountKeyOf(q.attribution);
      if (columns.some((c) => c.key === key)) continue;
      columns.push({ key, ...columnLabel(key, q.attribution, locale) });
    }
  }
  columns.sort((a, b) => columnRank(a.key) - columnRank(b.key));
  const rows = topics.map((topic) => ({
    topic: topic.topic,
    note: topic.note,
    cells: columns.map((c) => topic.quotes.filter((q) => accountKeyOf(q.attribution) === c.key)),
  }));
  return { columns, rows };
}

function columnLabel(
  key: AccountKey,
  a: AttributionLike,
  locale: Locale,
): { label: string; lang?: 'en' } {
  const t = translations(locale, 'quotes');
  if (key === 'joint') return { label: t('bothGovernments') };
  if (key === 'press') return { label: t('press') };
  if (key === 'other') return { label: t('other') };
  const name = partyNameOf(a, locale);
  return name.lang ? { label: name.text, lang: name.lang } : { label: name.text };
}

// In the table the governments' own accounts come first: they are what is compared.
function columnRank(key: AccountKey): number {
  if (key.startsWith('party:')) return 0;
  return key === 'joint' ? 1 : key === 'press' ? 2 : 3;
}
