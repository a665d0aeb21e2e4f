import { request } from 'node:http';

/**
 * One HTTP request on a TCP connection of its own, closed after the answer (`agent: false`,
 * `Connection: close`), answered as a fetch `Response`.
 *
 * Why not fetch with a `Connection: close` header: undici honours that header by closing the
 * socket after the answer, but it still sends the request on whatever idle kept-alive
 * connection its pool holds to that origin, one that another caller (the readers) left open.
 * When nginx reloads, its old workers close exactly those idle connections, and a POST sent on
 * one at that moment fails in fetch ("other side closed"), where a browser would send it again.
 * A connection no one else ever used cannot be one that a reload is closing.
 */
export function fetchOnNewConnection(
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    timeoutMs?: number;
  } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const req = request(
      url,
      {
        method: init.method ?? 'GET',
        agent: false,
        headers: {
          ...init.headers,
          connection: 'close',
          ...(body ? { 'content-length': String(body.length) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value === undefined) continue;
            for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
          }
          const status = res.statusCode ?? 0;
          // A Response cannot carry a body with these statuses.
          const empty = status === 204 || status === 304;
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status, headers }));
        });
      },
    );
    const timeoutMs = init.timeoutMs ?? 30_000;
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`timed out after ${timeoutMs / 1000} s`)),
    );
    req.on('error', reject);
    req.end(body);
  });
}
