/** The four reference record types an editor manages beside commitments, and their words. */
export const REFERENCE_TYPES = {
  meeting: { path: '/admin/meetings', one: 'meeting', many: 'meetings', titleLabel: 'Title' },
  party: { path: '/admin/parties', one: 'party', many: 'parties', titleLabel: 'Name' },
  source: { path: '/admin/sources', one: 'source', many: 'sources', titleLabel: 'Title' },
  theme: { path: '/admin/themes', one: 'theme', many: 'themes', titleLabel: 'Title' },
} as const;

export type ReferenceType = keyof typeof REFERENCE_TYPES;

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Select options from a vocabulary without definitions: "news_report" → "News report". */
export function optionsOfValues(values: readonly string[]) {
  return values.map((value) => ({ value, label: capitalize(value.replace(/_/g, ' ')) }));
}

/** A route segment `[id]` as a record id, or null when it is not one. */
export function parseRecordId(segment: string): number | null {
  if (!/^\d{1,10}$/.test(segment)) return null;
  const id = Number(segment);
  return id > 0 && id <= 2_147_483_647 ? id : null;
}
