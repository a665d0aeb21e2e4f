#!/usr/bin/env node
// The `accord` command in the repository: the client is TypeScript used from source like
// every Accord package, and tsx compiles it on the fly, so a fresh clone needs only
// `pnpm install`. The package ships dist/cli.js instead, built from the same entry.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });

await import('../src/cli/bin.ts');
