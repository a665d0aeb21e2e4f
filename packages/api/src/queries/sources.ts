import { sources } from '@accord/db';

/** A source as every public view cites it (SourceRef), reliability included. */
export const sourceRefColumns = {
  slug: sources.slug,
  title: sources.title,
  publisher: sources.publisher,
  url: sources.url,
  publishedOn: sources.publishedOn,
  reliability: sources.reliability,
};
