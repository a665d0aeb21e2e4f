import { customType } from 'drizzle-orm/pg-core';

/**
 * A PostgreSQL `tsvector`: the words of a row as full-text search sees them. Only ever a
 * generated column (see `searchVector`); the application never reads or writes it.
 */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'tsvector';
  },
});

/**
 * The text search configuration every search document and query uses. Documents and queries
 * must agree on it, so it lives here: `english` stems ("chips" finds "chip") and drops
 * English stop words. It exists on every PostgreSQL and on PGlite.
 */
export const SEARCH_CONFIG = 'english';
