import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ASSISTANT_MAX_CHARS, type Proposal } from '@accord/domain';
import type { Command, Invocation } from './args';

type ProposeCommand = Extract<Command, { name: 'propose' }>;

interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin?: AsyncIterable<string | Buffer>;
  cwd?: string;
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

function renderProposals(proposals: readonly Proposal[]): string {
  return proposals
    .map((p, i) => {
      const quote = p.quotes.map((q) => `“${q.text}” (${q.start}–${q.end})`).join(' … ');
      const target = p.target
        ? ` · target: ${p.target.text} (${p.target.qualifier}${p.target.date ? ` ${p.target.date}` : ''})`
        : '';
      return [
        `${i + 1}. ${p.title}`,
        `   ${p.strength} (cue “${p.cue.text}”) · ${p.theme ?? 'no theme'}${p.themeWords.length ? ` (${p.themeWords.join(', ')})` : ''}`,
        `   ${p.attribution.kind}: ${p.attribution.who}${p.parties.length ? ` · parties: ${p.parties.join(', ')}` : ''}${target}`,
        `   ${quote}`,
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
  if (invocation.json) io.stdout.write(`${JSON.stringify(result.proposals, null, 2)}\n`);
  else if (result.proposals.length > 0) io.stdout.write(renderProposals(result.proposals));
  if (result.notice) io.stderr.write(`${result.notice}\n`);
  else if (result.strippedHtml)
    io.stderr.write('HTML tags were stripped before reading; offsets count in the plain text.\n');
}
