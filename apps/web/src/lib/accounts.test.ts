import { describe, expect, it } from 'vitest';
import {
  accountsTable,
  type AttributionLike,
  groupByAccount,
  ownerOf,
  possessive,
} from './accounts';

const WH: AttributionLike = { kind: 'government_readout', party: 'us', partyName: 'United States' };
const MOFA: AttributionLike = { kind: 'government_readout', party: 'jp', partyName: 'Japan' };
const KISHIDA: AttributionLike = { kind: 'on_record_remark', party: 'jp', partyName: 'Japan' };
const BOTH: AttributionLike = { kind: 'joint_statement', party: null, partyName: null };
const PRESS: AttributionLike = { kind: 'press_report', party: null, partyName: null };
const DIPLOMATS: AttributionLike = { kind: 'diplomatic_sources', party: null, partyName: null };

describe('ownerOf', () => {
  it('is a capitalised possessive in English, the name itself in Japanese', () => {
    expect(ownerOf('United States')).toBe("The United States'");
    expect(ownerOf('Japan', 'ja')).toBe('Japan');
  });

  it("heads a party's quotes in the page's language", () => {
    const quote = { attribution: MOFA };
    expect(groupByAccount([quote], 'ja')[0]?.heading).toBe('Japan側の説明');
    expect(groupByAccount([quote])[0]?.heading).toBe("Japan's account");
  });
});

describe('possessive', () => {
  it('writes names as a reader would', () => {
    expect(possessive('Japan')).toBe("Japan's");
    expect(possessive('United States')).toBe("the United States'");
    expect(possessive('Republic of Korea')).toBe("the Republic of Korea's");
    expect(possessive('Ukraine')).toBe("Ukraine's");
  });
});

describe('groupByAccount', () => {
  it("groups quotes by whose account they are, never one government's words as both's", () => {
    const groups = groupByAccount([
      { id: 1, attribution: PRESS },
      { id: 2, attribution: WH },
      { id: 3, attribution: KISHIDA },
      { id: 4, attribution: BOTH },
      { id: 5, attribution: MOFA },
      { id: 6, attribution: DIPLOMATS },
    ]);
    expect(groups.map((g) => [g.heading, g.items.map((q) => q.id)])).toEqual([
      ['Joint statements', [4]],
      ["The United States' account", [2]],
      ["Japan's account", [3, 5]],
      ['Press reports', [1]],
      ['Other sources', [6]],
    ]);
  });
});

describe('accountsTable', () => {
  it('puts each government in a column of its own, one row per topic', () => {
    const { columns, rows } = accountsTable([
      {
        topic: 'China',
        note: 'The US names coercion; Japan speaks of cooperation.',
        quotes: [
          { text: 'coercive behavior', attribution: WH },
          { text: 'cooperating with China on shared challenges', attribution: MOFA },
        ],
      },
      {
        topic: 'Nuclear disarmament',
        note: 'Only Japan raises it.',
        quotes: [{ text: 'a world without nuclear weapons', attribution: MOFA }],
      },
      { topic: 'Seen by the press', note: '…', quotes: [{ text: 'x', attribution: PRESS }] },
    ]);
    expect(columns.map((c) => c.label)).toEqual(['United States', 'Japan', 'Press reports']);
    expect(rows[0]?.cells.map((cell) => cell.map((q) => q.text))).toEqual([
      ['coercive behavior'],
      ['cooperating with China on shared challenges'],
      [],
    ]);
    expect(rows[1]?.cells.map((cell) => cell.length)).toEqual([0, 1, 0]);
  });
});
