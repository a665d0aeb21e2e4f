import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client). Any package increments them through
 * `metrics()`; the production server exposes them on METRICS_PORT (apps/web/src/observe).
 * Every label has a fixed, small set of values: a label from client input (a raw path, a
 * procedure name) would let junk URLs grow the number of series without bound.
 *
 * One set per process, on globalThis: Next bundles a copy of this module into each route
 * bundle, and every copy must count into the same registry.
 */
export interface Metrics {
  registry: Registry;
  /** http_requests_total{method,route,status}: route is a pattern, status a class (2xx…). */
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  frontCache: Counter<'result'>;
  /** 1 while the database answers, 0 after a failed query or probe, until one succeeds. */
  databaseUp: Gauge;
  databaseErrors: Counter<'kind'>;
  rateLimitRefusals: Counter;
  signInFailures: Counter<'reason'>;
  signInLockouts: Counter;
}

/** HTTP methods kept as labels; any other is `other`. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function methodLabel(method: string | undefined): string {
  return method && METHODS.has(method) ? method : 'other';
}

export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}

const KEY = Symbol.for('accord.metrics');

function create(): Metrics {
  const registry = new Registry();
  const labels = ['method', 'route', 'status'] as const;
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status class.',
      labelNames: labels,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from a request to the end of its answer, by method, route pattern and status class.',
      labelNames: labels,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    frontCache: new Counter({
      name: 'accord_front_cache_requests_total',
      help: 'Cacheable requests the front cache answered (hit) or passed to Next (miss).',
      labelNames: ['result'],
      registers: [registry],
    }),
    databaseUp: new Gauge({
      name: 'accord_database_up',
      // Across a cluster's workers: down if any one of them finds it down.
      aggregator: 'min',
      help: '1 while the database answers; 0 since a query or probe failed for want of it.',
      registers: [registry],
    }),
    databaseErrors: new Counter({
      name: 'accord_database_errors_total',
      help: 'Failed database queries: unavailable (connection, shutdown, timeout) or query (any other).',
      labelNames: ['kind'],
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({
      name: 'accord_rate_limit_refusals_total',
      help: 'Requests refused with 429 by the per-client rate limit.',
      registers: [registry],
    }),
    signInFailures: new Counter({
      name: 'accord_sign_in_failures_total',
      help: 'Failed sign-ins: wrong credentials, or refused while the email is locked.',
      labelNames: ['reason'],
      registers: [registry],
    }),
    signInLockouts: new Counter({
      name: 'accord_sign_in_lockouts_total',
      help: 'Emails locked after too many failed sign-ins.',
      registers: [registry],
    }),
  };
}

/** The process's metrics (created on first use). */
export function metrics(): Metrics {
  const store = globalThis as { [KEY]?: Metrics };
  return (store[KEY] ??= create());
}

/**
 * A gauge whose value is read when scraped (a cache's size). Registered once per name: a
 * second call with the same name replaces the reader.
 */
export function gaugeFrom(name: string, help: string, read: () => number): void {
  const { registry } = metrics();
  registry.removeSingleMetric(name);
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      this.set(read());
    },
  });
}

/** Node's process metrics (CPU, memory, GC, event-loop lag as nodejs_eventloop_lag_seconds). */
export function collectProcessMetrics(): void {
  const store = globalThis as { [KEY]?: Metrics; [DEFAULTS]?: boolean };
  if (store[DEFAULTS]) return;
  store[DEFAULTS] = true;
  collectDefaultMetrics({ register: metrics().registry });
}
const DEFAULTS = Symbol.for('accord.metrics.defaults');

/** Counts a failed database call: `unavailable` also marks the database down. */
export function countDatabaseError(kind: 'unavailable' | 'query'): void {
  const m = metrics();
  m.databaseErrors.inc({ kind });
  if (kind === 'unavailable') m.databaseUp.set(0);
}

/** Marks the database up (a query or probe succeeded). */
export function markDatabaseUp(): void {
  metrics().databaseUp.set(1);
}
