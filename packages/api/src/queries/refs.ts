import { type AttributionKind, TRANSLATION_LOCALES, translationsView } from '@accord/domain';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * A record named on another record's page: a commitment's theme and meeting, a meeting's parent
 * and children, a sub-commitment, the party of a track or of a quote's speaker. Readers of
 * another language get the name in that language from the named record's own translations
 * (docs/i18n.md), each marked stale when its English changed since, like every translation.
 */

/**
 * Only some translated fields of a jsonb `translations` column, per locale, renamed as the view
 * names them (`{ partyName: 'name' }`): a theme's Japanese brief or a meeting's context stays
 * in the database when a list needs only the title. The keys are our own constants, never
 * client input.
 */
export function translatedFields(column: AnyColumn, fields: Record<string, string>): SQL<unknown> {
  const key = (name: string) => {
    if (!/^[a-zA-Z]+$/.test(name)) throw new Error(`Not a translated field name: ${name}`);
    return sql.raw(`'${name}'`);
  };
  const perLocale = TRANSLATION_LOCALES.map((locale) => {
    const entries = Object.entries(fields).map(
      ([as, stored]) => sql`${key(as)}, ${column} -> ${key(locale)} -> ${key(stored)}`,
    );
    return sql`${key(locale)}, jsonb_build_object(${sql.join(entries, sql`, `)})`;
  });
  return sql<unknown>`jsonb_build_object(${sql.join(perLocale, sql`, `)})`;
}

/** The title translations of a theme, meeting or commitment, for a reference to it. */
export const titleTranslations = (column: AnyColumn) =>
  translatedFields(column, { title: 'title' });
/** A party's name and short name translations, for a reference to it. */
export const nameTranslations = (column: AnyColumn) =>
  translatedFields(column, { name: 'name', shortName: 'shortName' });
/** The name translations of a quote's speaker's party, as the attribution names it. */
export const speakerTranslations = (column: AnyColumn) =>
  translatedFields(column, { partyName: 'name' });

/** A reference to a theme, meeting or commitment, with its title in other languages. */
export function refOf<R extends { slug: string; title: string; translations: unknown }>(row: R) {
  return { ...row, translations: translationsView({ title: row.title }, row.translations) };
}

/** A reference to a party, with its names in other languages. */
export function partyRefOf<
  P extends { slug: string; name: string; shortName: string; translations: unknown },
>(row: P) {
  return {
    ...row,
    translations: translationsView({ name: row.name, shortName: row.shortName }, row.translations),
  };
}

/** Who said a quote, with their party's name in other languages. */
export function attributionOf(
  kind: AttributionKind,
  who: string,
  party: string | null,
  partyName: string | null,
  stored: unknown,
) {
  return {
    kind,
    who,
    party,
    partyName,
    translations: partyName === null ? {} : translationsView({ partyName }, stored),
  };
}
