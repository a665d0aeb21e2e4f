import { Commitment, textHash, Theme, translate } from '@accord/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle } from '../client';
import { meetings, revisions } from '../schema';
import { createTestDb } from '../testing';
import { insertRecord, loadRecord, writeRecord } from './index';

/**
 * Translations are fields of the record: written with it, read back by loadRecord (so the
 * save path's revisions and audit hold them), and in the first revision of a new record.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
}, 600_000);
afterAll(async () => {
  await handle.close();
}, 600_000);
const db = () => handle.db;
const BY = { actor: { id: null, name: 'test' }, action: 'test' };

const title = 'Cooperate on chips';
const summary = 'Our summary of a test commitment.';

function commitment(translations: unknown) {
  return Commitment.parse({
    slug: 'translated-commitment',
    meeting: 'kishida-biden-hiroshima-2023',
    theme: 'chips',
    tags: [],
    title,
    summary,
    strength: 'committed',
    parties: [{ party: 'jp', role: 'committer' }],
    target: null,
    editorialState: 'draft',
    quotes: [],
    history: [],
    translations,
  });
}

describe('record translations', () => {
  it('stores a commitment translation with the record and in its first revision', async () => {
    const ja = { title: translate(title, '半導体で協力する') };
    const id = await insertRecord(db(), 'commitment', commitment({ ja }), BY);
    const loaded = await loadRecord(db(), 'commitment', id);
    expect(loaded!.data.translations).toEqual({ ja });
    expect(loaded!.data.translations.ja?.title?.from).toBe(textHash(title));
    const [first] = await db()
      .select({ snapshot: revisions.snapshot })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, id)));
    expect((first!.snapshot as Commitment).translations).toEqual({ ja });

    // A write replaces it like any other field: a summary added, the title kept.
    const more = { ...ja, summary: translate(summary, 'テスト用の要約。') };
    await writeRecord(db(), 'commitment', id, { ...loaded!.data, translations: { ja: more } });
    expect((await loadRecord(db(), 'commitment', id))!.data.translations).toEqual({ ja: more });
    // And removing it leaves none.
    await writeRecord(db(), 'commitment', id, { ...loaded!.data, translations: {} });
    expect((await loadRecord(db(), 'commitment', id))!.data.translations).toEqual({});
  });

  it('stores a theme translation, title, summary and brief', async () => {
    const theme = Theme.parse({
      slug: 'translated-theme',
      title: 'A theme',
      summary: 'A theme summary.',
      brief: 'The *brief*.',
      position: 50,
      translations: {
        ja: {
          title: translate('A theme', 'テーマ'),
          brief: translate('The *brief*.', '*概要*。'),
        },
      },
    });
    const id = await insertRecord(db(), 'theme', theme, BY);
    expect((await loadRecord(db(), 'theme', id))!.data).toEqual(theme);
  });

  it("stores each status update's note translation on its own update, through a rewrite", async () => {
    const update = (note: string, effectiveOn: string, ja?: string) => ({
      effectiveOn,
      status: 'in_progress' as const,
      note,
      sources: ['kishida-biden-tech-cooperation-2023-05-19'],
      author: 'An editor',
      party: null,
      translations: ja ? { ja: { note: translate(note, ja) } } : {},
    });
    const history = [
      update('Work began.', '2024-01-10', '作業が始まった。'),
      update('Nothing new.', '2024-02-10'),
    ];
    const data = { ...commitment({}), slug: 'translated-notes', history };
    const id = await insertRecord(db(), 'commitment', data, BY);
    const loaded = await loadRecord(db(), 'commitment', id);
    expect(loaded!.data.history).toEqual(history);
    // Another update translated, the first one's English edited: each keeps its own.
    const next = [
      { ...history[0]!, note: 'Work began in March.' },
      update('Nothing new.', '2024-02-10', '新しい動きはない。'),
    ];
    await writeRecord(db(), 'commitment', id, { ...loaded!.data, history: next });
    expect((await loadRecord(db(), 'commitment', id))!.data.history).toEqual(next);
  });

  it("stores a lineage link's, a dispute's and each claim's translations on their own rows", async () => {
    const source = 'kishida-biden-tech-cooperation-2023-05-19';
    const lineage = [
      {
        relation: 'builds_on' as const,
        meeting: 'kishida-biden-hiroshima-2023',
        on: '2023-05-18',
        source,
        quote: null,
        note: 'An earlier root.',
        translations: { ja: { note: translate('An earlier root.', '以前からの流れ。') } },
      },
    ];
    const claim = (text: string, ja?: string) => ({
      claim: text,
      source,
      quote: null,
      translations: ja ? { ja: { claim: translate(text, ja) } } : {},
    });
    const disputes = [
      {
        topic: 'The figure',
        raisedOn: '2024-01-01',
        claims: [claim('One paper said 10.', '一紙は10と報じた。'), claim('Another said 12.')],
        note: 'We use neither.',
        resolved: false,
        translations: { ja: { topic: translate('The figure', '数字') } },
      },
    ];
    const data = { ...commitment({}), slug: 'translated-tracking', lineage, disputes };
    const id = await insertRecord(db(), 'commitment', data, BY);
    const loaded = (await loadRecord(db(), 'commitment', id))!.data;
    expect(loaded.lineage).toEqual(lineage);
    expect(loaded.disputes).toEqual(disputes);
  });

  it("stores a meeting account's topic and note translations", async () => {
    const [row] = await db()
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.slug, 'kishida-biden-hiroshima-2023'));
    const meeting = await loadRecord(db(), 'meeting', row!.id);
    const account = {
      topic: 'Chips',
      note: 'The two readouts differ.',
      quotes: [
        {
          text: 'one phrase',
          form: 'verbatim' as const,
          attribution: { kind: 'government_readout' as const, who: 'the White House', party: 'us' },
          source: 'kishida-biden-tech-cooperation-2023-05-19',
        },
      ],
      translations: {
        ja: {
          topic: translate('Chips', '半導体'),
          note: translate('The two readouts differ.', '両政府の発表は異なる。'),
        },
      },
    };
    const data = { ...meeting!.data, accounts: [account] };
    await writeRecord(db(), 'meeting', row!.id, data);
    expect((await loadRecord(db(), 'meeting', row!.id))!.data.accounts).toEqual([account]);
  });

  it('reads a record written before translations as having none', async () => {
    const id = await insertRecord(
      db(),
      'commitment',
      { ...commitment({}), slug: 'untranslated' },
      BY,
    );
    expect((await loadRecord(db(), 'commitment', id))!.data.translations).toEqual({});
  });
});
