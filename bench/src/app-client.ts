import superjson, { type SuperJSONResult } from 'superjson';

/*
 * The tRPC wire format is superjson: inputs travel as {"json": <input>} and results come back
 * as result.data {"json": ...}. encode/decode here are the only places that know it.
 */
function encode(input: unknown): string {
  return JSON.stringify(superjson.serialize(input));
}

function decode<T>(data: unknown): T {
  return superjson.deserialize<T>(data as SuperJSONResult);
}

/** What the bench needs from the running app over HTTP: reads, sign-in and editor calls. */
export class AppClient {
  private cookie = '';

  constructor(
    readonly baseUrl: string,
    /** The Origin the app accepts for mutations (its ACCORD_BASE_URL). */
    private readonly origin: string,
  ) {}

  /** The session cookie after `signIn`, for load runs that read as this user. */
  get sessionCookie(): string {
    return this.cookie;
  }

  static trpcPath(procedure: string, input?: unknown): string {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(encode(input))}`;
    return `/api/trpc/${procedure}${query}`;
  }

  async get(path: string): Promise<{ status: number; body: Buffer; contentType: string }> {
    const res = await fetch(this.baseUrl + path, {
      headers: this.cookie ? { cookie: this.cookie } : {},
      signal: AbortSignal.timeout(60_000),
    });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, body, contentType: res.headers.get('content-type') ?? '' };
  }

  async signIn(email: string, password: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.origin },
      body: JSON.stringify({ email, password }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${text.slice(0, 300)}`);
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }

  async query<T>(procedure: string, input?: unknown): Promise<T> {
    const res = await this.get(AppClient.trpcPath(procedure, input));
    const json = JSON.parse(res.body.toString()) as { result?: { data: unknown }; error?: unknown };
    if (res.status !== 200 || !json.result) {
      throw new Error(`${procedure} answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
    }
    return decode<T>(json.result.data);
  }

  async mutate<T>(procedure: string, input: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}/api/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.origin, cookie: this.cookie },
      body: encode(input),
    });
    const text = await res.text();
    const json = JSON.parse(text) as { result?: { data: unknown } };
    if (res.status !== 200 || !json.result) {
      throw new Error(`${procedure} answered ${res.status}: ${text.slice(0, 300)}`);
    }
    return decode<T>(json.result.data);
  }
}
