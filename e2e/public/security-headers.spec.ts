import { expect, test } from '@playwright/test';

const PAGES = ['/', '/themes/security', '/commitments/tokyo-startup-hub-with-mit', '/no-such-page'];

for (const path of PAGES) {
  test(`a reader's browser gets the security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('the content security policy blocks nothing the site itself needs', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of PAGES.slice(0, 3)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Client-side navigation runs the framework's scripts under the policy too.
  await page.getByRole('link', { name: 'Methodology' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  expect(violations).toEqual([]);
});

test('the API answers errors without internals and refuses oversized batches', async ({
  request,
}) => {
  const calls = Array.from({ length: 11 }, () => 'commitment.list').join(',');
  const input = Object.fromEntries(
    Array.from({ length: 11 }, (_, i) => [i, { json: { limit: 1 } }]),
  );
  const response = await request.get(
    `/api/trpc/${calls}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.status()).toBe(400);
  const text = await response.text();
  expect(text).toContain('Batch call exceeds maximum size');
  expect(text).not.toMatch(/stack|node_modules|at \w+ \(/);
});
