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

/** "quotes.0.attribution.who" → "Quotes 1 › Attribution › Who". */
export function humanizePath(path: string): string {
  if (path === '') return 'Record';
  return segments(path)
    .map((key) => {
      if (/^\d+$/.test(key)) return String(Number(key) + 1);
      const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      return words.charAt(0).toUpperCase() + words.slice(1);
    })
    .join(' › ')
    .replace(/ › (\d+)/g, ' $1');
}

/** A value as a short line of text for tables of differences. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : JSON.stringify(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
