// The worker thread run from TypeScript source (tests, `next dev`): tsx compiles worker.ts.
// The production server runs the bundle build-server.ts makes instead (apps/web/dist).
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
