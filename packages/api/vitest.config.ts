import { accordVitestConfig } from '@accord/vitest-config';

export default accordVitestConfig(
  'api',
  { testTimeout: 60_000, hookTimeout: 120_000 },
  { shareModules: true },
);
