import { parseArgs } from 'node:util';

/**
 * `--size N --runs N` for the micro-benchmarks over the generated dataset (bench:search,
 * bench:editor-lists): commitments to generate, and timed runs per case. A `--` that
 * `pnpm bench:x -- --size 10000` passes on is dropped.
 */
export function parseSizeAndRuns(
  argv: string[],
  defaults = { size: 100_000, runs: 100 },
): { size: number; runs: number } {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      size: { type: 'string', default: String(defaults.size) },
      runs: { type: 'string', default: String(defaults.runs) },
    },
  });
  const count = (name: 'size' | 'runs') => {
    const value = Number(values[name]);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(`--${name} must be a whole number of at least 1, not ${values[name]}`);
    }
    return value;
  };
  return { size: count('size'), runs: count('runs') };
}
