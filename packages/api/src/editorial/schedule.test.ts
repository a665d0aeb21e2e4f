import { auditLog, commitments, revisions } from '@accord/db';
import { todayIso } from '@accord/domain';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type InputProblem } from '../errors';
import { handleRestRequest } from '../rest/handler';
import { serveChangeFeed, serveCommitmentsExport } from '../rest/publish';
import { serveSitemap } from '../rest/sitemap';
import {
  ADMIN,
  EDITOR,
  expectTRPCError,
  insertViewers,
  sampleCommitment,
  useTestDb,
} from '../testing/helpers';
import { type PublicChange } from '../trpc';
import { runDueSchedules } from './schedule';

const db = useTestDb();
const editor = () => db.caller(EDITOR);
const admin = () => db.caller(ADMIN);
const reader = () => db.caller(null);

let serial = 0;
/** Slugs and titles with a word no seeded record has, so search finds only this one. */
const fresh = () => `embargoed-quokka-${++serial}`;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A commitment an editor wrote and submitted: approved, waiting for an admin. */
async function inReview() {
  const slug = fresh();
  const created = await editor().editor.commitment.create({
    data: sampleCommitment(slug, { title: `Quokka embargo ${slug}` }),
  });
  const submitted = await editor().editor.commitment.submit({
    id: created.id,
    expectedVersion: created.version,
  });
  return { id: created.id, version: submitted.version, slug };
}

async function scheduled(publishAt = inMinutes(60), unpublishAt: string | null = null) {
  const record = await inReview();
  const saved = await admin().editor.commitment.schedule({
    id: record.id,
    expectedVersion: record.version,
    publishAt,
    unpublishAt,
  });
  return { ...record, version: saved.version };
}

/** Brings a scheduled time to the past, as the clock would (the API refuses past times). */
async function makeDue(id: number, column: 'publishAt' | 'unpublishAt' = 'publishAt') {
  await db.db
    .update(commitments)
    .set({ [column]: new Date(Date.now() - 1000) })
    .where(eq(commitments.id, id));
}

async function stateOf(id: number) {
  const [row] = await db.db
    .select({
      state: commitments.editorialState,
      publishAt: commitments.publishAt,
      unpublishAt: commitments.unpublishAt,
      publishedAt: commitments.publishedAt,
    })
    .from(commitments)
    .where(eq(commitments.id, id));
  return row!;
}

const rest = (path: string) =>
  handleRestRequest(new Request(`http://accord.test/api/v1${path}`), () => Promise.resolve(db.db));

/** Everything a reader could read the record through, as text. */
async function whatReadersSee(slug: string): Promise<{ found: string[]; bySlug: boolean }> {
  const req = new Request('http://accord.test/x');
  const texts: Record<string, string> = {
    list: JSON.stringify(await reader().commitment.list({ limit: 100 })),
    search: JSON.stringify(await reader().commitment.list({ q: 'quokka' })),
    rest: await (await rest('/commitments?limit=100')).text(),
    restSearch: await (await rest('/commitments?q=quokka')).text(),
    atom: await (await serveChangeFeed(req, db.db, 'atom')).text(),
    json: await (await serveChangeFeed(req, db.db, 'json', 'chips')).text(),
    exportJson: await (await serveCommitmentsExport(req, db.db, 'json')).text(),
    exportCsv: await (await serveCommitmentsExport(req, db.db, 'csv')).text(),
    sitemap: await (await serveSitemap(req, db.db, 'commitments-1.xml')).text(),
  };
  const bySlug = await reader()
    .commitment.bySlug({ slug })
    .then(() => true)
    .catch(() => false);
  const restBySlug = (await rest(`/commitments/${slug}`)).status === 200;
  // The as-of pages: the record as it stood at the end of today.
  const asOf = await reader()
    .commitment.bySlug({ slug, asOf: todayIso() })
    .then(() => true)
    .catch(() => false);
  expect(asOf).toBe(bySlug);
  return {
    found: Object.entries(texts)
      .filter(([, text]) => text.includes(slug))
      .map(([door]) => door),
    bySlug: bySlug || restBySlug,
  };
}

describe('scheduling a publish', () => {
  it('keeps the record from every reader until its time, then publishes it once', async () => {
    await insertViewers(db.db);
    const record = await scheduled();
    expect(await whatReadersSee(record.slug)).toEqual({ found: [], bySlug: false });
    const listed = await admin().editor.commitment.list({ q: record.slug });
    expect(listed.items[0]?.publishAt).not.toBeNull();
    // Not yet due: the scheduler leaves it alone.
    expect((await runDueSchedules({ db: db.db })).published).not.toContain(record.id);
    expect((await stateOf(record.id)).state).toBe('review');

    await makeDue(record.id);
    const changes: PublicChange[] = [];
    const onPublicChange = (more: readonly PublicChange[]) => void changes.push(...more);
    // Two processes run the scheduler at the same moment: one publishes, the other skips.
    const runs = await Promise.all([
      runDueSchedules({ db: db.db, onPublicChange }),
      runDueSchedules({ db: db.db, onPublicChange }),
    ]);
    expect(runs.flatMap((r) => r.published).filter((id) => id === record.id)).toHaveLength(1);
    expect(runs.flatMap((r) => r.failed)).toEqual([]);
    // The same purge a manual publish asks for, once.
    expect(changes.filter((c) => c.after?.slug === record.slug)).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'commitment', before: { editorialState: 'review' } });

    const after = await stateOf(record.id);
    expect(after.state).toBe('published');
    expect(after.publishAt).toBeNull();
    expect(after.publishedAt).not.toBeNull();
    const seen = await whatReadersSee(record.slug);
    expect(seen.bySlug).toBe(true);
    expect(seen.found).toEqual(expect.arrayContaining(['list', 'search', 'rest', 'exportJson']));

    // One revision and one audit entry for the publish, in the scheduling admin's name.
    const revs = await db.db
      .select({ action: revisions.action, actor: revisions.actorName })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, record.id)))
      .orderBy(asc(revisions.version));
    expect(revs.map((r) => r.action)).toEqual([
      'create',
      'submit',
      expect.stringMatching(/^schedule publish \d{4}-/),
      'publish (scheduled)',
    ]);
    expect(revs.at(-1)!.actor).toBe(ADMIN.name);
    const audit = await db.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'commitment'), eq(auditLog.recordId, String(record.id))));
    expect(audit.filter((a) => a.action === 'commitment.publish')).toHaveLength(1);
    expect(audit.filter((a) => a.action === 'commitment.schedule')).toHaveLength(1);
  });

  it('an edit after scheduling clears the schedule: unreviewed text is never published', async () => {
    const record = await scheduled(inMinutes(60), inMinutes(120));
    const edited = await editor().editor.commitment.update({
      id: record.id,
      expectedVersion: record.version,
      data: sampleCommitment(record.slug, { title: 'Changed after the admin scheduled it' }),
    });
    expect(edited.version).toBe(record.version + 1);
    // The unpublish went with the publication it ended: a later manual publish keeps it live.
    expect(await stateOf(record.id)).toMatchObject({ publishAt: null, unpublishAt: null });
    const run = await runDueSchedules({ db: db.db });
    expect(run.published).not.toContain(record.id);
    expect((await stateOf(record.id)).state).toBe('review');
    expect((await admin().editor.commitment.get({ id: record.id })).publishAt).toBeNull();
  });

  it('cancelling clears it, with a revision', async () => {
    const record = await scheduled();
    const cancelled = await admin().editor.commitment.schedule({
      id: record.id,
      expectedVersion: record.version,
      publishAt: null,
      unpublishAt: null,
    });
    expect(cancelled.version).toBe(record.version + 1);
    expect(await stateOf(record.id)).toMatchObject({ publishAt: null, unpublishAt: null });
    const [last] = await db.db
      .select({ action: revisions.action })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, record.id)))
      .orderBy(asc(revisions.version))
      .offset(3);
    expect(last?.action).toBe('unschedule');
  });

  it('unpublishes at its time: back to draft, unseen again', async () => {
    const record = await scheduled(inMinutes(30), inMinutes(90));
    await makeDue(record.id);
    expect((await runDueSchedules({ db: db.db })).published).toContain(record.id);
    expect((await whatReadersSee(record.slug)).bySlug).toBe(true);
    expect((await stateOf(record.id)).unpublishAt).not.toBeNull();

    await makeDue(record.id, 'unpublishAt');
    expect((await runDueSchedules({ db: db.db })).unpublished).toContain(record.id);
    expect(await stateOf(record.id)).toMatchObject({ state: 'draft', unpublishAt: null });
    expect(await whatReadersSee(record.slug)).toEqual({ found: [], bySlug: false });
  });

  it('never publishes a record whose unpublish time has passed too', async () => {
    const record = await scheduled(inMinutes(30), inMinutes(90));
    await db.db
      .update(commitments)
      .set({ publishAt: new Date(Date.now() - 2000), unpublishAt: new Date(Date.now() - 1000) })
      .where(eq(commitments.id, record.id));
    expect((await runDueSchedules({ db: db.db })).published).not.toContain(record.id);
    expect((await stateOf(record.id)).state).toBe('review');
  });
});

describe('refusals', () => {
  async function refused(input: Record<string, unknown>, path: string, message: RegExp) {
    const record = await inReview();
    const error = await expectTRPCError(
      admin().editor.commitment.schedule({
        id: record.id,
        expectedVersion: record.version,
        publishAt: null,
        unpublishAt: null,
        ...input,
      }),
      'BAD_REQUEST',
    );
    const problems = (error.cause as InputProblem | undefined)?.problems ?? [];
    const text = problems.length > 0 ? JSON.stringify(problems) : error.message;
    expect(text).toContain(path);
    expect(text).toMatch(message);
  }

  it('a time in the past, too far ahead, without a zone, or an unpublish before the publish', async () => {
    await refused({ publishAt: inMinutes(-1) }, 'publishAt', /has passed/);
    await refused({ publishAt: inMinutes(60 * 24 * 400) }, 'publishAt', /at most 366 days/);
    await refused({ publishAt: '2030-01-01T09:00:00' }, 'publishAt', /zone/);
    await refused({ publishAt: 'tomorrow' }, 'publishAt', /zone/);
    await refused(
      { publishAt: inMinutes(60), unpublishAt: inMinutes(30) },
      'unpublishAt',
      /after the publish/,
    );
  });

  it('a record that is not approved, or already published', async () => {
    const created = await editor().editor.commitment.create({ data: sampleCommitment(fresh()) });
    const draftError = await expectTRPCError(
      admin().editor.commitment.schedule({
        id: created.id,
        expectedVersion: created.version,
        publishAt: inMinutes(60),
        unpublishAt: null,
      }),
      'BAD_REQUEST',
    );
    expect(JSON.stringify(draftError.cause)).toMatch(/in review.*draft/);

    const record = await inReview();
    const published = await admin().editor.commitment.setState({
      id: record.id,
      expectedVersion: record.version,
      to: 'published',
    });
    await expectTRPCError(
      admin().editor.commitment.schedule({
        id: record.id,
        expectedVersion: published.version,
        publishAt: inMinutes(60),
        unpublishAt: null,
      }),
      'BAD_REQUEST',
    );
    // An unpublish time alone is fine on a published record.
    await admin().editor.commitment.schedule({
      id: record.id,
      expectedVersion: published.version,
      publishAt: null,
      unpublishAt: inMinutes(60),
    });
    expect((await stateOf(record.id)).unpublishAt).not.toBeNull();
  });

  it('an editor gets 403, a reader 401', async () => {
    const record = await inReview();
    const input = {
      id: record.id,
      expectedVersion: record.version,
      publishAt: inMinutes(60),
      unpublishAt: null,
    };
    await expectTRPCError(editor().editor.commitment.schedule(input), 'FORBIDDEN');
    await expectTRPCError(reader().editor.commitment.schedule(input), 'UNAUTHORIZED');
    expect((await stateOf(record.id)).publishAt).toBeNull();
  });
});
