import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_KINDS, COMMITMENT_STRENGTHS } from '../vocabulary';
import {
  ATTRIBUTION_PHRASES,
  ATTRIBUTION_PRIORITY,
  FUNDING_CUES,
  ITINERARY_VERBS,
  PARTY_NAMES,
  SPEAKER_TITLES,
  STRENGTH_CUES,
  TARGET_PHRASES,
  THEME_WORDS,
} from './lexicons';

const SEEDED_THEMES = ['security', 'chips', 'minerals', 'ukraine'];
const SEEDED_PARTIES = ['jp', 'us', 'kr', 'cn', 'ru', 'kp', 'ua', 'tw', 'mit', 'micron', 'g7'];
/** Letters, digits, spaces, the few punctuation marks names use, and the `*` / `[word]` syntax. */
const PHRASE = /^(?:[\p{L}\d.'’-]+|\*|\[[\p{L}*]+\])(?: (?:[\p{L}\d.'’-]+|\*|\[[\p{L}*]+\]))*$/u;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

describe('strength cues', () => {
  it('give every strength of the vocabulary at least one cue', () => {
    const covered = new Set(STRENGTH_CUES.map((c) => c.strength));
    expect([...COMMITMENT_STRENGTHS].filter((s) => !covered.has(s))).toEqual([]);
  });

  it('list each phrase once, in the phrase syntax', () => {
    const phrases = STRENGTH_CUES.map((c) => c.phrase);
    expect(duplicates(phrases)).toEqual([]);
    expect(phrases.filter((p) => !PHRASE.test(p))).toEqual([]);
  });

  it('read "reaffirmed" as reaffirmed and "committed to" as committed', () => {
    const strengthOf = (phrase: string) => STRENGTH_CUES.find((c) => c.phrase === phrase)?.strength;
    expect(strengthOf('reaffirmed')).toBe('reaffirmed');
    expect(strengthOf('committed to')).toBe('committed');
    expect(strengthOf('considering')).toBe('considering');
  });
});

describe('strength cues of the third recall round (issue 16)', () => {
  const strengthOf = (phrase: string) => STRENGTH_CUES.find((c) => c.phrase === phrase)?.strength;

  it('read each family with its strength', () => {
    expect(
      Object.fromEntries(
        [
          'concurred to',
          'gave the green light to',
          'approved [*] plan to',
          'shared the intention to',
          'we [also] endorse',
          'we [also] reiterate',
          'we [also] underline',
          'determined to',
          'confirmed * intention to',
          'we [also] recognise',
          'expressed * intention to',
          'are going to',
          'hope to',
          'we [also] welcome',
          'giving it [careful] consideration',
        ].map((p) => [p, strengthOf(p)]),
      ),
    ).toEqual({
      'concurred to': 'agreed',
      'gave the green light to': 'agreed',
      'approved [*] plan to': 'agreed',
      'shared the intention to': 'agreed',
      'we [also] endorse': 'agreed',
      'we [also] reiterate': 'reaffirmed',
      'we [also] underline': 'affirmed',
      'determined to': 'affirmed',
      'confirmed * intention to': 'affirmed',
      'we [also] recognise': 'recognized',
      'expressed * intention to': 'plans',
      'are going to': 'plans',
      'hope to': 'plans',
      'we [also] welcome': 'supports',
      'giving it [careful] consideration': 'considering',
    });
  });

  it('list a present tense that is also a noun or an adjective only after "we" ("a welcome step")', () => {
    const bare = [
      'welcome',
      'endorse',
      'adopt',
      'reiterate',
      'underline',
      'underscore',
      'affirm',
      'stress',
      'recognise',
      'recognize',
      'acknowledge',
    ];
    const phrases = STRENGTH_CUES.map((c) => c.phrase.toLowerCase());
    expect(bare.filter((verb) => phrases.includes(verb))).toEqual([]);
    expect(bare.filter((verb) => !phrases.includes(`we [also] ${verb}`))).toEqual([]);
  });

  it('treat "will meet" and "will convene" as a schedule, not a step promised', () => {
    expect(ITINERARY_VERBS).toEqual(expect.arrayContaining(['meet', 'convene']));
  });

  it('read the second pass\'s families with their strengths, "requested" only before money', () => {
    expect(
      [
        'renewed * pledge to',
        'set a [*] goal of',
        'is [also] drafting',
        'is [also] preparing to',
        'requested',
        'instructed * [*] to',
        'in [*] talks with',
      ].map(strengthOf),
    ).toEqual(['reaffirmed', 'plans', 'plans', 'plans', 'plans', 'agreed', 'considering']);
    expect(FUNDING_CUES).toEqual(expect.arrayContaining(['requested', 'requesting']));
  });
});

describe('attribution phrases', () => {
  it('rank every attribution kind exactly once', () => {
    expect([...ATTRIBUTION_PRIORITY].sort()).toEqual([...ATTRIBUTION_KINDS].sort());
  });

  it('give every kind but the press report (the default) at least one phrase', () => {
    const covered = new Set(ATTRIBUTION_PHRASES.map((a) => a.kind));
    const missing = ATTRIBUTION_KINDS.filter((k) => k !== 'press_report' && !covered.has(k));
    expect(missing).toEqual([]);
    expect(covered.has('press_report')).toBe(false);
  });

  it('list each phrase once, in the phrase syntax', () => {
    const phrases = ATTRIBUTION_PHRASES.map((a) => a.phrase);
    expect(duplicates(phrases)).toEqual([]);
    expect(phrases.filter((p) => !PHRASE.test(p))).toEqual([]);
  });
});

describe('theme words', () => {
  it('cover the seeded themes, and only them', () => {
    expect(THEME_WORDS.map((t) => t.theme).sort()).toEqual([...SEEDED_THEMES].sort());
  });

  it('put no word under two themes', () => {
    expect(duplicates(THEME_WORDS.flatMap((t) => t.words))).toEqual([]);
  });

  it('lean on seeded parties only', () => {
    const parties = THEME_WORDS.flatMap((t) => t.parties);
    expect(parties.filter((p) => !SEEDED_PARTIES.includes(p))).toEqual([]);
  });
});

describe('party names', () => {
  it('name seeded parties, each once', () => {
    const slugs = PARTY_NAMES.map((p) => p.party);
    expect(duplicates(slugs)).toEqual([]);
    expect([...slugs].sort()).toEqual([...SEEDED_PARTIES].sort());
  });

  it('give no name to two parties', () => {
    expect(duplicates(PARTY_NAMES.flatMap((p) => p.names))).toEqual([]);
  });

  it('map leaders to their countries', () => {
    const partyOf = (name: string) => PARTY_NAMES.find((p) => p.names.includes(name))?.party;
    expect(partyOf('Kishida')).toBe('jp');
    expect(partyOf('Biden')).toBe('us');
    expect(partyOf('Yoon Suk Yeol')).toBe('kr');
    expect(partyOf('Korea')).toBeUndefined();
  });
});

describe('target phrases', () => {
  it('use only the known placeholders', () => {
    const placeholders = TARGET_PHRASES.flatMap((p) =>
      [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
    );
    expect(new Set(placeholders)).toEqual(new Set(['year', 'n', 'unit', 'month']));
  });
});

describe('speaker titles', () => {
  it('list each title once, capitalised as before a name ("Defence Minister Claire Dubois")', () => {
    expect(duplicates(SPEAKER_TITLES)).toEqual([]);
    expect(SPEAKER_TITLES.filter((t) => !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(t))).toEqual(
      [],
    );
  });
});

describe('the fourth round: families from a catalogue written without the passages (issue 16)', () => {
  const strengthOf = (phrase: string) => STRENGTH_CUES.find((c) => c.phrase === phrase)?.strength;

  it('read each family with its strength', () => {
    const families: Record<string, string> = {
      'pledging to': 'committed',
      'committed itself to': 'committed',
      'made [*] [*] commitment to': 'committed',
      announces: 'committed',
      'signed [*] [*] pact': 'agreed',
      'reached [*] [*] agreement': 'agreed',
      'launched [*] [*] working group': 'agreed',
      '[the] leaders [also] endorse': 'agreed',
      'remain [*] committed to': 'reaffirmed',
      restated: 'reaffirmed',
      emphasized: 'affirmed',
      'shared [*] [*] view that': 'recognized',
      'planning to': 'plans',
      'are [also] working towards': 'plans',
      "we'll": 'plans',
      'expressed [*] [*] support for': 'supports',
      'stand with': 'supports',
      'not ruled out': 'considering',
      'is [also] examining': 'considering',
      'under review': 'considering',
      'launched [*] negotiations on': 'considering',
    };
    expect(Object.fromEntries(Object.keys(families).map((p) => [p, strengthOf(p)]))).toEqual(
      families,
    );
  });

  it('gate the new money verbs on money, "set aside" among them', () => {
    for (const cue of ['announces', 'approves', 'authorized', 'set aside', 'requests']) {
      expect(FUNDING_CUES).toContain(cue);
    }
  });

  it('keep "will take steps" a step: "take" is a schedule only as "take part" or "take place"', () => {
    expect(ITINERARY_VERBS).not.toContain('take');
    expect(ITINERARY_VERBS).toEqual(expect.arrayContaining(['take part', 'take place']));
  });
});
