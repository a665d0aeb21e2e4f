import { accordVitestConfig } from './base.js';

export default accordVitestConfig('vitest-config', { include: ['*.test.js'] });
