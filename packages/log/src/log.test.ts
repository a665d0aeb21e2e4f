import { describe, expect, it } from 'vitest';
import { betterAuthLogger, logConsoleCall, stripAnsi } from './console';
import { runWithRequest, requestIdFor } from './context';
import { logError, resetRepeats } from './errors';
import { createLogger } from './logger';
import { prettyLine } from './pretty';
import { addSecretValue, scrub, scrubString } from './redact';
import { readLogSettings } from './settings';

const COOKIE = 'better-auth.session_token=2VMYcanaryCookieValue123.sigSIGSIGsig';
const TOKEN = 'canaryTok3nValue9876543210';
const DSN = 'postgres://accord:canaryDbPassw0rd@db.internal:5432/accord';
const EMAIL = 'canary.editor@example.org';
const CANARIES = ['2VMYcanaryCookieValue123', 'sigSIGSIGsig', TOKEN, 'canaryDbPassw0rd', EMAIL];

function capture(level: 'info' | 'debug' = 'info') {
  const lines: string[] = [];
  const logger = createLogger({ level, format: 'json', write: (line) => lines.push(line) });
  return { logger, lines, text: () => lines.join('') };
}

function expectNoCanary(text: string) {
  for (const canary of CANARIES) expect(text).not.toContain(canary);
}

describe('redaction at the logger', () => {
  it('keeps a cookie, a token and a DSN out of every shape a call site may pass', () => {
    const { logger, text, lines } = capture();
    const error = new Error(`connect failed for ${DSN} as ${EMAIL}`, {
      cause: Object.assign(
        new Error(`Failed query: select * from session where token = $1\nparams: ${TOKEN}`),
        {
          code: '57P01',
          parameters: [TOKEN],
          query: 'select 1',
        },
      ),
    });
    logger.info({ headers: { cookie: COOKIE, authorization: `Bearer ${TOKEN}` } }, 'plain');
    logger.info(
      { nested: { deeper: { list: [{ Cookie: COOKIE }, DSN, `token=${TOKEN}`] } } },
      'nested',
    );
    logger.error(error, 'an error');
    logger.error({ err: error, user: { email: EMAIL, id: 'u1' } }, 'an error as err');
    logger.warn({ anything: [error, new Map([['sessionToken', TOKEN]])] }, 'in an array');
    logger.info(`message with ${DSN}, ${COOKIE}, Authorization: Bearer ${TOKEN} and ${EMAIL}`);
    logger.info('interpolated %s %o', DSN, { password: TOKEN });
    logger.info({ params: [TOKEN], password: 'x', passwordHash: 'y', apiKey: TOKEN }, 'keys');
    logger.child({ session: { token: TOKEN } }).info('a child');
    expect(lines).toHaveLength(9);
    expectNoCanary(text());
    // What is useful stays: the SQL, the error code, the user id, the host of the DSN.
    expect(text()).toContain('select * from session where token = $1');
    expect(text()).toContain('57P01');
    expect(text()).toContain('"id":"u1"');
    expect(text()).toContain('db.internal:5432');
  });

  it('replaces registered secret values (BETTER_AUTH_SECRET) wherever they appear', () => {
    addSecretValue('the-auth-secret-canary-XYZ');
    const { logger, text } = capture();
    logger.info({ detail: 'it was the-auth-secret-canary-XYZ!' }, 'the-auth-secret-canary-XYZ');
    expect(text()).not.toContain('the-auth-secret-canary-XYZ');
  });

  it('is bounded: deep, wide, long and circular values cost a fixed amount', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    let deep: Record<string, unknown> = {};
    const top = deep;
    for (let i = 0; i < 100; i++) deep = deep.next = {};
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const out = JSON.stringify(
      scrub({
        circular,
        top,
        wide,
        list: Array.from({ length: 1000 }, () => 1),
        s: 'x'.repeat(100_000),
      }),
    );
    expect(out).toContain('[circular]');
    expect(out).toContain('[too deep]');
    expect(out.length).toBeLessThan(12_000);
  });

  it('scrubs strings by pattern', () => {
    expect(scrubString(`x ${DSN} y`)).toBe(
      'x postgres://accord:[redacted]@db.internal:5432/accord y',
    );
    expect(scrubString(`Cookie: ${COOKIE}; other=1`)).not.toContain('2VMY');
    expect(scrubString('/reset-password?token=abcdef123&x=1')).toBe(
      '/reset-password?token=[redacted]&x=1',
    );
    expect(scrubString(`mail ${EMAIL}.`)).toBe('mail [email].');
  });
});

describe('lines', () => {
  it('are JSON with time, level, msg and pid; the request id while handling a request', () => {
    const { logger, lines } = capture();
    logger.info('outside');
    runWithRequest({ id: 'req-1', method: 'GET' }, () => logger.warn({ n: 1 }, 'inside'));
    const [outside, inside] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(outside).toMatchObject({ level: 'info', msg: 'outside' });
    expect(typeof outside!.time).toBe('string');
    expect(outside!.reqId).toBeUndefined();
    expect(inside).toMatchObject({ level: 'warn', msg: 'inside', reqId: 'req-1', n: 1 });
  });

  it('respect the level', () => {
    const { logger, lines } = capture();
    logger.debug('hidden');
    expect(lines).toHaveLength(0);
  });

  it('read readable in the pretty format', () => {
    const line = prettyLine(
      JSON.stringify({
        time: '2026-01-01T10:11:12.345Z',
        level: 'error',
        msg: 'boom',
        reqId: 'r1',
        route: '/x',
        err: { stack: 'Error: boom\n    at f' },
      }),
    );
    expect(line).toBe('10:11:12.345 ERROR [r1] boom  route=/x\n    Error: boom\n        at f\n');
  });
});

describe('settings', () => {
  it('accepts the levels and formats, and names a bad value in one error', () => {
    const only = (source: Record<string, string>) => ({ source, envFile: null });
    expect(readLogSettings(only({ LOG_LEVEL: 'DEBUG', LOG_FORMAT: 'pretty' }))).toEqual({
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'pretty',
    });
    expect(readLogSettings(only({}))).toEqual({ LOG_LEVEL: 'info', LOG_FORMAT: undefined });
    expect(() => readLogSettings(only({ LOG_LEVEL: 'loud', LOG_FORMAT: 'xml' }))).toThrow(
      /^Invalid logging settings: LOG_LEVEL: .*; LOG_FORMAT: /,
    );
  });
});

describe('request ids', () => {
  it('takes an incoming id only from a trusted proxy, and only a short plain one', () => {
    expect(requestIdFor('abc-123.x_Y', true)).toBe('abc-123.x_Y');
    expect(requestIdFor('abc-123', false)).not.toBe('abc-123');
    expect(requestIdFor('a'.repeat(65), true)).toHaveLength(22);
    expect(requestIdFor('a b', true)).toHaveLength(22);
    expect(requestIdFor('x\n{"level":"fatal"}', true)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(requestIdFor(['a', 'b'], true)).toHaveLength(22);
  });
});

describe('errors', () => {
  it('the same error repeating is logged in full once per interval, with a count', () => {
    resetRepeats();
    const { logger, lines } = capture();
    const outage = () =>
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (let i = 0; i < 40; i++) {
      runWithRequest({ id: `r${i}`, method: 'GET' }, () =>
        logError(logger, outage(), 'query failed', { now: 1000 + i * 25, intervalMs: 10_000 }),
      );
    }
    expect(lines).toHaveLength(1);
    runWithRequest({ id: 'later', method: 'GET' }, () =>
      logError(logger, outage(), 'query failed', { now: 20_000, intervalMs: 10_000 }),
    );
    expect(lines).toHaveLength(2);
    const later = JSON.parse(lines[1]!) as {
      repeated: number;
      reqId: string;
      err: { stack: string };
    };
    expect(later.repeated).toBe(39);
    expect(later.reqId).toBe('later');
    expect(later.err.stack).toContain('ECONNREFUSED');
    resetRepeats();
  });

  it('an expected condition can be logged without stacks, its causes still named', () => {
    resetRepeats();
    const { logger, lines } = capture();
    const error = new Error('Failed query: select 1\nparams: x', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    logError(logger, error, 'database unavailable', { level: 'warn', stack: false });
    expect(lines[0]).not.toContain('stack');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'warn',
      err: {
        message: 'Failed query: select 1\nparams: [redacted]',
        cause: { code: 'ECONNREFUSED' },
      },
    });
    resetRepeats();
  });

  it('a second error in one request is logged without a second stack', () => {
    resetRepeats();
    const { logger, lines } = capture();
    runWithRequest({ id: 'r', method: 'GET' }, () => {
      logError(logger, new Error('first'), 'one');
      logError(logger, new Error('second'), 'two');
    });
    const [first, second] = lines.map((l) => JSON.parse(l) as { err: { stack?: string } });
    expect(first!.err.stack).toContain('first');
    expect(second!.err.stack).toBeUndefined();
    resetRepeats();
  });
});

describe('other loggers routed through it', () => {
  it("Next's ⨯ dumps and console calls become JSON without colours or secrets", () => {
    resetRepeats();
    const { logger, lines } = capture();
    logConsoleCall(logger, 'error', [
      ' \u001b[31m⨯\u001b[39m ',
      new Error(`failed for ${EMAIL}`),
      { params: [TOKEN] },
    ]);
    logConsoleCall(logger, 'warn', [`\u001b[33mwarning\u001b[0m ${COOKIE}`]);
    const text = lines.join('');
    expectNoCanary(text);
    expect(text).not.toMatch(/\u001b/);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'error',
      err: { message: 'failed for [email]' },
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({ level: 'warn' });
    expect(stripAnsi('\u001b[2mdim\u001b[22m')).toBe('dim');
    resetRepeats();
  });

  it("better-auth's logger option writes through it", () => {
    const { logger, lines } = capture();
    const auth = betterAuthLogger(logger);
    auth.log('error', `Failed to get session \u001b[31m${COOKIE}`, {
      params: [TOKEN],
      email: EMAIL,
    });
    expectNoCanary(lines.join(''));
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', source: 'better-auth' });
  });
});
