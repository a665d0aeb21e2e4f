import { describe, expect, it } from 'vitest';
import { csrfProblem, siteOriginsFor } from './csrf';

const SITE = ['https://accord.example.org'];
const COOKIE = 'accord.session_token=abc.def';

function post(headers: Record<string, string>, method = 'POST') {
  return new Request('https://accord.example.org/api/trpc/editor.commitment.create', {
    method,
    headers,
    body: method === 'GET' ? undefined : '{}',
  });
}

describe('csrfProblem', () => {
  it('lets a script with an API key and no cookie write without Origin: a browser cannot forge the header', () => {
    const key = `acc_${'k'.repeat(43)}`;
    const req = post({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });
    expect(csrfProblem(req, SITE)).toBeNull();
  });

  it('still holds a cookie session to the rules when an API key comes with it', () => {
    const key = `acc_${'k'.repeat(43)}`;
    const req = post({
      authorization: `Bearer ${key}`,
      cookie: COOKIE,
      'content-type': 'application/json',
    });
    expect(csrfProblem(req, SITE)).toMatch(/Origin header missing/);
  });

  it('lets reads through whatever their origin', () => {
    const req = new Request('https://accord.example.org/api/trpc/theme.list', {
      headers: { origin: 'https://evil.example', cookie: COOKIE },
    });
    expect(csrfProblem(req, SITE)).toBeNull();
  });

  it('accepts a signed-in JSON POST from the site itself', () => {
    const req = post({ origin: SITE[0]!, cookie: COOKIE, 'content-type': 'application/json' });
    expect(csrfProblem(req, SITE)).toBeNull();
  });

  it('refuses a POST from another site, signed in or not', () => {
    expect(
      csrfProblem(
        post({ origin: 'https://evil.example', 'content-type': 'application/json' }),
        SITE,
      ),
    ).toMatch(/Cross-site/);
    expect(
      csrfProblem(
        post({
          origin: 'https://evil.example',
          cookie: COOKIE,
          'content-type': 'application/json',
        }),
        SITE,
      ),
    ).toMatch(/Cross-site/);
  });

  it('refuses a signed-in POST that does not say where it comes from', () => {
    expect(csrfProblem(post({ cookie: COOKIE, 'content-type': 'application/json' }), SITE)).toMatch(
      /Origin/,
    );
  });

  it('refuses a signed-in POST that is not JSON (what a plain HTML form would send)', () => {
    const req = post({
      origin: SITE[0]!,
      cookie: COOKIE,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(csrfProblem(req, SITE)).toMatch(/JSON/);
  });

  it('lets a POST without a session through (it can only reach public procedures)', () => {
    expect(csrfProblem(post({ 'content-type': 'text/plain' }), SITE)).toBeNull();
  });

  it('recognises the secure-prefixed cookie too', () => {
    const req = post({
      cookie: '__Secure-accord.session_token=x',
      'content-type': 'application/json',
    });
    expect(csrfProblem(req, SITE)).toMatch(/Origin/);
  });
});

describe('siteOriginsFor', () => {
  it('includes the configured address and the host the request was sent to', () => {
    const req = new Request('http://127.0.0.1:3100/api/trpc/x', {
      headers: { host: '127.0.0.1:3100' },
    });
    expect(siteOriginsFor(req, 'https://accord.example.org/')).toEqual([
      'https://accord.example.org',
      'http://127.0.0.1:3100',
    ]);
  });
});
