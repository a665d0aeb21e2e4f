import type { AppRouter } from '@accord/api';
import type {
  AnyMutationProcedure,
  AnyProcedure,
  AnyQueryProcedure,
  inferProcedureInput,
  inferTransformedProcedureOutput,
} from '@trpc/server';
import superjson, { type SuperJSONResult } from 'superjson';
import { fetchOnNewConnection } from './fresh-connection';

/*
 * The scenarios talk JSON over HTTP, as any client would, but their paths, inputs and answers
 * are typed against the app's router: a change of a procedure's name or input shape fails
 * `pnpm typecheck` here instead of a scenario in CI (a renamed list input once did).
 */
type Procedures = AppRouter['_def']['record'];

/** Every procedure's dotted path whose kind is `Kind` (query or mutation). */
type PathsOf<R, Kind> = {
  [K in keyof R & string]: R[K] extends AnyProcedure
    ? R[K] extends Kind
      ? K
      : never
    : `${K}.${PathsOf<R[K], Kind>}`;
}[keyof R & string];

type ProcedureAt<R, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof R
    ? ProcedureAt<R[Head], Rest>
    : never
  : Path extends keyof R
    ? R[Path] extends AnyProcedure
      ? R[Path]
      : never
    : never;

export type QueryPath = PathsOf<Procedures, AnyQueryProcedure>;
export type MutationPath = PathsOf<Procedures, AnyMutationProcedure>;
/** What the procedure at `P` takes. */
export type InputOf<P extends QueryPath | MutationPath> = inferProcedureInput<
  ProcedureAt<Procedures, P>
>;
/** What the procedure at `P` answers (superjson carries dates and the rest as they are). */
export type OutputOf<P extends QueryPath | MutationPath> = inferTransformedProcedureOutput<
  AppRouter['_def']['_config']['$types'],
  ProcedureAt<Procedures, P>
>;

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
   * Each call on a TCP connection of its own (`fetchOnNewConnection`). For calls through nginx
   * while it reloads: its old workers close idle kept-alive connections, and a POST sent on
   * one at that moment fails in fetch, where a browser would send it again.
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
    ...extra,
  };
}

/** One request: through fetch's pool, or on a connection of its own (`newConnections`). */
function send(
  target: TrpcTarget,
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: string; timeoutMs: number },
): Promise<Response> {
  if (target.newConnections) return fetchOnNewConnection(url, init);
  return fetch(url, {
    method: init.method,
    headers: init.headers,
    body: init.body,
    signal: AbortSignal.timeout(init.timeoutMs),
  });
}

/** A query (GET), as any HTTP client would send it. */
export async function trpcQuery<P extends QueryPath>(
  target: TrpcTarget,
  path: P,
  input?: InputOf<P>,
  timeoutMs = 30_000,
): Promise<TrpcAnswer<OutputOf<P>>> {
  const query =
    input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(encodeInput(input)))}`;
  const started = Date.now();
  const res = await send(target, `${target.baseUrl}/api/trpc/${path}${query}`, {
    headers: headersFor(target),
    timeoutMs,
  });
  return answerOf<OutputOf<P>>(res, started);
}

/** A mutation (POST) as the site's own pages send it: JSON with the site's Origin (CSRF). */
export async function trpcMutation<P extends MutationPath>(
  target: TrpcTarget,
  path: P,
  input: InputOf<P>,
  timeoutMs = 30_000,
): Promise<TrpcAnswer<OutputOf<P>>> {
  const started = Date.now();
  const res = await send(target, `${target.baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: headersFor(target, {
      'content-type': 'application/json',
      origin: new URL(target.baseUrl).origin,
    }),
    body: JSON.stringify(encodeInput(input)),
    timeoutMs,
  });
  return answerOf<OutputOf<P>>(res, started);
}

/** The data of a call that must succeed; throws with the answer otherwise. */
export function dataOf<T>(path: string, answer: TrpcAnswer<T>): T {
  if (answer.status !== 200 || answer.data === undefined) {
    throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.error)}`);
  }
  return answer.data;
}
