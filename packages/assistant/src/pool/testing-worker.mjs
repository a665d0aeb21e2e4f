// For tests only: the real worker (worker.ts, through tsx), plus two texts that make it fail as
// a real one might: "CRASH" ends the thread mid-text (as an out-of-memory or a native fault
// would), "HANG" never answers.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

parentPort?.on('message', (/** @type {{ text: string }} */ task) => {
  if (task.text === 'CRASH') process.exit(70);
  if (task.text === 'HANG') for (;;);
});
register();
await import(new URL('./worker.ts', import.meta.url).href);
