#!/usr/bin/env node
// Accord runs on the Node.js that `engines.node` in the root package.json names (Node 24 LTS).
//
//   node scripts/node-runtime.mjs install   (the root `postinstall`, so `pnpm install` runs it)
//     If the Node running pnpm already satisfies engines.node, it does nothing. Otherwise it
//     installs the Node that .npmrc's `node-version` names from the npm registry (the `node-<os>-<arch>` package that
//     the `node` package also installs) into node_modules/.node-runtime and links it as
//     node_modules/.bin/node. pnpm puts the root node_modules/.bin first on PATH for every
//     script in the workspace, so every `pnpm …` command, turbo task and the processes they
//     start then run on that Node, while pnpm itself may stay on the machine's Node 20.
//   node scripts/node-runtime.mjs check     (first in `pnpm start`, `pnpm test`…)
//     Stops with a clear message when the Node on PATH does not satisfy engines.node.
//
// It runs under the machine's Node (20 or later), so it uses nothing newer than Node 20 has.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { engines } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const range = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(engines.node);
if (!range) throw new Error(`node-runtime: engines.node must read ^X.Y.Z, not ${engines.node}`);
const [major, minor, patch] = range.slice(1).map(Number);
// The exact version to install: `node-version` in .npmrc, which pnpm also checks engines against.
const pinned = /^node-version=(\S+)$/m.exec(readFileSync(join(root, '.npmrc'), 'utf8'))?.[1];
if (!pinned) throw new Error('node-runtime: .npmrc must set node-version');

/** Whether a version string (`24.11.0`, `v24.11.0`) satisfies ^major.minor.patch. */
function satisfies(version) {
  const [a, b, c] = version.replace(/^v/, '').split('.').map(Number);
  return a === major && (b > minor || (b === minor && c >= patch));
}

const mode = process.argv[2];
if (mode === 'check') {
  if (!satisfies(process.versions.node)) {
    console.error(
      `Accord needs Node ${engines.node} (Node 24 LTS); this is Node ${process.versions.node} ` +
        `(${process.execPath}).\nRun \`pnpm install\` once: it installs Node ${pinned} from the npm ` +
        'registry into node_modules/.node-runtime, which every pnpm script then uses. ' +
        'Or switch to Node 24 yourself (`nvm use` reads .nvmrc).',
    );
    process.exit(1);
  }
} else if (mode === 'install') {
  install();
} else {
  console.error('usage: node scripts/node-runtime.mjs install|check');
  process.exit(2);
}

function install() {
  if (!satisfies(pinned)) {
    throw new Error(
      `node-runtime: node-version (${pinned}) in .npmrc does not satisfy engines.node`,
    );
  }
  const bin = join(root, 'node_modules', '.bin', 'node');
  if (satisfies(process.versions.node)) {
    // The Node on PATH is already right: the machine's own, or ours from an earlier install.
    return;
  }
  const os = { linux: 'linux', darwin: 'darwin' }[process.platform];
  if (!os) {
    console.error(
      `node-runtime: cannot install Node for ${process.platform}; install Node ${pinned} yourself.`,
    );
    process.exit(1);
  }
  const pkg = `node-${os}-${process.arch}`;
  const prefix = join(root, 'node_modules', '.node-runtime');
  const target = join(prefix, 'node_modules', pkg, 'bin', 'node');
  if (!existsSync(target) || !satisfies(version(target) ?? '')) {
    console.log(
      `Accord runs on Node ${engines.node}; this is Node ${process.versions.node}. ` +
        `Installing ${pkg}@${pinned} from the npm registry into ${relative(root, prefix)} …`,
    );
    rmSync(prefix, { recursive: true, force: true });
    mkdirSync(prefix, { recursive: true });
    const npm = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
        `${pkg}@${pinned}`,
      ],
      { cwd: prefix, stdio: 'inherit' },
    );
    if (npm.status !== 0 || !existsSync(target)) {
      console.error(`node-runtime: npm could not install ${pkg}@${pinned}.`);
      process.exit(1);
    }
  }
  mkdirSync(dirname(bin), { recursive: true });
  if (isLink(bin) || existsSync(bin)) rmSync(bin, { force: true });
  symlinkSync(relative(dirname(bin), target), bin);
  console.log(`Node ${version(bin)} is node_modules/.bin/node: every pnpm script runs on it.`);
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function version(nodeBinary) {
  const result = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : null;
}
