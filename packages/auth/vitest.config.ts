import { accordVitestConfig } from '@accord/vitest-config';

export default accordVitestConfig('auth', { testTimeout: 60_000, hookTimeout: 120_000 });
