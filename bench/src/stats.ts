/** Nearest-rank percentile of a list of numbers (p in 0..100); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** `value / reference`, rounded to 3 decimals; null when the reference is missing or zero. */
export function ratio(value: number, reference: number | null | undefined): number | null {
  if (
    reference === null ||
    reference === undefined ||
    reference === 0 ||
    !Number.isFinite(reference)
  )
    return null;
  if (!Number.isFinite(value)) return null;
  return Math.round((value / reference) * 1000) / 1000;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Summary of a series of timed operations (sequential scenarios: saves, publish-to-visible). */
export function summarise(durationsMs: readonly number[]) {
  const total = durationsMs.reduce((a, b) => a + b, 0);
  return {
    count: durationsMs.length,
    p50: round(percentile(durationsMs, 50)),
    p99: round(percentile(durationsMs, 99)),
    max: round(durationsMs.length ? Math.max(...durationsMs) : Number.NaN),
    perSecond: total > 0 ? round((durationsMs.length / total) * 1000) : 0,
  };
}
