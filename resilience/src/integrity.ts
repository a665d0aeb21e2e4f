import {
  auditLog,
  commitmentParties,
  commitments,
  type Database,
  loadRecord,
  quotes,
  revisions,
  statusUpdates,
} from '@accord/db';
import { and, asc, eq, isNull, like, sql } from 'drizzle-orm';
import { type Ack, type Content, type SaveLog } from './editor-work';

/** What the checks found; every list empty means nothing was lost or half-written. */
export interface IntegrityReport {
  /** Records checked (every commitment whose slug has the scenario's prefix). */
  records: number;
  /** Acknowledged saves whose version is missing or has other content. */
  lost: string[];
  /** Records whose tables, revisions and audit entries disagree. */
  inconsistent: string[];
  /** Rows pointing at a commitment that does not exist. */
  orphans: string[];
  /** Records whose current version is an unacknowledged save that committed anyway. */
  committedUnacknowledged: number;
}

interface Snapshot {
  title: string;
  summary: string;
  quotes: Content['quotes'];
  history: { note: string }[];
}

function contentOf(snapshot: Snapshot): Content {
  return {
    title: snapshot.title,
    summary: snapshot.summary,
    quotes: snapshot.quotes,
    history: snapshot.history.map((h) => h.note),
  };
}

/** Same content, compared as JSON after a round trip (key order aside). */
function sameContent(a: Content, b: Content): boolean {
  const norm = (c: Content) =>
    JSON.stringify({
      title: c.title,
      summary: c.summary,
      quotes: c.quotes.map((q) => ({
        text: q.text,
        form: q.form,
        source: q.source,
        attribution: {
          kind: q.attribution.kind,
          who: q.attribution.who,
          party: q.attribution.party,
        },
      })),
      history: c.history,
    });
  return norm(a) === norm(b);
}

/** JSON with object keys sorted, so two equal values print the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/**
 * After a crash (or a load run): every acknowledged save is in the database with exactly
 * its content, and every record of the scenario is whole: versions 1..V each have a revision
 * and an audit entry, the tables equal the latest revision (quotes and status history
 * included), and no quote, party link or status update points at a missing commitment.
 */
export async function checkIntegrity(
  db: Database,
  prefix: string,
  log: SaveLog,
): Promise<IntegrityReport> {
  const report: IntegrityReport = {
    records: 0,
    lost: [],
    inconsistent: [],
    orphans: [],
    committedUnacknowledged: 0,
  };

  const rows = await db
    .select({ id: commitments.id, slug: commitments.slug, version: commitments.version })
    .from(commitments)
    .where(like(commitments.slug, `${prefix}-%`))
    .orderBy(asc(commitments.id));
  report.records = rows.length;
  const byId = new Map(rows.map((r) => [r.id, r]));

  // Every acknowledged save: its revision exists with the acknowledged content.
  for (const ack of log.acks) {
    const [revision] = await db
      .select({ snapshot: revisions.snapshot })
      .from(revisions)
      .where(
        and(
          eq(revisions.recordType, 'commitment'),
          eq(revisions.recordId, ack.id),
          eq(revisions.version, ack.version),
        ),
      );
    if (!byId.has(ack.id))
      report.lost.push(`${ack.op} ${ack.slug} v${ack.version}: the commitment is gone`);
    else if (!revision) report.lost.push(`${ack.op} ${ack.slug} v${ack.version}: no revision`);
    else if (!sameContent(contentOf(revision.snapshot as Snapshot), ack.content)) {
      report.lost.push(`${ack.op} ${ack.slug} v${ack.version}: the revision has other content`);
    }
  }

  // The current version is the last acknowledged one, or the one save in flight after it.
  for (const [id, last] of log.lastAcks()) {
    const row = byId.get(id);
    if (!row) continue;
    const current = await loadRecord(db, 'commitment', id);
    if (row.version < last.version) {
      report.lost.push(`${last.slug}: at v${row.version}, but v${last.version} was acknowledged`);
    } else if (row.version > last.version + 1) {
      report.inconsistent.push(
        `${last.slug}: at v${row.version}, more than one save after v${last.version}`,
      );
    } else if (
      row.version === last.version &&
      current &&
      !sameContent(contentOf(current.data as unknown as Snapshot), last.content)
    ) {
      report.lost.push(`${last.slug}: v${row.version} has other content than acknowledged`);
    } else if (row.version === last.version + 1) {
      report.committedUnacknowledged++;
    }
  }

  // Every record of the scenario, acknowledged or not, is whole.
  for (const row of rows) {
    const history = await db
      .select({ version: revisions.version, snapshot: revisions.snapshot })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, row.id)))
      .orderBy(asc(revisions.version));
    const versions = history.map((r) => r.version).join(',');
    const expected = Array.from({ length: row.version }, (_, i) => i + 1).join(',');
    if (versions !== expected)
      report.inconsistent.push(`${row.slug}: v${row.version} with revisions [${versions}]`);
    const [audit] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'commitment'), eq(auditLog.recordId, String(row.id))));
    if (audit?.n !== row.version)
      report.inconsistent.push(`${row.slug}: v${row.version} with ${audit?.n} audit entries`);
    const current = await loadRecord(db, 'commitment', row.id);
    const latest = history.at(-1);
    if (!current || !latest || latest.version !== row.version) continue;
    if (canonical(current.data) !== canonical(latest.snapshot)) {
      report.inconsistent.push(`${row.slug}: the tables differ from revision v${row.version}`);
    }
  }

  // Nothing points at a commitment that is not there.
  for (const [name, table] of [
    ['quotes', quotes],
    ['status_updates', statusUpdates],
    ['commitment_parties', commitmentParties],
  ] as const) {
    const [orphans] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .leftJoin(commitments, eq(commitments.id, table.commitmentId))
      .where(isNull(commitments.id));
    if (orphans && orphans.n > 0) report.orphans.push(`${orphans.n} ${name} without a commitment`);
  }
  return report;
}

export type { Ack };
