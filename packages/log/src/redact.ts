/**
 * Redaction at the logger: every object and string a log line carries passes through
 * `scrub` (logger.ts wires it into pino's formatters and its logMethod hook), so no call site
 * can leak a secret by forgetting to. Two nets:
 *
 * - By key name: a value under a key that names a secret (cookie, authorization, password,
 *   hash, secret, token, API key, query parameters, email, …) is replaced whole, whatever
 *   it is. See SECRET_KEY.
 * - By value: every string (messages, stacks, URLs, nested fields) has DSN passwords, email
 *   addresses, bearer/basic credentials, session cookies and token query parameters, a
 *   failed query's `params:` line, and the process's own known secret values (registered
 *   with `addSecretValue`) replaced. See scrubString.
 *
 * The walk is bounded (depth, keys, items, string length) and cycle-safe: a log call never
 * costs more than a few kilobytes of work, whatever it is handed.
 */

export const REDACTED = '[redacted]';

/** Keys whose values are secrets or personal data, compared lowercased with - and _ removed. */
const SECRET_KEY =
  /cookie|authorization|passw(or)?d|^pass$|passphrase|secret|token|apikey|accesskey|privatekey|credential|^hash$|hashed|^params$|^parameters$|^args$|^email$|emailaddress|^otp$|signature|^dsn$|databaseurl|connectionstring/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[-_.\s]/g, ''));
}

export const LIMITS = {
  depth: 6,
  keys: 50,
  items: 20,
  stringChars: 8192,
} as const;

/** Values of this process's secrets (BETTER_AUTH_SECRET, the DSN password, …), never logged. */
const knownSecrets = new Set<string>();

/**
 * Registers a secret value (shorter than 6 characters is ignored: too likely to occur by
 * chance). Every string logged afterwards has it replaced.
 */
export function addSecretValue(value: string | undefined | null): void {
  if (value && value.length >= 6) knownSecrets.add(value);
}

/** Registers the secrets found in an environment: the auth secret, passwords, DSN passwords. */
export function addSecretsFromEnv(env: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(env)) {
    if (!value) continue;
    if (/SECRET|PASSWORD|TOKEN|API_KEY/i.test(key)) addSecretValue(value);
    for (const match of value.matchAll(DSN_PASSWORD)) {
      try {
        addSecretValue(decodeURIComponent(match[2] ?? ''));
      } catch {
        addSecretValue(match[2]);
      }
      addSecretValue(match[2]);
    }
  }
}

/** scheme://user:PASSWORD@ (postgres://, postgresql://, redis://, https://, …). */
const DSN_PASSWORD = /([a-z][a-z0-9+.-]{0,20}:\/\/[^:/?#\s@]{0,128}:)([^@\s/]{1,256})@/gi;
const EMAIL =
  /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
const BEARER = /\b(Bearer|Basic|Token)(\s+)[A-Za-z0-9._~+/=-]{4,}/gi;
/** name=value where the name speaks of a session, token, key or secret (cookies, queries). */
const SECRET_PAIR =
  /((?:__Secure-|__Host-)?[\w.-]{0,64}(?:session|token|secret|api[_-]?key|password|auth|code|signature|sid)[\w.-]{0,64}=)[^;\s,&"'}]+/gi;
/** "key": "value", key: 'value' and key: [ … ] in dumped objects (util.inspect, JSON) under a secret key. */
const SECRET_FIELD =
  /((?:["']?)[\w-]{0,64}(?:cookie|authorization|password|passwd|secret|token|api[_-]?key|email|hash|params|parameters)[\w-]{0,64}["']?\s*:\s*)(?:"[^"]*"|'[^']*'|\[[^\]]*\]|[^\s,}]+)/gi;
/** drizzle's DrizzleQueryError: "Failed query: …\nparams: v1,v2". */
const PARAMS_LINE = /(\bparams:)[^\n]*/g;

/**
 * A string with every secret-looking part replaced, cut to LIMITS.stringChars. Every pattern
 * has bounded repetitions, so a long run of word characters costs linear time, not quadratic.
 */
export function scrubString(input: string): string {
  let s = input.length > LIMITS.stringChars ? `${input.slice(0, LIMITS.stringChars)}…` : input;
  for (const secret of knownSecrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
  return s
    .replace(DSN_PASSWORD, `$1${REDACTED}@`)
    .replace(PARAMS_LINE, `$1 ${REDACTED}`)
    .replace(BEARER, `$1$2${REDACTED}`)
    .replace(SECRET_FIELD, `$1${REDACTED}`)
    .replace(SECRET_PAIR, `$1${REDACTED}`)
    .replace(EMAIL, '[email]');
}

/** An Error as a plain object: its type, message, stack, code and cause, and its own fields. */
function errorFields(error: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { type: error.name, message: error.message };
  if (error.stack) out.stack = error.stack;
  for (const key of Object.keys(error)) {
    if (!(key in out)) out[key] = (error as unknown as Record<string, unknown>)[key];
  }
  if ('code' in error && out.code === undefined) out.code = (error as { code: unknown }).code;
  if (error.cause !== undefined) out.cause = error.cause;
  if (error instanceof AggregateError) out.errors = error.errors;
  return out;
}

/**
 * A copy of `value` safe to log: secrets replaced by key and by pattern, Errors (and their
 * causes) turned into plain objects, the walk bounded. Never throws.
 */
export function scrub(value: unknown): unknown {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return scrubString(v);
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function') return `[function ${v.name || 'anonymous'}]`;
      if (typeof v === 'symbol') return v.toString();
      if (typeof v === 'bigint') return v.toString();
      return v;
    }
    if (seen.has(v)) return '[circular]';
    if (depth >= LIMITS.depth) return '[too deep]';
    seen.add(v);
    try {
      if (v instanceof Error) return walk(errorFields(v), depth);
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
      if (Buffer.isBuffer(v) || ArrayBuffer.isView(v))
        return `[${v.constructor.name} ${v.byteLength} bytes]`;
      if (v instanceof URL) return scrubString(v.href);
      if (Array.isArray(v) || v instanceof Set) {
        const items = [...(v as Iterable<unknown>)];
        const out = items.slice(0, LIMITS.items).map((item) => walk(item, depth + 1));
        if (items.length > LIMITS.items) out.push(`… ${items.length - LIMITS.items} more`);
        return out;
      }
      const entries: [string, unknown][] =
        v instanceof Map
          ? [...v].map(([k, val]) => [String(k), val])
          : v instanceof Headers
            ? [...(v as unknown as Iterable<[string, string]>)]
            : Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]]);
      const out: Record<string, unknown> = {};
      let count = 0;
      for (const [key, val] of entries) {
        if (count++ >= LIMITS.keys) {
          out['…'] = `${entries.length - LIMITS.keys} more keys`;
          break;
        }
        out[key] =
          isSecretKey(key) && val !== undefined && val !== null ? REDACTED : walk(val, depth + 1);
      }
      return out;
    } catch {
      return '[unreadable]';
    }
  };
  return walk(value, 0);
}
