import { type Proposal } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { type GoldCommitment } from './documents';
import { rates, scoreDocument } from './score';

const text = 'Japan agreed to build a plant. Korea plans to open a lab. It rained.';

function proposal(quote: string, over: Partial<Proposal> = {}): Proposal {
  const start = text.indexOf(quote);
  return {
    sentence: quote,
    sentenceStart: start,
    sentenceEnd: start + quote.length,
    title: 't',
    summary: 's',
    theme: 'chips',
    themeWords: [],
    strength: 'agreed',
    cue: { text: quote.slice(0, 1), start, end: start + 1 },
    attribution: { kind: 'press_report', who: 'x', evidence: null },
    parties: [],
    target: null,
    quotes: [{ text: quote, start, end: start + quote.length }],
    ...over,
  };
}

const gold = (anchor: string, over: Partial<GoldCommitment> = {}): GoldCommitment => ({
  anchor,
  theme: 'chips',
  strength: 'agreed',
  attribution: 'press_report',
  ...over,
});

describe('scoreDocument', () => {
  it('matches a proposal whose quote overlaps the anchor, and counts what is right', () => {
    const score = scoreDocument(
      text,
      [gold('build a plant'), gold('open a lab', { strength: 'plans', theme: 'security' })],
      [proposal('agreed to build'), proposal('plans to open a lab'), proposal('It rained')],
    );
    expect(score).toMatchObject({
      gold: 2,
      proposed: 3,
      matched: 2,
      themeRight: 1,
      strengthRight: 1,
    });
    expect(score.extra.map((p) => p.quotes[0]!.text)).toEqual(['It rained']);
    expect(rates(score)).toMatchObject({ precision: 2 / 3, recall: 1, theme: 0.5 });
  });

  it('uses a proposal for one commitment only', () => {
    const score = scoreDocument(
      text,
      [gold('agreed'), gold('build')],
      [proposal('agreed to build')],
    );
    expect(score.matched).toBe(1);
    expect(score.missed.map((g) => g.anchor)).toEqual(['build']);
  });

  it('refuses an anchor that is not in the text', () => {
    expect(() => scoreDocument(text, [gold('no such words')], [])).toThrow(
      'Anchor not in the text',
    );
  });
});
