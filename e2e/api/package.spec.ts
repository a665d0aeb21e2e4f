import { createAccordClient } from '@accord/client';
import { expect, test } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliRun, runProcess, userEnv } from '../fixtures/cli';
import { BRIEFS } from '../fixtures/site';

// @accord/client as a project outside this repository gets it, following the package
// README's Install section: `pnpm pack` (which builds dist/), `npm install` of the tarball
// in a temporary project, the README's quick start and tsconfig compiled there by the
// project's own TypeScript, then the quick start and the installed `accord` command run
// against the built app. One project for every step; a step that fails fails the rest.
test.describe.configure({ mode: 'serial' });

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = join(repoRoot, 'packages', 'client');

/**
 * The package's runtime dependencies: public npm packages only. wink-nlp and its model are for
 * `accord propose` (the assistant runs offline in the CLI), string-width for the command's
 * tables and wrapped text; the typed client loads none of them.
 */
const DEPENDENCIES = [
  '@trpc/client',
  '@trpc/server',
  'string-width',
  'superjson',
  'wink-eng-lite-web-model',
  'wink-nlp',
  'zod',
];

/**
 * Runs a command to its end in an environment like a developer's shell: the user's, minus
 * the npm_* variables pnpm hands its children (npm warns about pnpm's own) and Playwright's
 * FORCE_COLOR (output to a pipe has no colours).
 */
function run(command: string, args: string[], cwd: string): Promise<CliRun> {
  const env = userEnv();
  for (const name of Object.keys(env)) {
    if (/^npm_/i.test(name) && name.toLowerCase() !== 'npm_config_registry') delete env[name];
  }
  delete env.FORCE_COLOR;
  return runProcess(command, args, { cwd, env });
}

function describeRun(what: string, result: CliRun): string {
  return `${what} exited ${result.code}\n${result.stdout}\n${result.stderr}`;
}

async function versionOf(packageJson: string): Promise<string> {
  const url = new URL(`../node_modules/${packageJson}/package.json`, import.meta.url);
  return (JSON.parse(await readFile(url, 'utf8')) as { version: string }).version;
}

/** The fenced blocks of one language in the client's README, exactly as written. */
async function readmeBlocks(language: string): Promise<string[]> {
  const text = await readFile(join(clientDir, 'README.md'), 'utf8');
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...text.matchAll(fence)].map((m) => m[1]!);
}

// Uses of results that must not compile: if the types were `any`, they all would.
const MISUSE = `import { createAccordClient } from '@accord/client';

const accord = createAccordClient({ url: 'http://localhost:3000' });
const page = await accord.commitment.list.query({ theme: 'chips' });
const slug: number = page.items[0]!.slug;
await accord.commitment.list.query({ limit: 'ten' });
console.log(slug, page.items[0]!.noSuchField);
`;
const MISUSE_ERRORS = [
  /^misuse\.ts\(5,7\): error TS2322: Type 'string' is not assignable to type 'number'\.$/,
  /^misuse\.ts\(6,38\): error TS2322: Type 'string' is not assignable to type 'number'\.$/,
  /^misuse\.ts\(7,34\): error TS2339: Property 'noSuchField' does not exist on type /,
];

let project = '';

test.afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

test('pnpm pack builds a tarball whose dependencies are public npm packages', async () => {
  test.setTimeout(300_000); // the build type-checks the client against the API's source
  project = await mkdtemp(join(tmpdir(), 'accord-client-package-'));
  const packed = await run(
    'pnpm',
    ['--filter', '@accord/client', 'pack', '--pack-destination', project],
    repoRoot,
  );
  expect(packed.code, describeRun('pnpm pack', packed)).toBe(0);
  const tarballs = (await readdir(project)).filter((name) => name.endsWith('.tgz'));
  expect(tarballs).toEqual(['accord-client-0.1.0.tgz']);

  const listing = await run('tar', ['-tzf', tarballs[0]!], project);
  expect(listing.stdout.trim().split('\n').sort()).toEqual([
    'package/README.md',
    'package/dist/cli.js',
    'package/dist/index.d.ts',
    'package/dist/index.js',
    'package/package.json',
  ]);
});

test('npm installs the tarball in a project outside the repository', async () => {
  test.setTimeout(180_000);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-accord', private: true, type: 'module' }, null, 2),
  );
  const installed = await run(
    'npm',
    [
      'install',
      join(project, 'accord-client-0.1.0.tgz'),
      `typescript@${await versionOf('typescript')}`,
      `@types/node@${await versionOf('@types/node')}`,
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ],
    project,
  );
  expect(installed.code, describeRun('npm install', installed)).toBe(0);

  const manifestText = await readFile(
    join(project, 'node_modules', '@accord', 'client', 'package.json'),
    'utf8',
  );
  expect(manifestText).not.toContain('workspace:');
  expect(manifestText).not.toContain('catalog:');
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: '@accord/client',
    version: '0.1.0',
    type: 'module',
    exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    bin: { accord: './dist/cli.js' },
    files: ['dist', 'README.md'],
    sideEffects: false,
  });
  expect(Object.keys(manifest.dependencies as object).sort()).toEqual(DEPENDENCIES);
  expect(manifest.peerDependencies).toBeUndefined();
  expect(manifest.optionalDependencies).toBeUndefined();
  // Nothing of the workspace came along, and no tsx: the command is compiled.
  expect(await readdir(join(project, 'node_modules', '@accord'))).toEqual(['client']);
  expect(await readdir(join(project, 'node_modules'))).not.toContain('tsx');

  const types = await readFile(
    join(project, 'node_modules', '@accord', 'client', 'dist', 'index.d.ts'),
    'utf8',
  );
  const imported = [...types.matchAll(/\bfrom '([^']+)'|\bimport\("([^"]+)"\)/g)].map(
    (m) => m[1] ?? m[2],
  );
  expect(new Set(imported)).toEqual(new Set(['@trpc/server', '@trpc/client']));
});

test("the README's examples compile there, strictly, and a misuse of a result does not", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const examples = await readmeBlocks('ts');
  const quickStart = examples.find((code) => code.includes("url: 'http://localhost:3000'"));
  const everyCommitment = examples.find((code) => code.includes('allItems('));
  const tsconfigText = (await readmeBlocks('json')).find((code) => code.includes('nodenext'));
  expect([quickStart, everyCommitment, tsconfigText]).not.toContain(undefined);
  // The quick start talks to the app under test; the rest is the README's text.
  await writeFile(
    join(project, 'quick-start.ts'),
    quickStart!.replace("'http://localhost:3000'", `'${baseURL}'`),
  );
  await writeFile(join(project, 'every-commitment.ts'), everyCommitment!);
  await writeFile(join(project, 'misuse.ts'), MISUSE);

  // Node: the README's tsconfig (module nodenext), emitting JavaScript to run next.
  const readmeConfig = JSON.parse(tsconfigText!) as { compilerOptions: Record<string, unknown> };
  expect(readmeConfig.compilerOptions).toMatchObject({ strict: true, module: 'nodenext' });
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...readmeConfig.compilerOptions, outDir: 'out' },
      files: ['quick-start.ts', 'every-commitment.ts', 'misuse.ts'],
    }),
  );
  const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
  const node = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
  const errors = node.stdout.trim().split('\n');
  expect(errors, describeRun('tsc (nodenext)', node)).toHaveLength(MISUSE_ERRORS.length);
  MISUSE_ERRORS.forEach((error, i) => expect(errors[i]).toMatch(error));
  expect(node.code).toBe(2);

  // A browser program through a bundler: no @types/node, the DOM's types.
  await writeFile(
    join(project, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2023', 'dom', 'esnext.disposable'],
        types: [],
        noEmit: true,
      },
      files: ['quick-start.ts', 'every-commitment.ts'],
    }),
  );
  const bundler = await run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], project);
  expect(bundler.code, describeRun('tsc (bundler)', bundler)).toBe(0);
});

test('the quick start runs with Node and prints the seeded briefs and commitments', async ({
  baseURL,
}) => {
  const result = await run(process.execPath, [join('out', 'quick-start.js')], project);
  expect(result.code, describeRun('node out/quick-start.js', result)).toBe(0);
  expect(result.stderr).toBe('');

  const lines = result.stdout.trimEnd().split('\n');
  const themes = lines.slice(0, BRIEFS.length);
  BRIEFS.forEach((brief, i) => {
    expect(themes[i]).toMatch(new RegExp(`^${brief.slug} ${brief.commitments} \\d+$`));
  });
  const chips = await createAccordClient({ url: baseURL! }).commitment.list.query({
    theme: 'chips',
    limit: 10,
  });
  expect(chips.items).toHaveLength(BRIEFS.find((b) => b.slug === 'chips')!.commitments);
  expect(lines.slice(BRIEFS.length)).toEqual([
    ...chips.items.map((c) => `${c.slug} ${c.status} ${c.updatedAt.toISOString()}`),
    'No commitment with slug "no-such-commitment".',
  ]);
});

test('the installed accord command runs without tsx and prints the briefs', async ({ baseURL }) => {
  test.setTimeout(90_000); // three Node processes on a busy machine
  const themes = await run('npx', ['--no', '--', 'accord', 'themes', '--url', baseURL!], project);
  expect(themes.code, describeRun('npx accord themes', themes)).toBe(0);
  expect(themes.stderr).toBe('');
  const [header, ...rows] = themes.stdout.trimEnd().split('\n');
  expect(header).toMatch(/^SLUG +TITLE +COMMITMENTS +BY STATUS$/);
  expect(rows).toHaveLength(BRIEFS.length);
  BRIEFS.forEach((brief, i) => {
    expect(rows[i]).toMatch(new RegExp(`^${brief.slug} +${brief.title} +${brief.commitments}  `));
  });

  const slug = 'tokyo-startup-hub-with-mit';
  const one = await run(
    join(project, 'node_modules', '.bin', 'accord'),
    ['commitment', slug, '--json', '--url', baseURL!],
    project,
  );
  expect(one.code, describeRun('accord commitment --json', one)).toBe(0);
  const api = await createAccordClient({ url: baseURL! }).commitment.bySlug.query({ slug });
  expect(JSON.parse(one.stdout)).toEqual(JSON.parse(JSON.stringify(api)));

  const usage = await run('npx', ['--no', '--', 'accord', 'frob'], project);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toBe('accord: unknown command "frob" (see accord --help)\n');
});
