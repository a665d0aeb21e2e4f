import { migrateDb } from '../migrate';
import { runDbTask } from './run';

await runDbTask('db:migrate', async (handle) => {
  await migrateDb(handle);
  console.log(`db:migrate: ${handle.engine} at ${handle.location} is up to date`);
});
