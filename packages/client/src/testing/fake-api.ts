import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import superjson from 'superjson';

/** What a test server saw: one entry per HTTP request. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** A real HTTP server on a free loopback port, answering with `handle`. */
export async function startServer(
  handle: (req: IncomingMessage, res: ServerResponse, attempt: number) => void,
): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handle(req, res, requests.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening: the "server is down" case. */
export async function closedPort(): Promise<string> {
  const server = await startServer(() => undefined);
  await server.close();
  return server.url;
}

/** An error the way Accord's errorFormatter shapes it. */
export interface FakeError {
  error: {
    message: string;
    code: string;
    httpStatus: number;
    fieldErrors?: { path: string[]; message: string }[] | null;
  };
}

export type FakeProcedure = (input: unknown) => unknown;

/**
 * A stand-in for Accord's /api/trpc speaking the same wire format (batched GET, superjson),
 * answering each procedure from `procedures`. A procedure returns its data or a FakeError.
 */
export function startFakeApi(procedures: Record<string, FakeProcedure>): Promise<TestServer> {
  return startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const paths = url.pathname.replace(/^\/api\/trpc\//, '').split(',');
    const inputs = JSON.parse(url.searchParams.get('input') ?? '{}') as Record<string, unknown>;
    let status = 200;
    const answers = paths.map((path, i) => {
      const procedure = procedures[path];
      const wireInput = inputs[String(i)];
      const input =
        wireInput === undefined
          ? undefined
          : superjson.deserialize(wireInput as Parameters<typeof superjson.deserialize>[0]);
      const result: unknown = procedure
        ? procedure(input)
        : { error: { message: `No procedure ${path}`, code: 'NOT_FOUND', httpStatus: 404 } };
      if (result && typeof result === 'object' && 'error' in result) {
        const { error } = result as FakeError;
        status = error.httpStatus;
        return {
          error: superjson.serialize({
            message: error.message,
            code: -32600,
            data: {
              code: error.code,
              httpStatus: error.httpStatus,
              path,
              fieldErrors: error.fieldErrors ?? null,
            },
          }),
        };
      }
      return { result: { data: superjson.serialize(result) } };
    });
    res.writeHead(paths.length > 1 && status !== 200 ? 207 : status, {
      'content-type': 'application/json',
    });
    res.end(JSON.stringify(url.searchParams.has('batch') ? answers : answers[0]));
  });
}
