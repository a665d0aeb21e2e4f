// Bundles the front server (server.ts and src/edge/front/) into dist/server.mjs, and the
// assistant's worker thread into dist/assistant-worker.mjs: plain JavaScript
// that `node` runs without a TypeScript loader. Next stays external: the server loads the
// installed package, like `next start` does.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
await build({
  // The assistant's worker thread (@accord/assistant/pool), self-contained with its model:
  // the server starts it from next to itself, out of reach of Next's bundling.
  entryPoints: {
    server: join(web, 'server.ts'),
    'assistant-worker': join(
      web,
      'node_modules',
      '@accord',
      'assistant',
      'src',
      'pool',
      'worker.ts',
    ),
  },
  outdir: join(web, 'dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // pino and prom-client too: Next's bundles load the same installed copies, so the process
  // has one logger and one metrics registry (packages/log keeps them on globalThis as well).
  external: ['next', 'next/*', 'pino', 'prom-client'],
  // Some bundled CommonJS modules require Node's built-ins at run time (yaml, under the REST
  // package's OpenAPI generator, requires "process"): an ES module has no `require`, so give
  // the bundle one.
  banner: {
    js: "import { createRequire as __accordCreateRequire } from 'node:module'; const require = __accordCreateRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(
  `front server: dist/server.mjs and dist/assistant-worker.mjs built in ${Date.now() - started} ms`,
);
