import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { config } from './config';
import { freePort } from './ports';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The command that runs a PostgreSQL tool, as `postgres` when we are root (initdb refuses root). */
function pgCommand(tool: string, args: string[]): [string, string[]] {
  const bin = join(config.pgBin, tool);
  if (!isRoot) return [bin, args];
  const quoted = [bin, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  return ['su', ['postgres', '-c', quoted]];
}

/** Runs a PostgreSQL tool and waits, blocking this process. */
function pgTool(tool: string, args: string[]): string {
  const [command, commandArgs] = pgCommand(tool, args);
  return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: 'pipe' });
}

/** Runs a PostgreSQL tool while this process goes on (its requests keep flowing). */
function pgToolAsync(tool: string, args: string[]): Promise<void> {
  const [command, commandArgs] = pgCommand(tool, args);
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { encoding: 'utf8' }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${tool} failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

/**
 * A PostgreSQL 15 server of the test's own on 127.0.0.1 and a random free port, in a temp
 * folder, with fsync on so that what it acknowledged survives a crash of the app. Stopped and
 * started again by the outage scenario; removed at the end.
 */
/** Servers not yet removed (see stopLeftoverServers in app-server.ts). */
const unremoved = new Set<PostgresServer>();

/** Removes every PostgreSQL server a test left behind; returns how many there were. */
export function removeLeftoverPostgres(): number {
  const left = [...unremoved];
  for (const server of left) server.remove();
  return left.length;
}

export class PostgresServer {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PostgresServer> {
    const dir = mkdtempSync(join(tmpdir(), 'accord-resilience-pg-'));
    if (isRoot) chownSync(dir, uidOf('postgres'), 0);
    const server = new PostgresServer(dir, await freePort());
    unremoved.add(server);
    pgTool('initdb', ['-D', server.dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8']);
    server.startProcess();
    return server;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private startProcess(): void {
    const options = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=on',
      '-c synchronous_commit=on',
    ].join(' ');
    pgTool('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-o',
      options,
      'start',
    ]);
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /**
   * A login role with a password that the server checks (scram-sha-256 over TCP, ahead of
   * the trust rule the test's own `postgres` user relies on), owning `database`; returns
   * the DATABASE_URL with the password in it.
   */
  async createPasswordRole(role: string, password: string, database: string): Promise<string> {
    const sql = postgres(this.url('postgres'), { max: 1, onnotice: () => {} });
    try {
      await sql.unsafe(`create role ${role} login password '${password.replaceAll("'", "''")}'`);
      await sql.unsafe(`alter database ${database} owner to ${role}`);
      await sql.unsafe(`grant all on schema public to ${role}`);
    } finally {
      await sql.end({ timeout: 5 });
    }
    const hba = join(this.dataDir, 'pg_hba.conf');
    const rule = `host all ${role} 127.0.0.1/32 scram-sha-256\n`;
    writeFileSync(hba, rule + readFileSync(hba, 'utf8'));
    pgTool('pg_ctl', ['-D', this.dataDir, 'reload']);
    const url = new URL(this.url(database));
    url.username = role;
    url.password = password;
    return url.toString();
  }

  async createDatabase(name: string): Promise<string> {
    const sql = postgres(this.url('postgres'), { max: 1, onnotice: () => {} });
    try {
      await sql.unsafe(`create database ${name}`);
    } finally {
      await sql.end({ timeout: 5 });
    }
    return this.url(name);
  }

  /** A fast shutdown: sessions are ended (57P01) and the port closes. */
  stop(): void {
    pgTool('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  /** The same shutdown, while the caller's own requests go on. */
  stopAsync(): Promise<void> {
    return pgToolAsync('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  /** Starts the stopped server again on the same port and data. */
  restart(): void {
    this.startProcess();
  }

  /** Stops the server if it runs and deletes its folder. */
  remove(): void {
    unremoved.delete(this);
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
