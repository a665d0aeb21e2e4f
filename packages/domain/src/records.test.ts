import { describe, expect, it } from 'vitest';
import {
  Commitment,
  MAX_COMMITMENT_PARTIES,
  Meeting,
  Slug,
  slugFromTitle,
  Source,
} from './records';

const source = {
  slug: 'a-report',
  title: 'A report',
  publisher: null,
  url: 'https://example.org/report',
  publishedOn: '2023-05-19',
  kind: 'news_report',
  language: 'en',
  description: null,
};

describe('Source', () => {
  it('accepts an http(s) link or none', () => {
    expect(Source.parse(source).url).toBe('https://example.org/report');
    expect(Source.parse({ ...source, url: 'http://example.org/' }).url).toBe('http://example.org/');
    expect(Source.parse({ ...source, url: null }).url).toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'ftp://example.org/x',
    'not a url',
  ])('rejects %s as a link readers would follow', (url) => {
    const result = Source.safeParse({ ...source, url });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['url']);
  });
});

describe('slugFromTitle', () => {
  it('makes a valid slug of a title: lower case, accents dropped, words joined by hyphens', () => {
    expect(slugFromTitle('Japan–U.S. Chip Fund: $7.2 billion')).toBe(
      'japan-u-s-chip-fund-7-2-billion',
    );
    expect(slugFromTitle("  Côte d'Ivoire joins the Partnership ")).toBe(
      'cote-d-ivoire-joins-the-partnership',
    );
    for (const title of ['A', 'G7 Hiroshima', 'x'.repeat(300), `${'word '.repeat(40)}end`]) {
      expect(Slug.safeParse(slugFromTitle(title)).success, title).toBe(true);
    }
  });

  it('cuts a long title at a word, within 80 characters', () => {
    const slug = slugFromTitle('semiconductor '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.split('-').every((w) => w === 'semiconductor')).toBe(true);
  });

  it('offers nothing when the title has no latin letter or digit', () => {
    expect(slugFromTitle('日米首脳会談')).toBe('');
    expect(slugFromTitle('—')).toBe('');
  });
});

describe('Slug', () => {
  it.each(['security', 'g7-hiroshima-summit-2023', 'a1'])('accepts %s', (slug) => {
    expect(Slug.parse(slug)).toBe(slug);
  });

  it.each([
    '',
    'Security',
    'two  words',
    '-leading',
    'trailing-',
    'double--hyphen',
    'x'.repeat(121),
  ])('rejects %j', (slug) => {
    expect(Slug.safeParse(slug).success).toBe(false);
  });
});

describe('the nested parts of a record', () => {
  it('refuse keys they do not declare, naming where', () => {
    const quote = {
      text: 'words',
      form: 'verbatim',
      attribution: { kind: 'joint_statement', who: 'both', party: null, id: 7 },
      source: 'a-report',
      author: 'someone',
    };
    const commitment = Commitment.safeParse({
      slug: 'a',
      meeting: 'm',
      theme: 't',
      tags: [],
      title: 'T',
      summary: 'S',
      strength: 'committed',
      parties: [{ party: 'jp', role: 'committer', id: 1 }],
      target: null,
      editorialState: 'draft',
      quotes: [quote],
      history: [],
    });
    expect(commitment.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'parties.0',
      'quotes.0.attribution',
      'quotes.0',
    ]);
    const meeting = Meeting.shape.participants.safeParse([
      { party: 'jp', name: 'A', office: 'B', position: 1 },
    ]);
    expect(meeting.error?.issues[0]?.message).toContain('position');
  });
});

describe("a commitment's parties", () => {
  const party = (slug: string) => ({ party: slug, role: 'committer' });
  const parties = Commitment.shape.parties;

  it('names each party once, and says which entry repeats one', () => {
    const result = parties.safeParse([party('jp'), party('us'), party('jp')]);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['2.party', 'jp is already a party of this commitment'],
    ]);
    expect(parties.safeParse([party('jp'), party('us')]).success).toBe(true);
  });

  it(`names at least one and at most ${MAX_COMMITMENT_PARTIES}`, () => {
    const many = Array.from({ length: MAX_COMMITMENT_PARTIES + 1 }, (_, i) => party(`p${i}`));
    expect(parties.safeParse(many.slice(0, MAX_COMMITMENT_PARTIES)).success).toBe(true);
    expect(parties.safeParse(many).error?.issues[0]?.message).toBe(
      `A commitment names at most ${MAX_COMMITMENT_PARTIES} parties`,
    );
    expect(parties.safeParse([]).success).toBe(false);
  });
});
