import { afterEach } from 'vitest';

/**
 * Lets the test worker's event loop turn after every test.
 *
 * Vitest runs the next test as soon as the last one's promise settles; it never waits for a
 * macrotask in between. PGlite runs its WASM synchronously, so `await db.query()` settles in a
 * microtask, and a file of database tests runs as one unbroken chain of microtasks: no timer
 * fires and no IPC message is read until the file ends. The worker sends its results to vitest
 * over an RPC whose 60 s timer (birpc's default, not configurable in vitest 3) runs in that same
 * event loop; when the chain lasts longer than 60 s, as a whole file does on a loaded machine,
 * the timer fires before the answer is read: `Timeout calling "onTaskUpdate"`, an unhandled
 * error that fails a run whose tests all passed. One turn per test costs microseconds.
 *
 * The real setImmediate is taken now, before a test can install fake timers.
 */
const turn = globalThis.setImmediate;

afterEach(() => new Promise((resolve) => turn(resolve)));
