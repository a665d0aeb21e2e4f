import { createUserAccount, EmailTakenError, setUserPassword } from '@accord/auth';
import {
  commitments,
  type Dataset,
  type DbHandle,
  insertRecords,
  migrateDb,
  users,
} from '@accord/db';
import { eq, sql } from 'drizzle-orm';

/** Number of commitments already in the database: a loaded dataset is reused, not reloaded. */
export async function countCommitments(handle: DbHandle): Promise<number> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(commitments);
  return Number(row?.n ?? 0);
}

/** The loader's name in the version-1 revisions it writes. */
const LOADER = { actor: { id: null, name: 'bench loader' }, action: 'load' };

/**
 * Loads a generated dataset into an empty, migrated database through the records layer's
 * batch writer (`insertRecords`, the one the seed and the editors' create use), in one
 * transaction so a failed load leaves nothing half-written. Every record gets its version-1
 * revision there, as a seeded one does.
 */
export async function loadDataset(
  handle: DbHandle,
  data: Dataset,
  log: (line: string) => void = () => {},
): Promise<void> {
  await migrateDb(handle);
  await handle.db.transaction(async (tx) => {
    await insertRecords(tx, 'party', data.parties, LOADER);
    await insertRecords(tx, 'theme', data.themes, LOADER);
    await insertRecords(tx, 'source', data.sources, LOADER);
    await insertRecords(tx, 'meeting', data.meetings, LOADER);
    let logged = 0;
    await insertRecords(tx, 'commitment', data.commitments, LOADER, {
      progress: (done) => {
        if (done - logged < 10_000) return;
        logged = done - (done % 10_000);
        log(`  loaded ${logged} commitments`);
      },
    });
  });
  // Fresh statistics, as a production database would have after autovacuum.
  await handle.db.execute(sql`analyze`);
}

/** The bench's admin account: created once per database, its password reset on every run. */
export async function ensureBenchAdmin(
  handle: DbHandle,
  admin: { email: string; name: string; password: string },
): Promise<void> {
  try {
    await createUserAccount(handle.db, { ...admin, role: 'admin' });
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    const [row] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, admin.email))
      .limit(1);
    if (row) await setUserPassword(handle.db, row.id, admin.password);
  }
}
