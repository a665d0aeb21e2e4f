import { migrateDb } from '../migrate';
import { seedDatabase } from '../seed';
import { runDbTask } from './run';

await runDbTask('db:setup', async (handle) => {
  await migrateDb(handle);
  const report = await seedDatabase(handle.db);
  console.log(
    `db:setup: ${handle.engine} at ${handle.location} migrated; seed added ${JSON.stringify(report)}`,
  );
});
