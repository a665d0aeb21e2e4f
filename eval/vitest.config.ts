import { accordVitestConfig } from '@accord/vitest-config';

export default accordVitestConfig('eval', {}, { readsShared: true });
