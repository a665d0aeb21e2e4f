import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger, log as defaultLog, requestIdFor, runWithRequest } from '@accord/log';
import { methodLabel, metrics, statusClass } from '@accord/log/metrics';
import { routePattern } from './routes';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface ObserveOptions {
  /**
   * Reverse proxies in front of the app (ACCORD_TRUSTED_PROXIES). With at least one, the
   * peer is that proxy, and the X-Request-Id it sets is kept (when short and plain);
   * with none, a client's X-Request-Id is ignored and every request gets a new id.
   */
  trustedProxies: number;
  logger?: Logger;
}

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Wraps the production server's handler: every request runs in its own log context (its id
 * on every line written while handling it, sent back as X-Request-Id and handed on to Next
 * in the same header), ends with one access-log line (method, route pattern, status,
 * duration, bytes; never the path or query) and is counted in http_requests_total and
 * http_request_duration_seconds.
 */
export function observeRequests(handler: Handler, options: ObserveOptions): Handler {
  const logger = options.logger ?? defaultLog;
  const m = metrics();
  return (req, res) => {
    const started = process.hrtime.bigint();
    const id = requestIdFor(req.headers[REQUEST_ID_HEADER], options.trustedProxies > 0);
    const route = routePattern(req.url);
    const method = methodLabel(req.method);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader('X-Request-Id', id);
    const socket = req.socket;
    const bytesBefore = socket.bytesWritten;
    let logged = false;
    const done = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.statusCode;
      const labels = { method, route, status: aborted ? 'aborted' : statusClass(status) };
      m.httpRequests.inc(labels);
      m.httpDuration.observe(labels, seconds);
      // The per-client limit marks its 429s (and the front cache's copies) with this header;
      // a locked sign-in's 429 does not carry it.
      if (status === 429 && res.hasHeader('ratelimit-policy')) m.rateLimitRefusals.inc();
      logger.info(
        {
          reqId: id,
          method,
          route,
          status,
          ms: Math.round(seconds * 10_000) / 10,
          bytes: Math.max(0, socket.bytesWritten - bytesBefore),
          ...(aborted ? { aborted: true } : {}),
        },
        'request',
      );
    };
    res.once('finish', () => done(false));
    res.once('close', () => done(!res.writableFinished));
    return runWithRequest({ id, method, route }, () => handler(req, res));
  };
}
