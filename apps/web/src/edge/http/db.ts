import 'server-only';
import { type Database, getDb } from '@accord/db';

/** The database for route handlers outside app/api (feeds, exports), which may not import it. */
export async function readDb(): Promise<Database> {
  return (await getDb()).db;
}
