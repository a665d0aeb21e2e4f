import { accordVitestConfig } from '@accord/vitest-config';

// Real HTTP servers and child processes: on a loaded 2-core machine 5 s is not enough.
export default accordVitestConfig('client', { testTimeout: 30_000 });
