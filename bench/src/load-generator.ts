import autocannon from 'autocannon';
import { round } from './stats';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean latency: finer than the percentiles, which autocannon keeps in whole ms. */
  meanMs: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  throughputMBs: number;
}

/**
 * Runs autocannon against loopback for a bounded time. Several paths are cycled through by
 * every connection (e.g. pages of a cursor-paginated list).
 */
export async function runLoad(options: {
  url: string;
  paths: string[];
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const host = new URL(options.url);
  if (host.hostname !== '127.0.0.1' && host.hostname !== 'localhost') {
    throw new Error(`the bench only loads loopback addresses, not ${host.hostname}`);
  }
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    headers: options.headers,
    requests: options.paths.map((path) => ({ method: 'GET', path })),
  });
  const non2xx = result.non2xx;
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: round(result.latency.p50, 2),
    p99Ms: round(result.latency.p99, 2),
    meanMs: round(result.latency.average, 2),
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx,
    throughputMBs: round(result.throughput.average / 1_048_576, 2),
  };
}
