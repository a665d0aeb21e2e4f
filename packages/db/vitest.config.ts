import { accordVitestConfig } from '@accord/vitest-config';

export default accordVitestConfig(
  'db',
  { testTimeout: 60_000, hookTimeout: 120_000 },
  { readsShared: true, shareModules: true },
);
