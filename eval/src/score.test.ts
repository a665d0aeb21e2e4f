import { type Proposal } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { type GoldCommitment } from './documents';
import { gate, rates, scoreDocument } from './score';

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

describe('gate (what fails CI)', () => {
  const counts = (gold: number, proposed: number, matched: number) => ({
    gold,
    proposed,
    matched,
    themeRight: matched,
    strengthRight: matched,
    attributionRight: matched,
  });
  const good = counts(100, 100, 90);

  it('passes at the targets, and fails when recall or precision of the whole set drops under them', () => {
    const base = { heldOut: good, heldOutDocuments: 3, seedMissed: 0, strict: false };
    expect(gate({ ...base, all: counts(100, 100, 85) }).failures).toEqual([]);
    expect(gate({ ...base, all: counts(100, 100, 84) }).failures).toEqual([
      'evaluation-set recall 84.0% is under 85.0%',
    ]);
    expect(gate({ ...base, all: counts(100, 200, 90) }).failures).toEqual([
      'evaluation-set precision 45.0% is under 60.0%',
    ]);
  });

  it('fails when a seed commitment is missed, and skips that check without the seed article', () => {
    const base = { all: good, heldOut: good, heldOutDocuments: 3, strict: false };
    expect(gate({ ...base, seedMissed: 1 }).failures).toEqual(['1 seed commitment(s) missed']);
    expect(gate({ ...base, seedMissed: null }).failures).toEqual([]);
  });

  it('reports a held-out shortfall without rounding it up, and fails on it only when strict', () => {
    // 45 of 53 is 84.9%: printed as such, not as "85%".
    const base = { all: good, heldOut: counts(53, 51, 45), heldOutDocuments: 14, seedMissed: 0 };
    const lenient = gate({ ...base, strict: false });
    expect(lenient.failures).toEqual([]);
    expect(lenient.heldOutShortfalls).toEqual(['held-out recall 84.9% is under 85.0%']);
    expect(gate({ ...base, strict: true }).failures).toEqual([
      'held-out recall 84.9% is under 85.0%',
    ]);
    expect(gate({ ...base, heldOutDocuments: 0, strict: true }).failures).toContain(
      'no held-out passage was found',
    );
  });

  it('holds the held-out attribution to 80% of matched proposals, only when strict', () => {
    const withAttribution = (right: number) => ({
      ...counts(100, 100, 90),
      attributionRight: right,
    });
    const base = { all: good, heldOutDocuments: 14, seedMissed: 0 };
    // 72 of 90 is exactly 80%.
    expect(gate({ ...base, heldOut: withAttribution(72), strict: true }).failures).toEqual([]);
    expect(gate({ ...base, heldOut: withAttribution(71), strict: true }).failures).toEqual([
      'held-out attribution 78.8% is under 80.0%',
    ]);
    expect(gate({ ...base, heldOut: withAttribution(71), strict: false }).failures).toEqual([]);
  });
});
