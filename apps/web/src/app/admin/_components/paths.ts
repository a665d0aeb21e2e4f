/**
 * Reading and writing a form's data by dotted path ("quotes.2.attribution.who"), the same
 * paths the domain schemas and `diffRecords` report, so an error lands beside its field.
 */

function segments(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

export function getAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of segments(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of `data` with the value at `path` replaced; untouched branches are shared. */
export function setAt<T>(data: T, path: string, next: unknown): T {
  const keys = segments(path);
  if (keys.length === 0) return next as T;
  const [head, ...rest] = keys as [string, ...string[]];
  const inner = getAt(data, head);
  const value = rest.length === 0 ? next : setAt(inner, rest.join('.'), next);
  if (Array.isArray(data)) {
    const copy = [...(data as unknown[])];
    copy[Number(head)] = value;
    return copy as T;
  }
  return { ...(data as Record<string, unknown>), [head]: value } as T;
}

const isIndex = (key: string) => /^\d+$/.test(key);

/** "reviewedOn" → "Reviewed on". */
function humanizeKey(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "quotes.0.attribution.who" → "Quotes 1 › Attribution › Who". */
export function humanizePath(path: string): string {
  return labelPath(path, {});
}

/** How a form names its fields, for paths the schemas and `diffRecords` report. */
export interface PathWords {
  /**
   * A field's label. "list.field" names a field inside that list's rows or that object
   * ("history.party" → "Assesses party", "attribution.party" → "Speaker’s party").
   */
  names?: Record<string, string>;
  /** One row of a list: "quotes" → "Quote", so "quotes.1" reads "Quote 2". */
  rows?: Record<string, string>;
  /** Objects whose fields carry their own labels ("attribution"): left out between. */
  silent?: readonly string[];
  separator?: string;
}

/**
 * A path as the form labels it, for the error summary, the conflict table and the history
 * comparison: "disputes.0.claims.1.source" → "Dispute 1: Claim 2: Source" (with words).
 * Keys without words are humanized.
 */
export function labelPath(path: string, words: PathWords): string {
  const { names = {}, rows = {}, silent = [], separator = ' › ' } = words;
  const parts = segments(path);
  const out: string[] = [];
  let context = '';
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const next = parts[i + 1];
    if (isIndex(key)) {
      out.push(String(Number(key) + 1));
      continue;
    }
    if (next !== undefined && isIndex(next)) {
      const row = rows[key] ?? names[key] ?? humanizeKey(key);
      out.push(`${row} ${Number(next) + 1}`);
      context = key;
      i++;
      continue;
    }
    if (next !== undefined && silent.includes(key)) {
      context = key;
      continue;
    }
    out.push(names[`${context}.${key}`] ?? names[key] ?? humanizeKey(key));
    context = key;
  }
  return out.join(separator) || 'Record';
}

/** A value as a short line of text for tables of differences. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : JSON.stringify(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
