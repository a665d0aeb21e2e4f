import { accordVitestConfig } from '@accord/vitest-config';

export default accordVitestConfig('bench', { testTimeout: 60_000 });
