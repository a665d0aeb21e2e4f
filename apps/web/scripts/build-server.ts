// Bundles the front server (server.ts and src/edge/front/) into dist/server.mjs: plain JavaScript
// that `node` runs without a TypeScript loader. Next stays external: the server loads the
// installed package, like `next start` does.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
await build({
  entryPoints: [join(web, 'server.ts')],
  outfile: join(web, 'dist', 'server.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['next', 'next/*'],
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(`front server: dist/server.mjs built in ${Date.now() - started} ms`);
