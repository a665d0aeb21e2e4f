import { describe, expect, it } from 'vitest';
import {
  categoryScore,
  failingAccessibilityAudits,
  failingAudits,
  japanesePath,
  lighthousePages,
  medianRun,
  metricValues,
  type ReportSummary,
  SCHEME_FLAGS,
  scriptSources,
} from './lighthouse';
import {
  accessibilitySummary,
  type LighthousePage,
  type LighthouseResult,
  renderLighthouse,
} from './report';

type Audit = ReportSummary['audits'][string];
const audit = (id: string, fields: Partial<Audit>): Audit => ({
  id,
  score: 1,
  scoreDisplayMode: 'numeric',
  ...fields,
});

const lhr: ReportSummary = {
  categories: {
    performance: {
      score: 0.774,
      auditRefs: [
        { id: 'first-contentful-paint', weight: 10 },
        { id: 'largest-contentful-paint', weight: 25 },
        { id: 'total-blocking-time', weight: 30 },
        { id: 'cumulative-layout-shift', weight: 25 },
        { id: 'speed-index', weight: 10 },
        { id: 'render-blocking-resources', weight: 0 },
        { id: 'unused-javascript', weight: 0 },
        { id: 'legacy-javascript', weight: 0 },
        { id: 'font-display', weight: 0 },
        { id: 'mainthread-work-breakdown', weight: 0 },
        { id: 'network-requests', weight: 0 },
      ],
    },
  },
  audits: {
    'first-contentful-paint': audit('first-contentful-paint', {
      numericValue: 1804.26,
      score: 0.9,
    }),
    'largest-contentful-paint': audit('largest-contentful-paint', { numericValue: 3905.5 }),
    'total-blocking-time': audit('total-blocking-time', { numericValue: 212.4 }),
    'cumulative-layout-shift': audit('cumulative-layout-shift', { numericValue: 0.04321 }),
    // speed-index missing: the run could not compute it
    'render-blocking-resources': audit('render-blocking-resources', {
      scoreDisplayMode: 'metricSavings',
      score: 0,
      displayValue: 'Potential savings of 300 ms',
      metricSavings: { FCP: 300, LCP: 300 },
    }),
    'unused-javascript': audit('unused-javascript', {
      scoreDisplayMode: 'metricSavings',
      score: 0,
      displayValue: 'Potential savings of 60 KiB',
      metricSavings: { LCP: 150.4 },
    }),
    'legacy-javascript': audit('legacy-javascript', {
      scoreDisplayMode: 'metricSavings',
      score: 0.5,
      metricSavings: { LCP: 0 },
    }),
    'font-display': audit('font-display', { scoreDisplayMode: 'metricSavings', score: 1 }),
    'mainthread-work-breakdown': audit('mainthread-work-breakdown', {
      scoreDisplayMode: 'metricSavings',
      score: null,
    }),
    'network-requests': audit('network-requests', { scoreDisplayMode: 'informative', score: 0 }),
  },
};

describe('scriptSources', () => {
  it('resolves each script once and unescapes ampersands', () => {
    const html =
      '<script src="/_next/a.js"></script><script async src="/_next/a.js"></script>' +
      '<script src="/b.js?x=1&amp;y=2"></script><script>inline()</script>';
    expect(scriptSources(html, 'http://h:1/p')).toEqual([
      'http://h:1/_next/a.js',
      'http://h:1/b.js?x=1&y=2',
    ]);
  });
});

describe('categoryScore', () => {
  it('shows 0–1 as 0–100 and keeps a missing score missing', () => {
    expect(categoryScore(0.774)).toBe(77);
    expect(categoryScore(1)).toBe(100);
    expect(categoryScore(null)).toBeNull();
    expect(categoryScore(undefined)).toBeNull();
  });
});

describe('metricValues', () => {
  it('reads the five scored metrics, rounding ms to units and CLS to 3 decimals', () => {
    expect(metricValues(lhr)).toEqual({
      fcpMs: 1804,
      lcpMs: 3906,
      tbtMs: 212,
      cls: 0.043,
      speedIndexMs: null,
    });
  });
});

describe('failingAudits', () => {
  it('lists failed non-metric audits, largest estimated savings first', () => {
    expect(failingAudits(lhr)).toEqual([
      {
        id: 'render-blocking-resources',
        displayValue: 'Potential savings of 300 ms',
        score: 0,
        savingsMs: 600,
      },
      {
        id: 'unused-javascript',
        displayValue: 'Potential savings of 60 KiB',
        score: 0,
        savingsMs: 150,
      },
      { id: 'legacy-javascript', displayValue: null, score: 0.5, savingsMs: 0 },
    ]);
  });

  it('keeps only the most costly ones', () => {
    expect(failingAudits(lhr, 1).map((a) => a.id)).toEqual(['render-blocking-resources']);
  });

  it('finds nothing without a performance category', () => {
    expect(failingAudits({ categories: {}, audits: lhr.audits })).toEqual([]);
  });
});

describe('medianRun', () => {
  it('picks the median score, with unscored runs last', () => {
    const runs = [{ performance: 90 }, { performance: 70 }, { performance: 80 }];
    expect(medianRun(runs)).toBe(runs[2]);
    expect(medianRun([{ performance: null }, { performance: 60 }])).toEqual({ performance: 60 });
    expect(medianRun([{ performance: 60 }])).toEqual({ performance: 60 });
    expect(medianRun([])).toBeUndefined();
  });
});

describe('lighthousePages', () => {
  const pages = lighthousePages({
    home: '/',
    brief: '/themes/t',
    commitment: '/commitments/c',
  });

  it('measures home, brief and commitment in both languages and both colour schemes', () => {
    expect(pages).toEqual([
      { name: 'home', path: '/', scheme: 'light' },
      { name: 'home', path: '/', scheme: 'dark' },
      { name: 'home-ja', path: '/ja', scheme: 'light' },
      { name: 'home-ja', path: '/ja', scheme: 'dark' },
      { name: 'brief', path: '/themes/t', scheme: 'light' },
      { name: 'brief', path: '/themes/t', scheme: 'dark' },
      { name: 'brief-ja', path: '/ja/themes/t', scheme: 'light' },
      { name: 'brief-ja', path: '/ja/themes/t', scheme: 'dark' },
      { name: 'commitment', path: '/commitments/c', scheme: 'light' },
      { name: 'commitment', path: '/commitments/c', scheme: 'dark' },
      { name: 'commitment-ja', path: '/ja/commitments/c', scheme: 'light' },
      { name: 'commitment-ja', path: '/ja/commitments/c', scheme: 'dark' },
    ]);
  });

  it('maps English paths to their /ja twins', () => {
    expect(japanesePath('/')).toBe('/ja');
    expect(japanesePath('/themes/t')).toBe('/ja/themes/t');
  });

  it('launches the dark Chromium with a flag the light one does not have', () => {
    expect(SCHEME_FLAGS.dark.length).toBeGreaterThan(0);
    expect(SCHEME_FLAGS.light).not.toEqual(SCHEME_FLAGS.dark);
  });
});

describe('failingAccessibilityAudits', () => {
  const nodes = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ node: { selector: `a.link-${i}` } }));
  const a11y: ReportSummary = {
    categories: {
      performance: { score: 1, auditRefs: [{ id: 'unused-javascript', weight: 0 }] },
      accessibility: {
        score: 0.93,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'image-alt', weight: 10 },
          { id: 'html-has-lang', weight: 7 },
          { id: 'tabindex', weight: 0 },
          { id: 'logical-tab-order', weight: 0 },
          { id: 'heading-order', weight: 3 },
        ],
      },
    },
    audits: {
      'unused-javascript': audit('unused-javascript', { score: 0 }),
      'color-contrast': audit('color-contrast', {
        scoreDisplayMode: 'binary',
        score: 0,
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        details: { items: nodes(7) },
      }),
      'image-alt': audit('image-alt', { scoreDisplayMode: 'binary', score: 1 }),
      'html-has-lang': audit('html-has-lang', { scoreDisplayMode: 'binary', score: 1 }),
      tabindex: audit('tabindex', { scoreDisplayMode: 'notApplicable', score: null }),
      'logical-tab-order': audit('logical-tab-order', { scoreDisplayMode: 'manual', score: null }),
      'heading-order': audit('heading-order', {
        scoreDisplayMode: 'binary',
        score: 0,
        details: { items: [{ node: { snippet: '<h4>' } }, {}] },
      }),
    },
  };

  it('lists failed accessibility audits only, with up to five failing elements', () => {
    expect(failingAccessibilityAudits(a11y)).toEqual([
      {
        id: 'color-contrast',
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        elements: ['a.link-0', 'a.link-1', 'a.link-2', 'a.link-3', 'a.link-4'],
        elementCount: 7,
      },
      { id: 'heading-order', title: 'heading-order', elements: ['<h4>'], elementCount: 1 },
    ]);
  });

  it('finds nothing without an accessibility category', () => {
    expect(failingAccessibilityAudits(lhr)).toEqual([]);
  });
});

const page = (fields: Partial<LighthousePage>): LighthousePage => ({
  name: 'home',
  path: '/',
  scheme: 'light',
  performance: 90,
  accessibility: 100,
  metrics: null,
  failingAudits: [],
  failingAccessibilityAudits: [],
  loadAverage: [1, 1, 1],
  performanceRuns: [90],
  accessibilityRuns: [100],
  ...fields,
});

describe('accessibilitySummary', () => {
  it('says so when every page scored 100 on every run', () => {
    expect(
      accessibilitySummary([page({}), page({ name: 'home-ja', path: '/ja', scheme: 'dark' })]),
    ).toBe('Accessibility 100 on every page: all 2 page and scheme runs scored 100.');
  });

  it('names each page below 100, with its scheme, runs and failing audits', () => {
    const summary = accessibilitySummary([
      page({}),
      page({
        name: 'brief-ja',
        path: '/ja/themes/t',
        scheme: 'dark',
        accessibility: 100,
        accessibilityRuns: [100, 96],
        failingAccessibilityAudits: [
          {
            id: 'color-contrast',
            title: 'contrast',
            elements: ['a.x', 'span.y'],
            elementCount: 9,
          },
          { id: 'heading-order', title: 'order', elements: [], elementCount: 0 },
        ],
      }),
      page({ name: 'commitment', accessibility: null, accessibilityRuns: [null] }),
    ]);
    expect(summary).toBe(
      'Accessibility below 100 on 2 of 3 page and scheme runs: ' +
        'brief-ja (/ja/themes/t, dark) 100 / 96: color-contrast (a.x, span.y, … 9 in all); ' +
        'heading-order; commitment (/, light) not scored.',
    );
  });
});

describe('renderLighthouse', () => {
  it('writes scores, metrics and the top audits per page and scheme', () => {
    const result: LighthouseResult = {
      loadAverageAtStart: [1.234, 2, 3],
      pages: [
        page({
          performance: 77,
          metrics: metricValues(lhr),
          failingAudits: failingAudits(lhr),
          performanceRuns: [75, 77, 80],
          accessibilityRuns: [100, 100, 100],
        }),
        page({
          name: 'home-ja',
          path: '/ja',
          scheme: 'dark',
          performance: 91,
          accessibility: 92,
          accessibilityRuns: [92],
          failingAccessibilityAudits: [
            { id: 'color-contrast', title: 'c', elements: ['p.note'], elementCount: 1 },
          ],
        }),
      ],
      js: { briefGzipBytes: 2048, emptyGzipBytes: 1024, extraGzipBytes: 1024 },
    };
    const lines = renderLighthouse(result);
    expect(lines[0]).toContain('| Lighthouse page | scheme | performance | accessibility |');
    expect(lines[2]).toBe(
      '| home (/) | light | 77 (runs 75 77 80) | 100 | 1804 | 3906 | 212 | 0.043 | – | ' +
        'render-blocking-resources (Potential savings of 300 ms), ' +
        'unused-javascript (Potential savings of 60 KiB), legacy-javascript |',
    );
    expect(lines[3]).toBe('| home-ja (/ja) | dark | 91 | 92 | – | – | – | – | – | – |');
    expect(lines).toContain(
      'Accessibility below 100 on 1 of 2 page and scheme runs: ' +
        'home-ja (/ja, dark) 92: color-contrast (p.note).',
    );
    expect(lines).toContain(
      'JavaScript (gzipped script files): brief page 2.0 kB, empty page 1.0 kB, difference 1.0 kB.',
    );
    expect(lines.at(-1)).toBe('Load average 1.2 2.0 3.0 when Lighthouse started.');
  });

  it('says when accessibility was 100 everywhere', () => {
    const lines = renderLighthouse({
      loadAverageAtStart: [1, 1, 1],
      pages: [page({}), page({ scheme: 'dark' })],
      js: { briefGzipBytes: 0, emptyGzipBytes: 0, extraGzipBytes: 0 },
    });
    expect(lines).toContain(
      'Accessibility 100 on every page: all 2 page and scheme runs scored 100.',
    );
  });
});
