import { accordVitestConfig } from '@accord/vitest-config';

// Components use the automatic JSX runtime, as Next compiles them.
export default { ...accordVitestConfig('web'), esbuild: { jsx: 'automatic' as const } };
