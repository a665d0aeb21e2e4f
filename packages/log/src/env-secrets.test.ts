import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const LOG = pathToFileURL(fileURLToPath(new URL('./index.ts', import.meta.url))).href;

describe('secrets kept only in .env', () => {
  it('are redacted from the process logger like those in the environment', () => {
    // A repository of its own: the process starts there and finds this .env as its settings.
    const repo = mkdtempSync(join(tmpdir(), 'accord-log-env-'));
    writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
    writeFileSync(
      join(repo, '.env'),
      'BETTER_AUTH_SECRET=file-only-secret-0123456789abcdef\n' +
        'DATABASE_URL=postgres://accord:file-only-password@127.0.0.1/accord\n',
    );
    const script = `import { log } from ${JSON.stringify(LOG)};
log.info('secret file-only-secret-0123456789abcdef and password file-only-password');`;
    // None of this process's variables: the secrets must come from the file alone.
    const env: NodeJS.ProcessEnv = { LOG_FORMAT: 'json' };
    const child = spawnSync(
      process.execPath,
      ['--import', TSX, '--input-type=module', '--eval', script],
      { cwd: repo, env, encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/"msg":"secret .+ and password .+"/);
    expect(child.stdout).not.toContain('file-only-secret');
    expect(child.stdout).not.toContain('file-only-password');
  });
});
