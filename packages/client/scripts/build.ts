// Builds the package that `pnpm pack` ships (the repository itself uses src/ directly):
//
//   dist/index.js    the client entry, ESM for Node and browsers (no Node built-ins)
//   dist/index.d.ts  its types in one file, with the API's router written out in full
//   dist/cli.js      the `accord` command, with @accord/domain bundled in
//
// Only the package's `dependencies` stay imports; everything from the workspace is inlined,
// and the build fails if the types would still need a workspace or server package.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(packageDir, 'dist');
// Outside node_modules: rollup-plugin-dts leaves whatever is under node_modules external.
const declarationsDir = await mkdtemp(join(tmpdir(), 'accord-client-declarations-'));

const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
/** What a program that installs the package gets: the only imports left in dist/. */
const dependencies = Object.keys(manifest.dependencies);
const isDependency = (id: string) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));

class BuildError extends Error {}

/** The import specifiers of a JavaScript or declaration file, static and `import("...")`. */
function specifiersIn(code: string): string[] {
  // The closing quote ends a statement or a call: text such as `"officials from", kind: "…"`
  // in a bundled word list is no import.
  const found = [
    ...code.matchAll(
      /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"](?=\s*(?:;|\)|\n|with\b|$))/g,
    ),
  ];
  return [...new Set(found.map((m) => m[1]!))];
}

function checkImports(file: string, code: string, allowed: (id: string) => boolean): void {
  const stray = specifiersIn(code).filter((id) => !allowed(id));
  if (stray.length > 0) {
    throw new BuildError(`${relative(packageDir, file)} imports ${stray.join(', ')}`);
  }
}

/** Compiles src/ and scripts/expand-router.ts to declarations; fails on any type error. */
function emitDeclarations(): void {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new BuildError('cannot read tsconfig.json');
  const program = ts.createProgram({
    rootNames: [
      join(packageDir, 'src', 'index.ts'),
      join(packageDir, 'scripts', 'expand-router.ts'),
    ],
    options: {
      ...config.options,
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      incremental: false,
      tsBuildInfoFile: undefined,
      rootDir: packageDir,
      outDir: declarationsDir,
    },
  });
  // The package's own files (the workspace packages they reach have their own typecheck).
  const own = program
    .getSourceFiles()
    .filter((file) => !relative(packageDir, file.fileName).startsWith('..'));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...own.flatMap((file) => [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ]),
    ...program.emit().diagnostics,
  ];
  if (diagnostics.length > 0) {
    throw new BuildError(
      ts.formatDiagnosticsWithColorAndContext(diagnostics, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => packageDir,
        getNewLine: () => '\n',
      }),
    );
  }
}

/**
 * Replaces src/router.ts's declarations (which import the server's router) with the router
 * written out in full by the declaration of scripts/expand-router.ts.
 */
async function writeRouterDeclarations(): Promise<void> {
  const expanded = await readFile(join(declarationsDir, 'scripts', 'expand-router.d.ts'), 'utf8');
  const match = /^export declare const appRouter: ([\s\S]*);\s*$/m.exec(expanded);
  if (!match) throw new BuildError('scripts/expand-router.d.ts has no appRouter declaration');
  checkImports('scripts/expand-router.d.ts', expanded, (id) => id === '@trpc/server');
  // The tRPC types it names: those expand-router.ts imports, and `import("@trpc/server").X`.
  const trpcTypes = new Set(['inferRouterInputs', 'inferRouterOutputs']);
  for (const [, names] of expanded.matchAll(/^import type \{([^}]*)\} from '@trpc\/server';$/gm)) {
    for (const name of names!.split(',')) trpcTypes.add(name.trim());
  }
  const routerType = match[1]!.replace(/\bimport\("@trpc\/server"\)\.(\w+)/g, (_, name: string) => {
    trpcTypes.add(name);
    return name;
  });
  await writeFile(
    join(declarationsDir, 'src', 'router.d.ts'),
    `import type { ${[...trpcTypes].sort().join(', ')} } from '@trpc/server';
/**
 * Every procedure of Accord's API, as a client sees it: its input, output and errors.
 * For \`createTRPCClient<AppRouter>\` and \`AccordClient\`.
 */
export type AppRouter = ${routerType};
/** Each procedure's input: \`RouterInputs['commitment']['list']\`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Each procedure's output, as the client receives it: \`RouterOutputs['commitment']['list']\`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
`,
  );
}

async function bundleDeclarations(): Promise<void> {
  const bundle = await rollup({
    input: join(declarationsDir, 'src', 'index.d.ts'),
    external: isDependency,
    plugins: [dts()],
    onwarn(warning) {
      throw new BuildError(`rollup: ${warning.message}`);
    },
  });
  await bundle.write({ file: join(distDir, 'index.d.ts'), format: 'es' });
  await bundle.close();
}

async function bundleJavaScript(): Promise<void> {
  const common = {
    bundle: true,
    format: 'esm',
    external: dependencies,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: packageDir,
  } as const;
  // `neutral`: a Node built-in in the client entry fails the build (it must run in browsers).
  await build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: join(distDir, 'index.js'),
    platform: 'neutral',
    target: 'es2022',
  });
  await build({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: join(distDir, 'cli.js'),
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  });
  await chmod(join(distDir, 'cli.js'), 0o755);
}

/** Compiles dist/index.d.ts in a strict program, as one that installed the package would. */
function checkDeclarations(): void {
  const program = ts.createProgram({
    rootNames: [join(distDir, 'index.d.ts')],
    options: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
    },
  });
  // Only this file: tRPC's own declarations are its business (they want lib dom, and
  // esnext.disposable or @types/node).
  const file = program.getSourceFile(join(distDir, 'index.d.ts'))!;
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(file),
    ...program.getSemanticDiagnostics(file),
  ];
  if (diagnostics.length > 0) {
    throw new BuildError(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => packageDir,
        getNewLine: () => '\n',
      }),
    );
  }
}

async function checkOutput(): Promise<void> {
  const nodeBuiltin = (id: string) => id.startsWith('node:');
  for (const [name, allowed] of [
    ['index.js', isDependency],
    ['index.d.ts', isDependency],
    ['cli.js', (id: string) => isDependency(id) || nodeBuiltin(id)],
  ] as const) {
    const file = join(distDir, name);
    const code = await readFile(file, 'utf8');
    checkImports(file, code, allowed);
    if (code.includes('@accord/')) throw new BuildError(`dist/${name} mentions @accord/`);
  }
}

const started = Date.now();
try {
  await rm(distDir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  emitDeclarations();
  await writeRouterDeclarations();
  await bundleDeclarations();
  await bundleJavaScript();
  await checkOutput();
  checkDeclarations();
  console.log(`@accord/client: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`@accord/client build failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await rm(declarationsDir, { recursive: true, force: true });
}
