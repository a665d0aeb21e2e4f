import { type APIRequestContext } from '@playwright/test';
import { ADMIN_TEST_TIMEOUT, createTheme, expect, retire, test, unique } from '../fixtures/admin';
import { MEETING_TITLE } from '../fixtures/site';
import { trpcPost, trpcProblem } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** Whether a reader fetching `path` gets the page with `text` on it. */
async function readerSees(request: APIRequestContext, path: string, text: string) {
  const response = await request.get(path);
  return response.status() === 200 && (await response.text()).includes(text);
}

test('an editor drafts a commitment and submits it, an admin publishes it and a reader sees it within a second', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Drafting editor');
  const theme = await createTheme(admin);
  const commitmentIds: number[] = [];
  cleanup(() => retire(admin, theme, commitmentIds));
  const id = unique();
  const slug = `e2e-workflow-${id}`;
  const title = `Build a test harbour ${id}`;
  const summary = `The leaders agreed to build a harbour for end-to-end tests (${id}).`;

  await test.step('the editor drafts it on the new-commitment form', async () => {
    const page = editor.page;
    await page.goto('/admin/commitments/new');
    const form = page.getByRole('form', { name: 'New commitment' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Slug').fill(slug);
    await form.getByLabel('Summary').fill(summary);
    await form.getByLabel('Strength').selectOption({ label: 'Agreed' });
    await form.getByLabel('Meeting').selectOption({ label: MEETING_TITLE });
    await form.getByLabel('Theme').selectOption({ label: theme.title });
    const party = form.getByRole('group', { name: 'Party 1' });
    await party.getByRole('combobox', { name: /^Party/ }).selectOption({ label: 'Japan' });
    await party.getByRole('combobox', { name: /^Role/ }).selectOption('committer');
    await form.getByRole('button', { name: 'Create draft' }).click();

    await expect(page).toHaveURL(/\/admin\/commitments\/\d+\?created=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Created as a draft.')).toBeVisible();
    commitmentIds.push(Number(new URL(page.url()).pathname.split('/').pop()));
  });
  const commitmentId = commitmentIds[0]!;

  await test.step('the editor submits it for review, and may not publish it', async () => {
    const page = editor.page;
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByText(/^Submitted for review\. Now version 2\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
    const refused = await trpcPost(editor.request, 'editor.commitment.setState', {
      id: commitmentId,
      expectedVersion: 2,
      to: 'published',
    });
    expect(refused.status()).toBe(403);
    expect((await trpcProblem(refused)).code).toBe('FORBIDDEN');
  });

  await test.step('before it is published, readers do not see it', async () => {
    const response = await reader.goto(`/commitments/${slug}`);
    expect(response?.status()).toBe(404);
    await reader.goto(`/themes/${theme.slug}`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(theme.title);
    await expect(reader.getByRole('region', { name: '0 commitments' })).toBeVisible();
    await expect(reader.getByRole('link', { name: title })).toHaveCount(0);
  });

  // The anonymous API reads of the theme's list are answered from the published-data cache
  // (same ETag, no query) until a publish empties it.
  const themeList = `/api/v1/commitments?theme=${theme.slug}`;
  await test.step('before it is published, the API does not list it either', async () => {
    const first = await reader.request.get(themeList);
    const second = await reader.request.get(themeList);
    expect(first.status()).toBe(200);
    expect(second.headers()['etag']).toBe(first.headers()['etag']);
    expect(((await second.json()) as { items: unknown[] }).items).toEqual([]);
    expect((await reader.request.get(`/api/v1/commitments/${slug}`)).status()).toBe(404);
  });

  await test.step('the admin publishes it, and readers see it within a second', async () => {
    const page = admin.page;
    await page.goto(`/admin/commitments/${commitmentId}`);
    await expect(page.getByText('In review', { exact: true })).toBeVisible();
    const published = page.waitForResponse(
      (r) => r.url().includes('editor.commitment.setState') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Publish' }).click();
    expect((await published).status()).toBe(200);
    // Counted from the publish response: a reader request sent within the second must get the
    // new pages (the answer itself may take longer on a busy machine; a stale cache never comes).
    const since = Date.now();
    let seenAfter: number | null = null;
    while (seenAfter === null && Date.now() - since <= 1_000) {
      const sentAfter = Date.now() - since;
      const seen = await Promise.all([
        readerSees(reader.request, `/commitments/${slug}`, title),
        readerSees(reader.request, `/themes/${theme.slug}`, title),
      ]);
      if (seen.every(Boolean)) seenAfter = sentAfter;
    }
    expect(seenAfter, 'ms from publishing to a reader request that saw it').not.toBeNull();
    // The API answers from the cache, which the publish emptied: the first read after it
    // has the commitment.
    const bySlug = await reader.request.get(`/api/v1/commitments/${slug}`);
    expect(bySlug.status()).toBe(200);
    expect(((await bySlug.json()) as { title: string }).title).toBe(title);
    const listed = (await (await reader.request.get(themeList)).json()) as {
      items: { slug: string }[];
    };
    expect(listed.items.map((c) => c.slug)).toEqual([slug]);
    await expect(page.getByText(/^Published\. Now version 3\./)).toBeVisible();
  });

  await test.step('a reader finds it on the brief and opens it', async () => {
    await reader.goto(`/themes/${theme.slug}`);
    const list = reader.getByRole('region', { name: '1 commitment' });
    await list.getByRole('link', { name: title }).click();
    await expect(reader).toHaveURL(`/commitments/${slug}`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(reader.locator('main .lede')).toHaveText(summary);
  });
});
