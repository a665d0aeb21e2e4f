import { meetings, parties, quotes, sources, themes } from '../schema';

/**
 * The columns of each record's own row, in the names of its domain shape: the one list that
 * `loadRecord` reads and that every view (routers, `packages/api/src/queries/`) extends with
 * its id, joins or counts, or narrows with a destructure. A new column of a record is added
 * here once.
 */

export const partyColumns = {
  slug: parties.slug,
  name: parties.name,
  shortName: parties.shortName,
  kind: parties.kind,
  countryCode: parties.countryCode,
  description: parties.description,
  translations: parties.translations,
};

export const themeColumns = {
  slug: themes.slug,
  title: themes.title,
  summary: themes.summary,
  brief: themes.brief,
  position: themes.position,
  translations: themes.translations,
};

export const sourceColumns = {
  slug: sources.slug,
  title: sources.title,
  publisher: sources.publisher,
  url: sources.url,
  publishedOn: sources.publishedOn,
  kind: sources.kind,
  language: sources.language,
  description: sources.description,
  reliability: sources.reliability,
};

/**
 * A source as every public view cites it (SourceRef): who, where, when, how reliable, and in
 * which language (a quote carries it as its lang attribute).
 */
export const sourceRefColumns = {
  slug: sourceColumns.slug,
  title: sourceColumns.title,
  publisher: sourceColumns.publisher,
  url: sourceColumns.url,
  publishedOn: sourceColumns.publishedOn,
  reliability: sourceColumns.reliability,
  language: sourceColumns.language,
};

/** A meeting's own columns; its parent (by slug) and participants are joined by the reader. */
export const meetingColumns = {
  slug: meetings.slug,
  title: meetings.title,
  kind: meetings.kind,
  startsOn: meetings.startsOn,
  endsOn: meetings.endsOn,
  place: meetings.place,
  summary: meetings.summary,
  context: meetings.context,
  translations: meetings.translations,
};

/** A quote's words and attribution; readers add its source, speaker or commitment. */
export const quoteColumns = {
  text: quotes.text,
  form: quotes.form,
  kind: quotes.attributionKind,
  who: quotes.attributedTo,
};
