import {
  ADMIN_PAGE_MAX,
  AdminCursor,
  AdminQuery,
  CommitmentStatus,
  EditorialState,
  IsoDate,
  Slug,
} from '@accord/domain';
import { z } from 'zod';

/**
 * An admin list's URL: `?q=words&cursor=...` and its filters, read with zod. A value that
 * does not parse (a mangled cursor, an unknown state, `limit=9999`) is dropped, so the page
 * falls back to its default for that filter rather than failing: a bad link is never a 500.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

/** The URL fields every admin list reads. */
export const PAGE_PARAMS = {
  q: AdminQuery,
  cursor: AdminCursor,
  limit: z.coerce.number<string>().int().min(1).max(ADMIN_PAGE_MAX),
};

/** The commitments list's filters (GET form fields), beside the page fields. */
export const COMMITMENT_PARAMS = {
  ...PAGE_PARAMS,
  state: EditorialState,
  theme: Slug,
  meeting: Slug,
  party: Slug,
  status: CommitmentStatus,
  changedSince: IsoDate,
  // A checkbox: present ("on") or absent.
  overdue: z.literal('on').transform(() => true),
};

type Fields = Record<string, z.ZodType>;
type Parsed<F extends Fields> = { [K in keyof F]?: Exclude<z.output<F[K]>, undefined> };

/** Each field of `fields` that the URL gives and that parses; the rest are left out. */
export function parseListParams<F extends Fields>(fields: F, params: SearchParams): Parsed<F> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(fields)) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === '') continue;
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) out[name] = parsed.data;
  }
  return out as Parsed<F>;
}

/** Whether any filter (anything but the page position and size) is set. */
export function isFiltered(params: Record<string, unknown>): boolean {
  return Object.entries(params).some(
    ([name, value]) => name !== 'cursor' && name !== 'limit' && value !== undefined,
  );
}

/** `path?...` with the parsed params, `changes` applied (undefined removes one). */
export function listHref(
  path: string,
  params: Record<string, unknown>,
  changes: Record<string, string | number | boolean | null | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...params, ...changes })) {
    if (value === true) query.set(name, 'on');
    else if (typeof value === 'string' || typeof value === 'number') {
      if (value !== '') query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
