import { type APIResponse } from '@playwright/test';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  SESSION_COOKIE,
  setState,
  test,
  unique,
} from '../fixtures/admin';
import { trpcData, trpcMutate } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/**
 * An answer to someone without an editor's session: never the draft's words, and `status`
 * when one is given (a redirect to sign-in, 401 or 404).
 */
async function expectNoDraft(response: APIResponse, secrets: string[], status?: number) {
  const text = await response.text();
  for (const secret of secrets) expect(text, response.url()).not.toContain(secret);
  if (status !== undefined) expect(response.status(), response.url()).toBe(status);
}

test('an editor previews a draft as readers will see it, and nobody without a session gets it', async ({
  newEditor,
  admin,
  browser,
  baseURL,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Previewing editor');
  const id = unique();
  const title = `Preview-only harbour ${id}`;
  const summary = `A summary that only the preview shows (${id}).`;
  const draft = await createCommitment(editor, { title, summary });
  cleanup(() => setState(admin, draft.id, 'archived'));
  const path = `/admin/commitments/${draft.id}/preview`;
  const secrets = [title, summary];
  /** The request the browser made for the page's RSC payload when the editor clicked Preview. */
  let navigation: { url: string; headers: Record<string, string> } | undefined;

  await test.step('the editor opens Preview from the editor and sees the public page, marked', async () => {
    const page = editor.page;
    await page.goto(`/admin/commitments/${draft.id}`);
    const navigated = page.waitForRequest(
      (r) =>
        new URL(r.url()).pathname === path &&
        r.headers()['rsc'] === '1' &&
        r.headers()['next-router-prefetch'] === undefined,
    );
    await page.getByRole('link', { name: 'Preview', exact: true }).click();
    await expect(page).toHaveURL(path);
    const sent = await navigated;
    // Only Next's own headers: the cookie stays behind.
    const nextHeaders = Object.entries(sent.headers()).filter(
      ([name]) => name === 'rsc' || name.startsWith('next-'),
    );
    navigation = { url: sent.url(), headers: Object.fromEntries(nextHeaders) };

    const banner = page.getByRole('complementary', { name: 'Preview' });
    await expect(banner).toContainText('Preview: not published');
    await expect(banner).toContainText('Draft');
    const article = page.locator('main article.commitment');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(article.locator('.lede')).toHaveText(summary);
    await expect(article.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(title);
    await expect(article.getByRole('heading', { level: 2, name: 'Parties' })).toBeVisible();
    await expect(article.getByRole('link', { name: 'Japan' })).toBeVisible();
    await expect(article.getByRole('term').first()).toHaveText('Status');
  });

  await test.step('the page is never cached and never indexed', async () => {
    const response = await editor.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    const html = await response.text();
    expect(html).toContain(title);
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow/);
    // The payload of a client-side navigation to it, likewise.
    const rsc = await editor.request.get(path, { headers: { rsc: '1' } });
    expect(rsc.status()).toBe(200);
    expect(rsc.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    expect(await rsc.text()).toContain(title);
    // The browser's own navigation request, replayed: it says the editor page's layouts are
    // already on screen, so Next renders only from the changed segment down. The draft is in
    // that answer, which is why the page checks the session itself (next step).
    const replayed = await editor.request.get(navigation!.url, { headers: navigation!.headers });
    expect(replayed.status()).toBe(200);
    expect(replayed.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    expect(await replayed.text()).toContain(title);
  });

  await test.step('a published commitment previews exactly as its public page renders', async () => {
    const page = editor.page;
    const { items } = await trpcData<{ items: { id: number; slug: string }[] }>(
      editor.request,
      'editor.commitment.list',
      { state: 'published', limit: 1 },
    );
    const published = items[0]!;
    await page.goto(`/admin/commitments/${published.id}/preview`);
    await expect(page.getByRole('complementary', { name: 'Preview' })).toContainText(
      'Preview: published',
    );
    const previewed = await page.locator('main article.commitment').innerHTML();
    await reader.goto(`/commitments/${published.slug}`);
    expect(await reader.locator('main article.commitment').innerHTML()).toBe(previewed);
  });

  await test.step('without a session there is no preview: no cookie, a forged one, an RSC fetch', async () => {
    // A fresh browser context, as a reader who was handed the address.
    const anonymous = await browser.newContext({ baseURL });
    try {
      await expectNoDraft(await anonymous.request.get(path, { maxRedirects: 0 }), secrets, 307);
      const page = await anonymous.newPage();
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?/);
      expect(new URL(page.url()).searchParams.get('next')).toBe(path);
      await expect(page.getByText(title)).toHaveCount(0);
    } finally {
      await anonymous.close();
    }
    const forged = { cookie: `${SESSION_COOKIE}=forged.${unique()}` };
    await expectNoDraft(
      await reader.request.get(path, { headers: forged, maxRedirects: 0 }),
      secrets,
      307,
    );
    // The page's RSC payload, as a client-side navigation asks for it: the page checks the
    // session itself, not only its layout.
    for (const headers of [{ rsc: '1' }, { rsc: '1', ...forged }]) {
      await expectNoDraft(await reader.request.get(path, { headers, maxRedirects: 0 }), secrets);
    }
    for (const headers of [navigation!.headers, { ...navigation!.headers, ...forged }]) {
      await expectNoDraft(
        await reader.request.get(navigation!.url, { headers, maxRedirects: 0 }),
        secrets,
      );
    }
    // The API behind it, and the public page at the draft's own address.
    await expectNoDraft(
      await reader.request.get(
        `/api/trpc/editor.preview.commitment?input=${encodeURIComponent(JSON.stringify({ json: { id: draft.id } }))}`,
      ),
      secrets,
      401,
    );
    await expectNoDraft(await reader.request.get(`/commitments/${draft.data.slug}`), secrets, 404);
  });

  await test.step('after signing out, the same browser gets sign-in, not the preview', async () => {
    const page = editor.page;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?/);
    await expect(page.getByText(title)).toHaveCount(0);
    await expectNoDraft(await editor.request.get(path, { maxRedirects: 0 }), secrets, 307);
  });

  await test.step('an editor whose account is disabled loses the preview at once', async () => {
    const other = await newEditor('Disabled editor');
    expect((await other.request.get(path)).status()).toBe(200);
    await trpcMutate(admin.request, 'admin.user.disable', { id: other.id });
    await expectNoDraft(await other.request.get(path, { maxRedirects: 0 }), secrets, 307);
  });
});
