import { seedDatabase } from '../seed';
import { runDbTask } from './run';

await runDbTask('db:seed', async (handle) => {
  const report = await seedDatabase(handle.db);
  console.log(`db:seed: added ${JSON.stringify(report)} to ${handle.engine} at ${handle.location}`);
});
