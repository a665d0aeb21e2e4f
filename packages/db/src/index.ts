export * from './client';
export { DatabaseTimeoutError, isDatabaseUnavailable, withDeadline } from './errors';
export { readDbEnv, resolveDataDir } from './env';
export { DataDirLockedError } from './lock';
export {
  createDatabaseState,
  type DatabaseState,
  PROBE_TTL_MS,
  registeredDatabaseState,
} from './state';
export { migrateDb, migrationsFolder } from './migrate';
export * from './schema';
export {
  hiroshimaDataset,
  seedDatabase,
  validateDataset,
  type Dataset,
  type SeedReport,
} from './seed';
export * from './records';
export * from './backup';
export { describeError, runDbTask } from './cli/run';
export * from './cache-events';
