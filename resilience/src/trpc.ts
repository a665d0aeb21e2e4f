import superjson, { type SuperJSONResult } from 'superjson';

/*
 * The tRPC wire format lives here and nowhere else: the API speaks superjson, so an input
 * travels as {"json": <input>} and results and errors come back as {"json": ...}.
 */
function encodeInput(input: unknown): unknown {
  return superjson.serialize(input);
}

function decodeData<T>(data: unknown): T {
  return superjson.deserialize<T>(data as SuperJSONResult);
}

/** What one call answered: its status, its data or error, and how long it took. */
export interface TrpcAnswer<T> {
  status: number;
  ms: number;
  data?: T;
  error?: { message: string; code: string; httpStatus: number };
  headers: Headers;
}

export interface TrpcTarget {
  baseUrl: string;
  /** The session cookie, when signed in. */
  cookie?: string;
  /**
   * Each call on a new connection (`Connection: close`). For calls through nginx while it
   * reloads: its old workers close idle kept-alive connections, and a POST sent on one at
   * that moment fails in fetch, where a browser would send it again.
   */
  newConnections?: boolean;
}

async function answerOf<T>(res: Response, started: number): Promise<TrpcAnswer<T>> {
  const text = await res.text();
  const ms = Date.now() - started;
  let body: {
    result?: { data: unknown };
    error?: { message: string; data?: { code: string; httpStatus: number } };
  };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return {
      status: res.status,
      ms,
      headers: res.headers,
      error: { message: text, code: 'NOT_JSON', httpStatus: res.status },
    };
  }
  if (body.result)
    return { status: res.status, ms, headers: res.headers, data: decodeData<T>(body.result.data) };
  const error = body.error && decodeData<typeof body.error>(body.error);
  return {
    status: res.status,
    ms,
    headers: res.headers,
    error: {
      message: error?.message ?? text,
      code: error?.data?.code ?? 'UNKNOWN',
      httpStatus: error?.data?.httpStatus ?? res.status,
    },
  };
}

function headersFor(
  target: TrpcTarget,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...(target.cookie ? { cookie: target.cookie } : {}),
    ...(target.newConnections ? { connection: 'close' } : {}),
    ...extra,
  };
}

/** A query (GET), as any HTTP client would send it. */
export async function trpcQuery<T>(
  target: TrpcTarget,
  path: string,
  input?: unknown,
  timeoutMs = 30_000,
): Promise<TrpcAnswer<T>> {
  const query =
    input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(encodeInput(input)))}`;
  const started = Date.now();
  const res = await fetch(`${target.baseUrl}/api/trpc/${path}${query}`, {
    headers: headersFor(target),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return answerOf<T>(res, started);
}

/** A mutation (POST) as the site's own pages send it: JSON with the site's Origin (CSRF). */
export async function trpcMutation<T>(
  target: TrpcTarget,
  path: string,
  input: unknown,
  timeoutMs = 30_000,
): Promise<TrpcAnswer<T>> {
  const started = Date.now();
  const res = await fetch(`${target.baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: headersFor(target, {
      'content-type': 'application/json',
      origin: new URL(target.baseUrl).origin,
    }),
    body: JSON.stringify(encodeInput(input)),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return answerOf<T>(res, started);
}

/** The data of a call that must succeed; throws with the answer otherwise. */
export function dataOf<T>(path: string, answer: TrpcAnswer<T>): T {
  if (answer.status !== 200 || answer.data === undefined) {
    throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.error)}`);
  }
  return answer.data;
}
