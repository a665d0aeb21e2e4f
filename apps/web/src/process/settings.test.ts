import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPortFlag, readServerProcessSettings } from './settings';

const only = (source: Record<string, string>) => ({ source, envFile: null });

describe('the production server settings', () => {
  it('caps the heap at 256 MiB unless told a size of 128 or more, or 0 for none', () => {
    const heap = (value: string) =>
      readServerProcessSettings(only({ ACCORD_MAX_HEAP_MB: value })).ACCORD_MAX_HEAP_MB;
    expect(heap('')).toBe(256);
    expect(heap('0')).toBe(0);
    expect(heap('1024')).toBe(1024);
    for (const bad of ['64', '-1', '1.5', 'lots', '70000'])
      expect(() => heap(bad), bad).toThrow(/ACCORD_MAX_HEAP_MB: must be/);
  });

  it('has the documented defaults', () => {
    expect(readServerProcessSettings(only({}))).toEqual({
      PORT: 3000,
      ACCORD_SUPERVISOR: 'on',
      ACCORD_WATCHDOG_STALL_MS: 10_000,
      ACCORD_MAX_HEAP_MB: 256,
      ACCORD_ASSISTANT_THREADS: 1,
      ACCORD_ASSISTANT_QUEUE: 4,
      ACCORD_ASSISTANT_TIMEOUT_MS: 30_000,
      ACCORD_WORKERS: undefined,
      DATABASE_URL: undefined,
      METRICS_PORT: undefined,
      METRICS_HOST: '127.0.0.1',
      ACCORD_TRUSTED_PROXIES: 0,
      ACCORD_MAX_CONNECTIONS: 1024,
      ACCORD_KEEP_ALIVE_MS: 5000,
    });
  });

  it('reads .env under the environment, as every other setting', () => {
    const envFile = join(mkdtempSync(join(tmpdir(), 'accord-web-env-')), '.env');
    writeFileSync(envFile, 'PORT=4100\nACCORD_WORKERS=auto\nMETRICS_PORT=9464\n');
    expect(readServerProcessSettings({ source: { PORT: '4200' }, envFile })).toMatchObject({
      PORT: 4200,
      ACCORD_WORKERS: 'auto',
      METRICS_PORT: 9464,
    });
  });

  it('names every bad variable in one error, without the database address', () => {
    const run = () =>
      readServerProcessSettings(
        only({
          PORT: '0',
          ACCORD_SUPERVISOR: 'maybe',
          ACCORD_WATCHDOG_STALL_MS: '10',
          ACCORD_WORKERS: 'two',
          METRICS_PORT: 'x',
          ACCORD_MAX_CONNECTIONS: '1',
          DATABASE_URL: 'postgres://u:hunter2@db/accord',
        }),
      );
    expect(run).toThrow(
      'Invalid web server settings: PORT: must be a whole number from 1 to 65535; ' +
        'ACCORD_SUPERVISOR: must be "on" or "off"; ' +
        'ACCORD_WATCHDOG_STALL_MS: must be a whole number from 1000 to 600000; ' +
        'ACCORD_WORKERS: must be a whole number from 1 to 64, or auto; ' +
        'METRICS_PORT: must be a whole number from 1 to 65535',
    );
    expect(run).toThrow(/; ACCORD_MAX_CONNECTIONS: must be a whole number from 16 to 1000000$/);
    expect(run).not.toThrow(/hunter2/);
  });

  it('parses -p with the same PORT schema', () => {
    expect(readPortFlag('8080')).toBe(8080);
    expect(() => readPortFlag('http')).toThrow(
      'Invalid command line settings: --port: must be a whole number from 1 to 65535',
    );
  });
});
