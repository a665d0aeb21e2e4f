import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageDir, '..', '..');
const examplesDir = join(packageDir, 'examples');
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, code: readFileSync(join(examplesDir, name), 'utf8') }));

/** The ```ts blocks of a Markdown file, exactly as written. */
function typescriptBlocks(markdownPath: string): string[] {
  const text = readFileSync(markdownPath, 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

describe('the README examples', () => {
  it('exist', () => {
    expect(examples.map((e) => e.name).sort()).toEqual(['every-commitment.ts', 'quick-start.ts']);
  });

  it.each(examples)('packages/client/README.md shows examples/$name unchanged', ({ code }) => {
    expect(typescriptBlocks(join(packageDir, 'README.md'))).toContain(code);
  });

  it('the root README shows the quick start unchanged', () => {
    const quickStart = examples.find((e) => e.name === 'quick-start.ts')!;
    expect(typescriptBlocks(join(repoRoot, 'README.md'))).toContain(quickStart.code);
  });

  it('are compiled by `pnpm typecheck` (the package tsconfig includes them)', () => {
    const { config } = ts.readConfigFile(join(packageDir, 'tsconfig.json'), (path) =>
      ts.sys.readFile(path),
    ) as { config: unknown };
    const { fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, packageDir);
    for (const { name } of examples) expect(fileNames).toContain(join(examplesDir, name));
  });
});

/** Every module specifier a TypeScript file imports or re-exports, with whether only as types. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(statement)
        ? Boolean(statement.importClause?.isTypeOnly)
        : statement.isTypeOnly;
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly });
    }
  }
  return found;
}

describe('the client entry', () => {
  // Everything src/index.ts reaches through relative imports.
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const { specifier } of importsOf(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), `${specifier}.ts`));
    }
  };
  visit(join(packageDir, 'src', 'index.ts'));
  const imports = [...reached].flatMap((file) =>
    importsOf(file).map((i) => ({ ...i, file: file.slice(packageDir.length + 1) })),
  );

  it('reaches the client modules and not the CLI', () => {
    const files = [...reached].map((f) => f.slice(packageDir.length + 1)).sort();
    expect(files).toContain('src/client.ts');
    expect(files.some((f) => f.startsWith('src/cli/'))).toBe(false);
  });

  it('imports no Node built-in, so it runs in browsers', () => {
    const builtins = new Set(builtinModules);
    const nodeOnly = imports.filter(
      ({ specifier }) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]!),
    );
    expect(nodeOnly).toEqual([]);
  });

  it('imports the server only as types, and never the database package', () => {
    const server = imports.filter(({ specifier }) => specifier.startsWith('@accord/'));
    expect(server.filter((i) => i.specifier.startsWith('@accord/db'))).toEqual([]);
    expect(server.filter((i) => i.specifier === '@accord/api' && !i.typeOnly)).toEqual([]);
    expect(server.some((i) => i.specifier === '@accord/api')).toBe(true);
  });
});
