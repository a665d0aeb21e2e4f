import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { RouterOutputs } from '../router';
import { type AccordClient, createAccordClient } from '../client';
import { AccordError } from '../errors';
import { allPages, collectAll, type Page } from '../paginate';
import { type Fetch } from '../retry';
import { type Command, helpText, type Invocation, parseCommandLine, UsageError } from './args';
import { readCliEnv } from './env';
import { ProposeFailure, runPropose } from './propose';
import {
  downloadExport,
  exportCsv,
  exportFileUrl,
  exportJson,
  type Progress,
  type Sink,
} from './export';
import {
  renderCommitment,
  renderCommitments,
  renderJson,
  renderSearch,
  renderThemes,
} from './render';

type CommitmentListItem = RouterOutputs['commitment']['list']['items'][number];

/** Where output goes: process.stdout/stderr in the real CLI, buffers in tests. */
export interface Output {
  write(chunk: string): unknown;
  /** Terminal width, when writing to a terminal. */
  columns?: number;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface CliContext {
  stdout: Output;
  stderr: Output;
  env?: Record<string, string | undefined>;
  /** The working directory `--out` and `propose FILE` are relative to. */
  cwd?: string;
  /** What `accord propose -` reads. */
  stdin?: AsyncIterable<string | Buffer>;
  fetch?: Fetch;
  retry?: { retries?: number; baseDelayMs?: number; maxDelayMs?: number };
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One line, for stderr: "accord: No commitment with slug "x"." */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

function streamSink(out: Output): Sink {
  return {
    write: (chunk) =>
      new Promise((resolve) => {
        // Respect back-pressure: a large export piped into a slow reader must not pile up.
        if (out.write(chunk) === false && out.once) out.once('drain', resolve);
        else resolve();
      }),
  };
}

/**
 * Progress on one line of stderr, rewritten in place, only when stderr is a terminal: a
 * script that captures stderr gets no progress noise.
 */
function terminalProgress(stderr: Output): Progress {
  if (!stderr.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(text) {
      stderr.write(`\r${text}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) stderr.write('\n');
      shown = false;
    },
  };
}

/** Writes a file whole or not at all: into a temporary file beside it, renamed at the end. */
async function writeFileAtomically<T>(
  path: string,
  produce: (sink: Sink) => Promise<T>,
): Promise<T> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    const count = await produce({
      write: async (chunk) => {
        await handle.write(chunk);
      },
    });
    await handle.close();
    await rename(temporary, path);
    return count;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

async function run(
  command: Exclude<Command, { name: 'help' | 'propose' }>,
  invocation: Invocation,
  client: AccordClient,
  context: CliContext,
): Promise<void> {
  const { stdout, stderr } = context;
  const width = stdout.isTTY ? stdout.columns : undefined;
  switch (command.name) {
    case 'themes': {
      const themes = await collectAll((cursor) => client.theme.list.query({ cursor, limit: 100 }));
      stdout.write(invocation.json ? renderJson(themes) : renderThemes(themes, width));
      return;
    }
    case 'commitments': {
      const { all, limit, cursor = null, ...filter } = command.options;
      const fetchPage = (after: string | null) =>
        client.commitment.list.query({
          ...filter,
          cursor: after,
          limit: limit ?? (all ? 100 : 20),
        });
      let page: Page<CommitmentListItem>;
      if (all) {
        const items: CommitmentListItem[] = [];
        for await (const p of allPages(fetchPage, cursor)) items.push(...p.items);
        page = { items, nextCursor: null };
      } else {
        page = await fetchPage(cursor);
      }
      if (invocation.json) {
        stdout.write(renderJson(page));
        return;
      }
      stdout.write(renderCommitments(page.items, width));
      if (page.nextCursor) {
        stderr.write(
          `More: add --all for every page, or --cursor ${page.nextCursor} for the next one.\n`,
        );
      }
      return;
    }
    case 'search': {
      const { limit, cursor = null, ...search } = command.options;
      const page = await client.commitment.list.query({ ...search, cursor, limit: limit ?? 20 });
      if (invocation.json) {
        stdout.write(renderJson(page));
        return;
      }
      stdout.write(renderSearch(page.items, Math.min(width ?? 80, 100), stdout.isTTY === true));
      if (page.nextCursor)
        stderr.write(`More: add --cursor ${page.nextCursor} for the next page.\n`);
      return;
    }
    case 'commitment': {
      const commitment = await client.commitment.bySlug.query({
        slug: command.slug,
        asOf: command.asOf,
      });
      stdout.write(
        invocation.json
          ? renderJson(commitment)
          : renderCommitment(commitment, Math.min(width ?? 80, 100)),
      );
      return;
    }
    case 'export': {
      const site = invocation.url.replace(/\/+$/, '');
      const { asOf, format, lang } = command.options;
      const progress = terminalProgress(stderr);
      const fetch = context.fetch ?? ((input, init) => globalThis.fetch(input, init));
      /**
       * The site's export file in one request; a server without it (a 404: older than the
       * files) is paged through the API instead, one commitment at a time.
       */
      const produce = async (sink: Sink) => {
        const bytes = await downloadExport(
          fetch,
          exportFileUrl(site, format, asOf, lang),
          sink,
          progress,
        );
        if (bytes !== null) return { bytes, count: null };
        if (lang !== 'en') {
          // Paging gives the English rows only: better no file than the wrong language.
          throw new AccordError(
            'This server has no Japanese export (/ja/exports/commitments.csv); it is older than it. Leave out --lang for the English CSV.',
            { code: 'NOT_FOUND', httpStatus: 404 },
          );
        }
        const paging = (n: number) =>
          progress.update(
            `This server has no export file; paging through the API: ${n} commitments…`,
          );
        const count =
          format === 'csv'
            ? await exportCsv(client, site, sink, asOf, paging)
            : await exportJson(client, site, sink, asOf, paging);
        progress.done();
        return { bytes: null, count };
      };
      if (!command.options.out || command.options.out === '-') {
        await produce(streamSink(stdout));
        return;
      }
      const path = resolve(context.cwd ?? '.', command.options.out);
      const { bytes, count } = await writeFileAtomically(path, produce);
      const what =
        count === null
          ? `${((bytes ?? 0) / 1_000_000).toFixed(1)} MB of commitments`
          : `${count} commitment${count === 1 ? '' : 's'}`;
      stderr.write(`Exported ${what} as ${format} to ${command.options.out}\n`);
      return;
    }
  }
}

/** Runs the CLI and returns its exit status. Every failure is one line on stderr. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  let invocation: Invocation;
  try {
    invocation = parseCommandLine(argv, readCliEnv(context.env ?? {}));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help =
      error.command && error.command !== 'help'
        ? `accord ${error.command} --help`
        : 'accord --help';
    context.stderr.write(`accord: ${oneLine(error.message)} (see ${help})\n`);
    return EXIT_USAGE;
  }
  const { command } = invocation;
  if (command.name === 'help') {
    context.stdout.write(helpText(command.topic));
    return EXIT_OK;
  }
  if (command.name === 'propose') {
    // Offline (no server, no database) unless --match names a site to compare with.
    try {
      await runPropose(command, invocation, context);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ProposeFailure)) throw error;
      context.stderr.write(`accord: ${oneLine(error.message)}\n`);
      return EXIT_FAILED;
    }
  }
  const client = createAccordClient({
    url: invocation.url,
    token: invocation.token,
    fetch: context.fetch,
    retry: context.retry,
  });
  try {
    await run(command, invocation, client, context);
    return EXIT_OK;
  } catch (error) {
    const message =
      error instanceof AccordError || error instanceof Error ? error.message : String(error);
    context.stderr.write(`accord: ${oneLine(message)}\n`);
    return EXIT_FAILED;
  }
}
