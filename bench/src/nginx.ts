import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, waitForHttp, type Started } from './processes';

/** Read limits high enough that loopback load (one client address) is never limited. */
export const UNLIMITED_READS = { readRate: '100000r/s', readBurst: 100_000 };

/**
 * The documented config with loopback addresses filled in. Each line that names `@APP@` is
 * repeated once per instance, as the config tells an operator to do for N instances.
 */
export function renderAccordConf(
  template: string,
  values: {
    app: string | string[];
    listen: string;
    cacheDir: string;
    readRate: string;
    readBurst: number;
  },
): string {
  const apps = typeof values.app === 'string' ? [values.app] : values.app;
  if (apps.length === 0) throw new Error('nginx needs at least one instance');
  return template
    .split('\n')
    .flatMap((line) =>
      line.includes('@APP@') ? apps.map((app) => line.replaceAll('@APP@', app)) : [line],
    )
    .join('\n')
    .replaceAll('@LISTEN@', values.listen)
    .replaceAll('@CACHE_DIR@', values.cacheDir)
    .replaceAll('@READ_RATE@', values.readRate)
    .replaceAll('@READ_BURST@', String(values.readBurst));
}

export interface NginxHandle {
  url: string;
  /**
   * Takes an instance out of rotation (`down`) or puts it back, as docs/deploy.md's rolling
   * restart does: the same edit of the `server` line, then `nginx -s reload` (old workers
   * finish their requests, new ones use the new list).
   */
  setDown(appPort: number, down: boolean): Promise<void>;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground under a temporary prefix, in front of the app. */
export async function startNginx(options: {
  nginxPath: string;
  confTemplatePath: string;
  /** One instance, or several (the load-balanced cluster). */
  appPort: number | number[];
  port: number;
  /** The cluster-wide read limit; unlimited (UNLIMITED_READS) unless a test sets one. */
  readRate?: string;
  readBurst?: number;
  /** The path polled until nginx answers (any status below 500). */
  readyPath?: string;
}): Promise<NginxHandle> {
  const prefix = mkdtempSync(join(tmpdir(), 'accord-bench-nginx-'));
  // Run as root, nginx's workers drop to an unprivileged user: let them write cache and temp.
  chmodSync(prefix, 0o755);
  for (const dir of ['logs', 'cache', 'tmp']) {
    mkdirSync(join(prefix, dir), { recursive: true });
    chmodSync(join(prefix, dir), 0o777);
  }
  const accord = renderAccordConf(readFileSync(options.confTemplatePath, 'utf8'), {
    app: [options.appPort].flat().map((port) => `127.0.0.1:${port}`),
    listen: `127.0.0.1:${options.port}`,
    cacheDir: join(prefix, 'cache'),
    readRate: options.readRate ?? UNLIMITED_READS.readRate,
    readBurst: options.readBurst ?? UNLIMITED_READS.readBurst,
  });
  writeFileSync(join(prefix, 'accord.conf'), accord);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes auto;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${join(prefix, 'tmp')};
  proxy_temp_path ${join(prefix, 'tmp')};
  fastcgi_temp_path ${join(prefix, 'tmp')};
  uwsgi_temp_path ${join(prefix, 'tmp')};
  scgi_temp_path ${join(prefix, 'tmp')};
  keepalive_requests 100000;
  include ${join(prefix, 'accord.conf')};
}
`,
  );
  let proc: Started;
  try {
    proc = startProcess(options.nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], {
      cwd: prefix,
      env: {} as NodeJS.ProcessEnv,
    });
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(
      `${url}${options.readyPath ?? '/methodology'}`,
      30_000,
      () => proc.child.exitCode === null,
    );
  } catch (error) {
    await proc.stop();
    let errorLog = '';
    try {
      errorLog = readFileSync(join(prefix, 'logs', 'error.log'), 'utf8').slice(-2000);
    } catch {
      // No log written.
    }
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(
      `nginx did not start: ${(error as Error).message}\n${proc.output()}\n${errorLog}`,
    );
  }
  const confPath = join(prefix, 'accord.conf');
  return {
    url,
    async setDown(appPort, down) {
      const up = `server 127.0.0.1:${appPort} `;
      const off = `server 127.0.0.1:${appPort} down `;
      const conf = readFileSync(confPath, 'utf8');
      writeFileSync(confPath, down ? conf.replace(up, off) : conf.replace(off, up));
      await new Promise<void>((resolve, reject) =>
        execFile(
          options.nginxPath,
          ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-s', 'reload'],
          (error, _stdout, stderr) =>
            error ? reject(new Error(`nginx -s reload failed: ${stderr}`)) : resolve(),
        ),
      );
      // The signal returns at once; the old workers close their idle connections shortly
      // after. A client that reuses one at that moment gets it closed under its request.
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
    async stop() {
      await proc.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
