import { ASSISTANT_MAX_CHARS, ProposeResult } from '@accord/domain';
import { warmUp } from '@accord/assistant';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, callOverHttp, EDITOR, expectTRPCError, useTestDb } from '../testing/helpers';

const db = useTestDb();
// The first call loads the assistant's model: seconds on a busy machine, paid before the tests.
beforeAll(() => warmUp(), 120_000);
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
