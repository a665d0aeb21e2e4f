import { describe, expect, it } from 'vitest';
import { Commitment, Meeting, Slug, Source } from './records';

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
