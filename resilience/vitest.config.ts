import { accordVitestConfig } from '@accord/vitest-config';

// One scenario at a time: each starts servers and loads the machine on purpose.
export default accordVitestConfig('resilience', {
  include: ['scenarios/**/*.test.ts'],
  fileParallelism: false,
  sequence: { concurrent: false },
  testTimeout: 300_000,
  hookTimeout: 300_000,
  setupFiles: ['src/leftovers.ts'],
});
