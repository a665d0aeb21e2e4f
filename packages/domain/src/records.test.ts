import { describe, expect, it } from 'vitest';
import { Slug, Source } from './records';

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
