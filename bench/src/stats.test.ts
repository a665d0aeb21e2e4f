import { describe, expect, it } from 'vitest';
import { type PhaseResult, type ScenarioResult } from './phase';
import { growthTable, renderMarkdown, replaceLatestBlock } from './report';
import { percentile, ratio, summarise } from './stats';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('ratio', () => {
  it('divides by the baseline and refuses a missing one', () => {
    expect(ratio(150, 1000)).toBe(0.15);
    expect(ratio(1, 3)).toBe(0.333);
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(5, null)).toBeNull();
  });
});

describe('summarise', () => {
  it('reports p50, p99, max and rate of sequential operations', () => {
    expect(summarise([10, 20, 30, 40])).toEqual({
      count: 4,
      p50: 20,
      p99: 40,
      max: 40,
      perSecond: 40,
    });
  });
});

const load = (rps: number, p50: number) => ({
  requestsPerSecond: rps,
  p50Ms: p50,
  p99Ms: p50 * 2,
  meanMs: p50,
  requests: rps * 10,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  throughputMBs: 1,
});

function phase(size: number, p50: number): PhaseResult {
  const scenario: ScenarioResult = {
    name: 'tRPC commitment.bySlug',
    kind: 'trpc',
    via: 'app',
    paths: ['/x'],
    bytes: 100,
    app: load(100, p50),
    baseline: load(1000, 1),
    ratio: 0.1,
    rssPeakMb: 200,
  };
  const seq = { count: 1, p50: 1, p99: 1, max: 1, perSecond: 1, errors: 0 };
  return {
    size,
    loadSeconds: 0,
    loadedNow: false,
    scenarios: [scenario],
    unloaded: [{ name: scenario.name, p50Ms: p50 / 10, p99Ms: p50 / 5 }],
    editorSave: seq,
    publishToVisible: { app: seq, nginx: null },
    rssIdleMb: 100,
    rssAfterMb: 120,
    skipped: [],
  };
}

describe('report', () => {
  it('computes growth from the smallest to the largest size', () => {
    const [row] = growthTable([phase(1000, 10), phase(100_000, 15)]);
    expect(row?.loadedGrowth).toBe(1.5);
    expect(row?.unloadedGrowth).toBe(1.5);
  });

  it('renders the table and replaces only the latest block of the README', () => {
    const markdown = renderMarkdown({
      date: '2026-11-27 02:00 UTC',
      engine: 'pglite',
      mode: 'quick',
      connections: 50,
      durations: { app: 5, baseline: 3, nginx: 3, unloaded: 2 },
      machine: { cpus: 2, loadAverageAtStart: [1, 1, 1], node: 'v20', commit: 'abc' },
      phases: [phase(1000, 10)],
      lighthouse: null,
      notes: [],
    });
    expect(markdown).toContain('| 1k | tRPC commitment.bySlug | app | 100 |');
    expect(markdown).toContain('10.0%');
    const readme = replaceLatestBlock(
      'intro\n<!-- bench:latest:start -->\nold\n<!-- bench:latest:end -->\nafter\n',
      'new\n',
    );
    expect(readme).toBe(
      'intro\n<!-- bench:latest:start -->\nnew\n<!-- bench:latest:end -->\nafter\n',
    );
  });
});
