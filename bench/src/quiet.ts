/**
 * Waits until the server answers a cheap request quickly several times in a row: until the
 * work a warm-up set off in the background (the prime publish's re-renders of every list page,
 * a stale page's refresh on its first visit) has finished. At 100k on PGlite that work holds
 * the server's one thread for seconds, and a scenario timed during it measures the warm-up,
 * not the reads (bench/README.md, "The Japanese edition").
 */
export async function waitUntilQuiet(
  get: () => Promise<unknown>,
  options: {
    /** A request slower than this is not quiet. */
    thresholdMs?: number;
    /** How many quick answers in a row count as quiet. */
    consecutive?: number;
    /** Give up (and say so) after this long: a server never quiet is measured as it is. */
    timeoutMs?: number;
    pauseMs?: number;
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<{ quiet: boolean; waitedMs: number }> {
  const {
    thresholdMs = 50,
    consecutive = 5,
    timeoutMs = 120_000,
    pauseMs = 200,
    now = () => performance.now(),
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  } = options;
  const started = now();
  let quick = 0;
  while (now() - started < timeoutMs) {
    const before = now();
    try {
      await get();
      quick = now() - before < thresholdMs ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    if (quick >= consecutive) return { quiet: true, waitedMs: Math.round(now() - started) };
    await sleep(pauseMs);
  }
  return { quiet: false, waitedMs: Math.round(now() - started) };
}
