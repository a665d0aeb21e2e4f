import { describe, expect, it } from 'vitest';
import { parseSizeAndRuns } from './size-runs';

describe('parseSizeAndRuns', () => {
  it('defaults to 100,000 commitments and 100 runs', () => {
    expect(parseSizeAndRuns([])).toEqual({ size: 100_000, runs: 100 });
  });

  it('reads --size and --runs, dropping the `--` pnpm passes on', () => {
    expect(parseSizeAndRuns(['--', '--size', '10000', '--runs=5'])).toEqual({
      size: 10_000,
      runs: 5,
    });
  });

  it('refuses a count that is not a whole number of at least 1', () => {
    for (const bad of ['abc', '0', '-3', '2.5', '']) {
      expect(() => parseSizeAndRuns([`--size=${bad}`]), bad).toThrow(
        /--size must be a whole number/,
      );
    }
    expect(() => parseSizeAndRuns(['--runs', 'x'])).toThrow(/--runs must be a whole number/);
  });

  it('refuses an unknown flag', () => {
    expect(() => parseSizeAndRuns(['--sise', '10'])).toThrow();
  });
});
