import 'server-only';
import { createCaller, createContext } from '@accord/api';
import { type IsoDate, type SlugAsOfInput } from '@accord/domain';
import { getDb } from '@accord/db';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireViewer } from './auth';
import { publicDataChanged } from '../edge/invalidate';

/** The API, called in-process: server components use the same procedures as clients. */
export const api = cache(async () => {
  const { db } = await getDb();
  return createCaller(createContext({ db }));
});

/**
 * The API as the signed-in editor, for admin pages (server actions and components). Not
 * signed in: a redirect to sign-in that returns to `returnTo`.
 */
export async function editorApi(returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const { db } = await getDb();
  return {
    viewer,
    api: createCaller(createContext({ db, viewer, onPublicChange: publicDataChanged })),
  };
}

/** Resolves a by-slug read, turning the API's NOT_FOUND into the site's 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      notFound();
    throw error;
  }
}

/** A by-slug read, of today or as of a past day (the as-of pages). */
function slugInput(slug: string, asOf: IsoDate | null): SlugAsOfInput {
  return asOf === null ? { slug } : { slug, asOf };
}

// One read per slug (and day) per render, shared by generateMetadata and the page.
export const loadTheme = cache(async (slug: string, asOf: IsoDate | null = null) =>
  orNotFound((await api()).theme.bySlug(slugInput(slug, asOf))),
);
export const loadCommitment = cache(async (slug: string, asOf: IsoDate | null = null) =>
  orNotFound((await api()).commitment.bySlug(slugInput(slug, asOf))),
);
export const loadMeeting = cache(async (slug: string) =>
  orNotFound((await api()).meeting.bySlug({ slug })),
);
export const loadParty = cache(async (slug: string) =>
  orNotFound((await api()).party.bySlug({ slug })),
);
export const loadSource = cache(async (slug: string) =>
  orNotFound((await api()).source.bySlug({ slug })),
);

interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every item of a paged list, following nextCursor: the slugs a route prerenders, and the
 * home page's themes and meetings. Not for a page that shows a list (the indexes are paged:
 * server/list-page.ts).
 */
export async function readAllPages<T>(
  readPage: (input: { limit: number; cursor: string | null }) => Promise<Paged<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Paged<T> = await readPage({ limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const listThemes = cache(async () => {
  const caller = await api();
  return readAllPages((input) => caller.theme.list(input));
});
/** The slug of every published commitment: the commitment pages prerendered in each language. */
export const commitmentSlugParams = cache(async () => {
  const caller = await api();
  const items = await readAllPages((input) => caller.commitment.list(input));
  return items.map((c) => ({ slug: c.slug }));
});
/**
 * The meeting the record is about, for the home page: the one with the most published
 * commitments (the newest among equals). Later meetings that restated them, or set a dated
 * sub-commitment, are newer but are not what readers came for. One row, counted in the
 * database: not every meeting read to pick one (2,000 at 100k).
 */
export const loadMainMeeting = cache(async () => {
  const caller = await api();
  return (await caller.meeting.list({ order: 'commitments', limit: 1 })).items[0];
});
export const listMeetings = cache(async () => {
  const caller = await api();
  return readAllPages((input) => caller.meeting.list(input));
});
export const listParties = cache(async () => {
  const caller = await api();
  return readAllPages((input) => caller.party.list(input));
});
export const listSources = cache(async () => {
  const caller = await api();
  return readAllPages((input) => caller.source.list(input));
});
