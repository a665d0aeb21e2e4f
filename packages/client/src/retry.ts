/**
 * Retries for reads. Only idempotent requests (GET, which is how tRPC sends queries) are
 * tried again, and only when no answer came (network error, timeout) or the answer says
 * "try later" (429, 502, 503, 504). Mutations go out once, whatever happens.
 */

export interface RetryPolicy {
  /** How many times a failed read is tried again; 0 turns retries off. */
  retries: number;
  /** The wait before the first retry; each further wait doubles (with jitter). */
  baseDelayMs: number;
  /**
   * The longest wait, for backoff and for a server's Retry-After alike. When the server
   * asks for a longer pause than this, the call fails at once instead of hanging.
   */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
};

export const RETRYABLE_STATUSES: readonly number[] = [429, 502, 503, 504];

export function isIdempotentMethod(method: string): boolean {
  return ['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

/** A Retry-After header (seconds or an HTTP date) as milliseconds; null when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return null;
  return Math.max(0, at - now);
}

/**
 * How long to wait before retry number `retry` (1 for the first), or null to give up.
 * Without Retry-After: exponential backoff, capped, with "equal jitter" (between half and
 * all of the step) so that many clients do not come back in the same instant.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  if (retry > policy.retries) return null;
  if (retryAfterMs !== null) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : null;
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The caller's signal (if any) combined with a timeout for one attempt. */
function attemptSignal(signal: AbortSignal | null | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

export interface RetryingFetchOptions {
  policy?: Partial<RetryPolicy>;
  /** Longest wait for one attempt's answer; a timed-out read counts as a network error. */
  timeoutMs?: number;
  random?: () => number;
}

/** Wraps a fetch so that reads are retried under `policy`; other requests pass through. */
export function withRetries(fetchImpl: Fetch, options: RetryingFetchOptions = {}): Fetch {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async (input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const callerSignal = init?.signal;
    if (!isIdempotentMethod(method)) {
      return fetchImpl(input, { ...init, signal: attemptSignal(callerSignal, timeoutMs) });
    }
    for (let retry = 1; ; retry++) {
      let response: Response;
      try {
        response = await fetchImpl(input, {
          ...init,
          signal: attemptSignal(callerSignal, timeoutMs),
        });
      } catch (error) {
        // The caller gave up: not a failure to retry.
        if (callerSignal?.aborted) throw error;
        const delay = retryDelay(policy, retry, null, options.random);
        if (delay === null) throw error;
        await sleep(delay, callerSignal);
        continue;
      }
      if (!RETRYABLE_STATUSES.includes(response.status)) return response;
      const delay = retryDelay(
        policy,
        retry,
        parseRetryAfter(response.headers.get('retry-after')),
        options.random,
      );
      if (delay === null) return response;
      // Free the connection before waiting; the body of a "try later" answer is not needed.
      await response.body?.cancel().catch(() => undefined);
      await sleep(delay, callerSignal);
    }
  };
}
