import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

function render(text: string): string {
  return renderToStaticMarkup(createElement(Markdown, { children: text }));
}

describe('Markdown', () => {
  it('renders the formatting editors use in briefs', () => {
    const html = render('**What to watch.** Some *emphasis*.\n\n- one\n- two');
    expect(html).toContain('<strong>What to watch.</strong>');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<li>one</li>');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="https://example.org"></iframe>',
    '<a href="javascript:alert(1)">x</a>',
  ])('drops raw HTML: %s', (vector) => {
    const html = render(`before ${vector} after`);
    expect(html).not.toMatch(/<script|<img|<iframe|onerror|<a /i);
    expect(html).toContain('before');
  });

  it('drops javascript: and data: links written in Markdown', () => {
    const html = render(
      '[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](https://example.org/)',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text/html');
    expect(html).toContain('href="https://example.org/"');
  });

  it('renders no images, so a brief cannot make readers fetch another host', () => {
    const html = render('Look: ![tracker](https://tracker.example/pixel.gif)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('tracker.example');
  });

  it('starts headings inside a brief at h3, under the page section heading', () => {
    const html = render('# Big\n\n## Smaller\n\n### Smallest');
    expect(html).not.toMatch(/<h[12][ >]/);
    expect(html).toContain('<h3>Big</h3>');
    expect(html).toContain('<h4>Smallest</h4>');
  });
});
