import { ASSISTANT_MAX_CHARS, ProposeResult } from '@accord/domain';
import { createRequire } from 'node:module';
import { installProposePool, ProposePool, proposePool, sourceWorker } from '@accord/assistant/pool';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, callOverHttp, EDITOR, expectTRPCError, useTestDb } from '../testing/helpers';

const db = useTestDb();
// The worker loads the assistant's model as it starts: seconds on a busy machine, paid before
// the tests.
beforeAll(() => proposePool().start(), 120_000);
// Closed, then forgotten: a later test file in this process (they share it: shareModules in
// vitest.config.ts) gets a new pool, not this closed one.
afterAll(async () => {
  await proposePool().close();
  installProposePool(undefined);
});
// Our own sentences, in the style of a wire report.
const TEXT =
  'Japan and South Korea agreed to set up a joint fund for chip research, the two governments said. Seoul is considering a new port, according to diplomatic sources. It rained.';

describe('assistant.propose', () => {
  it('gives an editor the proposals over HTTP, quotes exact', async () => {
    const answer = await callOverHttp(db.db, EDITOR, 'assistant.propose', {
      text: TEXT,
      source: { publisher: 'Example Wire', date: '2025-05-01', kind: 'news_report' },
    });
    expect(answer.status, answer.text).toBe(200);
    const result = ProposeResult.parse((answer.body as { result: { data: unknown } }).result.data);
    expect(result.proposals.map((p) => [p.strength, p.theme, p.attribution.kind])).toEqual([
      ['agreed', 'chips', 'joint_statement'],
      ['considering', 'security', 'diplomatic_sources'],
    ]);
    for (const p of result.proposals) {
      for (const q of p.quotes) expect(TEXT.slice(q.start, q.end)).toBe(q.text);
    }
    expect(result.proposals[0]?.parties).toEqual(['jp', 'kr']);
  });

  it('refuses a caller who is not signed in (401), and answers an admin', async () => {
    const anonymous = await callOverHttp(db.db, null, 'assistant.propose', { text: TEXT });
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toContain('agreed to');
    await expectTRPCError(db.caller(null).assistant.propose({ text: TEXT }), 'UNAUTHORIZED');
    const asAdmin = await db.caller(ADMIN).assistant.propose({ text: TEXT });
    expect(asAdmin.proposals).toHaveLength(2);
  });

  it('refuses a text over the limit with a 400 that names it', async () => {
    const answer = await callOverHttp(db.db, EDITOR, 'assistant.propose', {
      text: 'a'.repeat(ASSISTANT_MAX_CHARS + 1),
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('at most 60,000 characters');
    expect(answer.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says why it proposes nothing: empty, not English, no commitments', async () => {
    const editor = db.caller(EDITOR);
    await expectTRPCError(editor.assistant.propose({ text: '   ' }), 'BAD_REQUEST', /empty/);
    await expectTRPCError(
      editor.assistant.propose({ text: '両首脳は半導体分野での協力強化で合意した。' }),
      'BAD_REQUEST',
      /Only English is supported/,
    );
    const none = await editor.assistant.propose({ text: 'It rained. The talks lasted an hour.' });
    expect(none.proposals).toEqual([]);
    expect(none.notice).toMatch(/nothing to propose/);
  });

  it('strips pasted HTML before reading', async () => {
    const result = await db.caller(EDITOR).assistant.propose({
      text: '<p>The leaders <em>pledged</em> to fund <a href="/x">reconstruction</a> in Ukraine.</p>',
    });
    expect(result.strippedHtml).toBe(true);
    expect(result.proposals[0]).toMatchObject({
      sentence: 'The leaders pledged to fund reconstruction in Ukraine.',
      strength: 'committed',
      theme: 'ukraine',
    });
  });
});

// Our own sentence, repeated to a text just under the limit (about 59,000 characters): a second
// of CPU or so to read.
const SENTENCE =
  'Japan and South Korea agreed to set up a joint fund for chip research by 2028, the two governments said. ';
const LONG_TEXT = SENTENCE.repeat(Math.floor((ASSISTANT_MAX_CHARS - 1000) / SENTENCE.length));
const TESTING_WORKER = createRequire(import.meta.url).resolve('@accord/assistant/testing-worker');

/** Runs `body` with `pool` as the process's assistant, then puts the shared one back. */
async function withPool(pool: ProposePool, body: () => Promise<void>): Promise<void> {
  const shared = proposePool();
  installProposePool(pool);
  try {
    await pool.start();
    await body();
  } finally {
    installProposePool(shared);
    await pool.close();
  }
}

describe('assistant.propose off the event loop', () => {
  it('serves another request while a long text is being read', async () => {
    const order: string[] = [];
    const long = callOverHttp(db.db, EDITOR, 'assistant.propose', { text: LONG_TEXT }).then(
      (answer) => {
        order.push('propose');
        return answer;
      },
    );
    const light = callOverHttp(db.db, null, 'commitment.list', {}).then((answer) => {
      order.push('list');
      return answer;
    });
    const [proposed, listed] = await Promise.all([long, light]);
    expect(proposed.status, proposed.text).toBe(200);
    expect(listed.status, listed.text).toBe(200);
    // Inline, the long text would hold the only thread until it was read.
    expect(order).toEqual(['list', 'propose']);
  }, 60_000);

  it('answers 429 with a clear message when the queue is full, and reads the rest', async () => {
    await withPool(
      new ProposePool({ file: sourceWorker(), threads: 1, maxQueued: 1 }),
      async () => {
        const calls = [LONG_TEXT, TEXT, TEXT].map((text) =>
          callOverHttp(db.db, EDITOR, 'assistant.propose', { text }),
        );
        const answers = await Promise.all(calls);
        expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
        expect(answers[2]?.text).toContain('The assistant is busy');
        expect(answers[2]?.headers.get('retry-after')).toBe('2');
        expect(answers[2]?.text).not.toMatch(/at .*\.ts:\d+/);
      },
    );
  }, 60_000);

  it('answers 503 when a text takes too long or its worker dies, and the next one works', async () => {
    await withPool(new ProposePool({ file: TESTING_WORKER, timeoutMs: 1500 }), async () => {
      const hung = await callOverHttp(db.db, EDITOR, 'assistant.propose', { text: 'HANG' });
      expect(hung.status).toBe(503);
      expect(hung.text).toContain('stopped reading this text after 1.5 s');
      const crashed = await callOverHttp(db.db, EDITOR, 'assistant.propose', { text: 'CRASH' });
      expect(crashed.status).toBe(503);
      expect(crashed.text).toContain('stopped unexpectedly');
      const next = await callOverHttp(db.db, EDITOR, 'assistant.propose', { text: TEXT });
      expect(next.status, next.text).toBe(200);
    });
  }, 60_000);
});
