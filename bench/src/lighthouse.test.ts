import { describe, expect, it } from 'vitest';
import {
  categoryScore,
  failingAudits,
  medianRun,
  metricValues,
  type ReportSummary,
  scriptSources,
} from './lighthouse';
import { type LighthouseResult, renderLighthouse } from './report';

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

describe('renderLighthouse', () => {
  it('writes scores, metrics and the top audits per page', () => {
    const result: LighthouseResult = {
      loadAverageAtStart: [1.234, 2, 3],
      pages: [
        {
          name: 'home',
          path: '/',
          performance: 77,
          accessibility: 100,
          metrics: metricValues(lhr),
          failingAudits: failingAudits(lhr),
          loadAverage: [1, 2, 3],
          performanceRuns: [75, 77, 80],
        },
      ],
      js: { briefGzipBytes: 2048, emptyGzipBytes: 1024, extraGzipBytes: 1024 },
    };
    const lines = renderLighthouse(result);
    expect(lines[2]).toBe(
      '| home (/) | 77 (runs 75 77 80) | 100 | 1804 | 3906 | 212 | 0.043 | – | ' +
        'render-blocking-resources (Potential savings of 300 ms), ' +
        'unused-javascript (Potential savings of 60 KiB), legacy-javascript |',
    );
    expect(lines).toContain(
      'JavaScript (gzipped script files): brief page 2.0 kB, empty page 1.0 kB, difference 1.0 kB.',
    );
    expect(lines.at(-1)).toBe('Load average 1.2 2.0 3.0 when Lighthouse started.');
  });
});
