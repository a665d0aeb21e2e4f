import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  getCommitment,
  retire,
  test,
} from '../fixtures/admin';
import { trpcMutate } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

interface Saved {
  id: number;
  version: number;
}

test('bulk-publish five records, one of which is stale: four are published and one is reported stale', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Bulk editor');
  const theme = await createTheme(admin);
  const made: { id: number; slug: string; title: string }[] = [];
  cleanup(() =>
    retire(
      admin,
      theme,
      made.map((c) => c.id),
    ),
  );
  for (let i = 1; i <= 5; i++) {
    const draft = await createCommitment(editor, {
      theme: theme.slug,
      title: `Bulk pledge ${i} ${theme.slug}`,
    });
    made.push({ id: draft.id, slug: draft.data.slug, title: draft.data.title });
    await trpcMutate<Saved>(editor.request, 'editor.commitment.submit', {
      id: draft.id,
      expectedVersion: draft.version,
    });
  }
  const stale = made[3]!;
  const page = admin.page;
  /** When the bulk publish answered, by this machine's clock (the server's too). */
  let answeredAt = 0;

  await test.step('the admin lists the theme’s five, in review', async () => {
    await page.goto(`/admin/commitments?theme=${theme.slug}&state=review`);
    const table = page.getByRole('table', { name: /Commitments/ });
    await expect(table.getByRole('rowheader')).toHaveCount(5);
    await expect(page.getByText('None selected.', { exact: false })).toBeVisible();
  });

  await test.step('meanwhile an editor saves one of them in another browser', async () => {
    const current = await getCommitment(editor, stale.id);
    await trpcMutate<Saved>(editor.request, 'editor.commitment.update', {
      id: stale.id,
      expectedVersion: current.version,
      data: { ...current.data, summary: 'Changed by another editor after the list loaded.' },
    });
  });

  await test.step('the admin selects the whole page from the keyboard and publishes', async () => {
    const selectAll = page.getByRole('checkbox', { name: 'Select all on this page' });
    await selectAll.focus();
    await page.keyboard.press('Space');
    await expect(selectAll).toBeChecked();
    for (const c of made) {
      await expect(page.getByRole('checkbox', { name: `Select ${c.title}` })).toBeChecked();
    }
    const bulk = page.getByRole('group', { name: 'With the selected commitments' });
    await expect(bulk.getByText('5 selected.')).toBeVisible();
    const answered = page.waitForResponse(
      (r) => r.url().includes('editor.commitment.bulkMove') && r.request().method() === 'POST',
    );
    await bulk.getByRole('button', { name: 'Publish' }).click();
    expect((await answered).status()).toBe(200);
    answeredAt = Date.now();
  });

  await test.step('the answer lists four published and the stale one, which stays selected', async () => {
    const report = page.getByRole('region', { name: 'Published: 4 of 5' });
    await expect(report).toBeVisible();
    await expect(report.locator('[data-outcome="saved"]')).toHaveCount(4);
    const staleLine = report.locator('[data-outcome="stale"]');
    await expect(staleLine).toHaveCount(1);
    await expect(staleLine).toContainText(stale.title);
    await expect(staleLine).toContainText('after this list loaded');
    await report.getByRole('button', { name: 'Reload the list' }).click();
    await expect(page.getByRole('checkbox', { name: `Select ${stale.title}` })).toBeChecked();
    await expect(
      page.getByRole('group', { name: 'With the selected commitments' }).getByText('1 selected.'),
    ).toBeVisible();
  });

  await test.step('readers see the four at once, and not the stale one', async () => {
    const renderedAt: number[] = [];
    for (const c of made) {
      const response = await reader.request.get(`/commitments/${c.slug}`);
      expect(response.status(), c.slug).toBe(c === stale ? 404 : 200);
      if (c !== stale) {
        const html = await response.text();
        expect(html).toContain(c.title);
        renderedAt.push(Number(/<html[^>]*\sdata-rendered-at="(\d+)"/.exec(html)?.[1]));
      }
      const state = (await getCommitment(admin, c.id)).editorialState;
      expect(state, c.slug).toBe(c === stale ? 'review' : 'published');
    }
    // The publish re-rendered the first few records' pages (and the brief) before it
    // answered, at most eight pages in all (RERENDER_FIRST_MAX, edge/public-pages.ts): three
    // commitments in two languages and the brief. The fourth's page was expired instead, and
    // rendered afresh for this visit.
    expect(renderedAt.filter((t) => t < answeredAt)).toHaveLength(3);
    expect(renderedAt.filter((t) => t > answeredAt)).toHaveLength(1);
  });
});

test('an admin returns a draft with a note, and its author reads the note on the edit page', async ({
  admin,
  newEditor,
  cleanup,
}) => {
  const editor = await newEditor('Noted editor');
  const theme = await createTheme(admin);
  const draft = await createCommitment(editor, { theme: theme.slug });
  cleanup(() => retire(admin, theme, [draft.id]));

  await test.step('the editor submits it with a note', async () => {
    const page = editor.page;
    await page.goto(`/admin/commitments/${draft.id}`);
    await page.getByLabel('Note with a submit or return (optional)').fill('Both sources agree.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByText(/^Submitted for review\. Now version 2\./)).toBeVisible();
  });

  const note = 'The target date needs a source of its own.';
  await test.step('the admin reads it, and returns the draft with a note of their own', async () => {
    const page = admin.page;
    await page.goto(`/admin/commitments/${draft.id}`);
    const seen = page.getByRole('complementary', { name: 'Workflow note' });
    await expect(seen).toContainText(`Submitted by ${editor.name}`);
    await expect(seen).toContainText('Both sources agree.');
    await page.getByLabel('Note with a submit or return (optional)').fill(note);
    await page.getByRole('button', { name: 'Return to draft' }).click();
    await expect(page.getByText(/^Returned to draft\. Now version 3\./)).toBeVisible();
  });

  await test.step('the author opens the draft and sees who returned it and why', async () => {
    const page = editor.page;
    await page.goto(`/admin/commitments/${draft.id}`);
    const seen = page.getByRole('complementary', { name: 'Workflow note' });
    await expect(seen).toContainText(`Returned by ${admin.name}`);
    await expect(seen).toContainText(note);
  });
});
