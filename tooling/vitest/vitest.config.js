import { accordVitestConfig } from './base.js';

export default accordVitestConfig('vitest-config', { include: ['*.test.js'], testTimeout: 60_000 });
