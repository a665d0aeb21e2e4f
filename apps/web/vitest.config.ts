import { fileURLToPath } from 'node:url';
import { accordVitestConfig } from '@accord/vitest-config';

// Components use the automatic JSX runtime, as Next compiles them, and the `~/` paths of
// tsconfig.json, so that their tests can render them.
export default {
  ...accordVitestConfig('web', {}, { shareModules: true }),
  esbuild: { jsx: 'automatic' as const },
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
};
