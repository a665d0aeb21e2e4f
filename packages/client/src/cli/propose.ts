import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  anyWordQuery,
  ASSISTANT_MAX_CHARS,
  type Proposal,
  proposalMatchText,
  SEARCH_MAX_LENGTH,
} from '@accord/domain';
import { createAccordClient } from '../client';
import { AccordError } from '../errors';
import { type Fetch } from '../retry';
import type { Command, Invocation } from './args';

type ProposeCommand = Extract<Command, { name: 'propose' }>;

interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin?: AsyncIterable<string | Buffer>;
  cwd?: string;
  fetch?: Fetch;
  retry?: { retries?: number; baseDelayMs?: number; maxDelayMs?: number };
}

/** `--match`: the proposals compared at most (the rest are said to be left out). */
export const MATCH_PROPOSALS_MAX = 40;
/** `--match`: existing commitments listed per proposal. */
export const MATCHES_PER_PROPOSAL = 3;
/** `--match`: how long one request may take before the site counts as unreachable. */
export const MATCH_TIMEOUT_MS = 10_000;

/** A published commitment on the site a proposal may restate. */
export interface SiteMatch {
  slug: string;
  title: string;
  url: string;
}

/**
 * For each proposal (the first MATCH_PROPOSALS_MAX), the site's published commitments that
 * share its words, best first, through the public search (`commitment.list` with `q`): one
 * query per proposal, batched into a few requests.
 */
async function matchOnSite(
  site: string,
  proposals: readonly Proposal[],
  io: Io,
): Promise<(SiteMatch[] | null)[]> {
  const client = createAccordClient({
    url: site,
    fetch: io.fetch,
    retry: io.retry,
    timeoutMs: MATCH_TIMEOUT_MS,
  });
  const origin = new URL(site);
  const base = origin.pathname.replace(/\/+$/, '');
  const pages = await Promise.all(
    proposals.slice(0, MATCH_PROPOSALS_MAX).map((p) => {
      const q = anyWordQuery(proposalMatchText(p), SEARCH_MAX_LENGTH);
      return q === null
        ? Promise.resolve({ items: [] as { slug: string; title: string }[] })
        : client.commitment.list.query({ q, limit: MATCHES_PER_PROPOSAL });
    }),
  );
  return proposals.map((_, i) => {
    const page = pages[i];
    if (!page) return null;
    return page.items.map((item) => ({
      slug: item.slug,
      title: item.title,
      url: `${origin.origin}${base}/commitments/${encodeURIComponent(item.slug)}`,
    }));
  });
}

/** A failure to report on one line and exit 1 with. */
export class ProposeFailure extends Error {}

/** UTF-8 takes at most 4 bytes a character: a file larger than this is over the limit. */
const MAX_BYTES = ASSISTANT_MAX_CHARS * 4;

async function readInput(file: string, io: Io): Promise<string> {
  if (file === '-') {
    if (!io.stdin) throw new ProposeFailure('no standard input to read');
    let text = '';
    for await (const chunk of io.stdin) {
      text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      if (text.length > ASSISTANT_MAX_CHARS) break;
    }
    return text;
  }
  const path = resolve(io.cwd ?? '.', file);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ProposeFailure(`${file} is not a file`);
    const handle = await open(path, 'r');
    try {
      // Read no more than the limit allows: a huge file is refused without loading it.
      const size = Math.min(info.size, MAX_BYTES + 1);
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, 0);
      const text = buffer.subarray(0, bytesRead).toString('utf8');
      return bytesRead > MAX_BYTES ? text + 'x'.repeat(ASSISTANT_MAX_CHARS) : text;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ProposeFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProposeFailure(
      code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file} (${code})`,
    );
  }
}

function renderProposals(
  proposals: readonly Proposal[],
  matches: readonly (SiteMatch[] | null)[] | null,
): string {
  return proposals
    .map((p, i) => {
      const found = matches?.[i];
      const matchLines =
        matches === null
          ? []
          : found === null || found === undefined
            ? ['   not compared (over the limit)']
            : found.length === 0
              ? ['   no published commitment shares its words']
              : found.map((m) => `   may restate: ${m.title} (${m.url})`);
      const quote = p.quotes.map((q) => `“${q.text}” (${q.start}–${q.end})`).join(' … ');
      const target = p.target
        ? ` · target: ${p.target.text} (${p.target.qualifier}${p.target.date ? ` ${p.target.date}` : ''})`
        : '';
      return [
        `${i + 1}. ${p.title}`,
        `   ${p.strength} (cue “${p.cue.text}”) · ${p.theme ?? 'no theme'}${p.themeWords.length ? ` (${p.themeWords.join(', ')})` : ''}`,
        `   ${p.attribution.kind}: ${p.attribution.who}${p.parties.length ? ` · parties: ${p.parties.join(', ')}` : ''}${target}`,
        `   ${quote}`,
        ...matchLines,
      ].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** `accord propose FILE`: reads the file and prints the assistant's proposals. */
export async function runPropose(
  command: ProposeCommand,
  invocation: Invocation,
  io: Io,
): Promise<void> {
  const text = await readInput(command.file, io);
  // Loaded here, not at start-up: the other commands do not pay for the language model.
  const { propose, ProposeError } = await import('@accord/assistant');
  let result;
  try {
    result = propose(text, { source: command.options });
  } catch (error) {
    if (error instanceof ProposeError) throw new ProposeFailure(error.message);
    throw error;
  }
  let matches: (SiteMatch[] | null)[] | null = null;
  if (command.match && result.proposals.length > 0) {
    try {
      matches = await matchOnSite(command.match, result.proposals, io);
    } catch (error) {
      const message = error instanceof AccordError ? error.message : String(error);
      throw new ProposeFailure(`cannot compare with ${command.match}: ${message}`);
    }
  }
  if (invocation.json) {
    const out = matches
      ? result.proposals.map((p, i) => ({ ...p, matches: matches[i] ?? null }))
      : result.proposals;
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (result.proposals.length > 0) {
    io.stdout.write(renderProposals(result.proposals, matches));
  }
  if (matches && result.proposals.length > MATCH_PROPOSALS_MAX) {
    io.stderr.write(
      `Only the first ${MATCH_PROPOSALS_MAX} proposals were compared with ${command.match}.\n`,
    );
  }
  if (result.notice) io.stderr.write(`${result.notice}\n`);
  else if (result.strippedHtml)
    io.stderr.write('HTML tags were stripped before reading; offsets count in the plain text.\n');
}
