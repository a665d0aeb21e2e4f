import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, test } from '@playwright/test';
import { fetchDocument, REST } from '../fixtures/rest';

test('the OpenAPI document at /api/v1/openapi.json passes a standard OpenAPI validator', async ({
  request,
}) => {
  const response = await request.get(`${REST}/openapi.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/vnd.oai.openapi+json');
  expect(response.headers()['etag']).toBeTruthy();
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const doc = (await response.json()) as Record<string, unknown>;
  const result = await new Validator().validate(doc);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(doc.openapi).toMatch(/^3\.1\./);
});

test('the document describes the error shape, caching and limits on every operation', async ({
  request,
}) => {
  const doc = await fetchDocument(request);
  expect(doc.components.schemas).toHaveProperty('ApiError');
  for (const [path, item] of Object.entries(doc.paths)) {
    const responses = item.get!.responses;
    for (const status of ['200', '304', '429', '500', '503']) {
      expect(Object.keys(responses), `${path} documents ${status}`).toContain(status);
    }
    const ok = responses['200'] as { headers: Record<string, unknown> };
    expect(Object.keys(ok.headers)).toEqual(
      expect.arrayContaining(['ETag', 'Cache-Control', 'RateLimit-Policy']),
    );
    if (path.includes('{slug}')) expect(Object.keys(responses)).toContain('404');
  }
  const retry = doc.components.responses.Error429 as { headers: Record<string, unknown> };
  expect(retry.headers).toHaveProperty('Retry-After');
});

test('a developer reads the API reference on /developers, rendered from the document, offline', async ({
  page,
  request,
}) => {
  const doc = await fetchDocument(request);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
  });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'More' })
    .getByRole('link', { name: 'Developers' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Developers');
  for (const path of Object.keys(doc.paths)) {
    await expect(
      page.getByRole('heading', { level: 3, name: `GET ${REST}${path}`, exact: true }),
    ).toBeVisible();
  }
  const errors = page.getByRole('table', { name: 'HTTP status codes and what they mean' });
  for (const status of ['304', '400', '404', '409', '413', '429', '500', '503']) {
    await expect(errors.getByRole('rowheader', { name: status, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: `${REST}/openapi.json` })).toBeVisible();
  expect(foreign).toEqual([]);
});
