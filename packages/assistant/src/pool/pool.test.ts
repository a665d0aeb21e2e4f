import { ASSISTANT_MAX_CHARS, ProposeResult } from '@accord/domain';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { propose } from '../propose';
import { ProposeError } from '../text';
import { AssistantPoolError, ProposePool, sourceWorker } from './pool';

const TESTING_WORKER = join(dirname(fileURLToPath(import.meta.url)), 'testing-worker.mjs');

// Our own sentences, repeated to a long text just under the limit (about 59,000 characters).
const SENTENCE =
  'Japan and South Korea agreed to set up a joint fund for chip research by 2028, the two governments said. ';
export const LONG_TEXT = SENTENCE.repeat(
  Math.floor((ASSISTANT_MAX_CHARS - 1000) / SENTENCE.length),
);
const SHORT = 'The leaders pledged to fund reconstruction in Ukraine.';

const pools: ProposePool[] = [];
function pool(options: Partial<ConstructorParameters<typeof ProposePool>[0]> = {}): ProposePool {
  const created = new ProposePool({ file: sourceWorker(), ...options });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('ProposePool', () => {
  it('answers what propose answers, in a worker thread', async () => {
    const p = pool();
    await p.start();
    const result = ProposeResult.parse(await p.propose(SHORT, { source: { kind: 'news_report' } }));
    expect(result).toEqual(propose(SHORT, { source: { kind: 'news_report' } }));
    expect(result.proposals).toHaveLength(1);
  }, 60_000);

  it('keeps the event loop serving while a long text is read', async () => {
    expect(LONG_TEXT.length).toBeGreaterThan(58_000);
    const p = pool();
    await p.start();
    const order: string[] = [];
    const reading = p.propose(LONG_TEXT).then((r) => {
      order.push('proposed');
      return r;
    });
    // Inline, propose would run to the end before either of these could.
    setImmediate(() => order.push('immediate'));
    setTimeout(() => order.push('timer'), 1);
    const result = await reading;
    // (Which of the two runs first is Node's business; both run before the answer.)
    expect(order.slice(0, 2).sort()).toEqual(['immediate', 'timer']);
    expect(order[2]).toBe('proposed');
    expect(result.proposals.length).toBeGreaterThan(100);
  }, 60_000);

  it('maps the library refusals to ProposeError, as inline', async () => {
    const p = pool();
    const refused = await p.propose('   ').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProposeError);
    expect(refused).toMatchObject({ reason: 'empty' });
    expect((refused as Error).message).toMatch(/empty/);
  }, 60_000);

  it('refuses a text beyond the queue at once, and reads the others', async () => {
    const p = pool({ threads: 1, maxQueued: 2 });
    await p.start();
    const accepted = [p.propose(LONG_TEXT), p.propose(SHORT), p.propose(SHORT)];
    const overflow = await p.propose(SHORT).catch((error: unknown) => error);
    expect(overflow).toBeInstanceOf(AssistantPoolError);
    expect(overflow).toMatchObject({ kind: 'busy' });
    expect((overflow as Error).message).toMatch(
      /The assistant is busy: 2 texts are already waiting/,
    );
    expect(p.load).toEqual({ running: 1, queued: 2 });
    const results = await Promise.all(accepted);
    expect(results.map((r) => r.proposals.length > 0)).toEqual([true, true, true]);
  }, 60_000);

  it('ends a worker that takes too long, answers clearly, and the next text works', async () => {
    const events: string[] = [];
    const p = pool({ file: TESTING_WORKER, timeoutMs: 1500, onEvent: (e) => events.push(e.type) });
    await p.start();
    const hung = await p.propose('HANG').catch((error: unknown) => error);
    expect(hung).toMatchObject({ kind: 'timeout' });
    expect((hung as Error).message).toMatch(/stopped reading this text after 1\.5 s/);
    expect((await p.propose(SHORT)).proposals).toHaveLength(1);
    expect(events).toEqual(['ready', 'timeout', 'ready']);
  }, 60_000);

  it('replaces a worker that dies mid-text, answers clearly, and the next text works', async () => {
    const p = pool({ file: TESTING_WORKER, threads: 1 });
    await p.start();
    const crashed = await p.propose('CRASH').catch((error: unknown) => error);
    expect(crashed).toMatchObject({ kind: 'crashed' });
    expect((crashed as Error).message).toMatch(/stopped unexpectedly/);
    expect((await p.propose(SHORT)).proposals).toHaveLength(1);
  }, 60_000);

  it('refuses clearly when its worker cannot start, and after close', async () => {
    const broken = pool({ file: join(dirname(TESTING_WORKER), 'missing-worker.mjs') });
    await expect(broken.propose(SHORT)).rejects.toMatchObject({ kind: 'crashed' });
    const p = pool();
    await p.close();
    await expect(p.propose(SHORT)).rejects.toMatchObject({ kind: 'closed' });
  }, 60_000);
});
