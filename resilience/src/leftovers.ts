import { afterAll } from 'vitest';
import { stopLeftoverServers } from './app-server';
import { removeLeftoverPostgres } from './postgres-server';

/*
 * Set-up for every scenario file: after its last test, stop what it left running. A scenario
 * stops its own servers in `finally` and `afterAll`, but a test that times out is abandoned
 * mid-await and never reaches its `finally`; its app server then ran on (holding a port, a
 * data dir's lock and a core) until killed by hand. Registered first, so it runs after the
 * file's own `afterAll` hooks.
 */
afterAll(async () => {
  const apps = await stopLeftoverServers();
  const databases = removeLeftoverPostgres();
  if (apps + databases > 0) {
    console.warn(
      `stopped ${apps} app server(s) and ${databases} PostgreSQL server(s) left running`,
    );
  }
});
