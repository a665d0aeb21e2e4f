import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createSource,
  createTheme,
  deleteReference,
  expect,
  retire,
  test,
  unique,
} from '../fixtures/admin';
import { trpcMutate } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor filters the commitments list by theme and state, then by words, and the filters stay in the URL', async ({
  admin,
  newEditor,
}) => {
  const editor = await newEditor('List editor');
  const word = `narwhal${unique().replace(/[^a-z0-9]/gi, '')}`;
  const theme = await createTheme(admin);
  const made = [];
  for (const name of ['first', 'second', 'third']) {
    made.push(
      await createCommitment(editor, {
        theme: theme.slug,
        title: `The ${word} ${name} pledge`,
        // The third was made at another meeting, by another party.
        ...(name === 'third'
          ? {
              meeting: 'g7-hiroshima-summit-2023',
              parties: [{ party: 'micron', role: 'committer' }],
            }
          : {}),
      }),
    );
  }
  // One on a seeded theme with the same words, which the theme filter leaves out.
  const elsewhere = await createCommitment(editor, { title: `The ${word} other pledge` });
  const inReview = made[1]!;
  await trpcMutate(editor.request, 'editor.commitment.submit', {
    id: inReview.id,
    expectedVersion: inReview.version,
  });
  const page = editor.page;
  try {
    await page.goto('/admin/commitments');
    const filter = page.getByRole('search', { name: 'Filter commitments' });
    await filter.getByLabel('Theme').selectOption({ label: theme.title });
    await filter.getByLabel('State').selectOption({ label: 'In review' });
    await filter.getByRole('button', { name: 'Filter' }).click();

    await expect(page).toHaveURL(/[?&]state=review(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[?&]theme=${theme.slug}(&|$)`));
    const table = page.getByRole('table', { name: /Commitments/ });
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await expect(table.getByRole('link', { name: inReview.data.title })).toBeVisible();
    await expect(page.getByText('1 commitment matches.')).toBeVisible();
    // The form shows the filters it applied.
    await expect(filter.getByLabel('State')).toHaveValue('review');

    // Words alone: every commitment with them, on any theme and in any state.
    await page.goto('/admin/commitments');
    await filter.getByLabel('Search').fill(word.toUpperCase());
    await filter.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word.toUpperCase()}`));
    await expect(table.getByRole('rowheader')).toHaveCount(4);
    for (const c of [...made, elsewhere]) {
      await expect(table.getByRole('link', { name: c.data.title })).toBeVisible();
    }

    // Words and a theme together; then clearing the filters shows the whole list again.
    await filter.getByLabel('Theme').selectOption({ label: theme.title });
    await filter.getByRole('button', { name: 'Filter' }).click();
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    await expect(table.getByRole('link', { name: elsewhere.data.title })).toHaveCount(0);

    // The meeting and the party it was made at and by narrow the theme's three down.
    for (const [label, value, expected] of [
      ['Meeting', 'g7-hiroshima-summit-2023', [made[2]!]],
      ['Party', 'micron', [made[2]!]],
      ['Party', 'jp', [made[0]!, made[1]!]],
    ] as const) {
      await filter.getByLabel(label).selectOption(value);
      await filter.getByRole('button', { name: 'Filter' }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]${label.toLowerCase()}=${value}(&|$)`));
      await expect(table.getByRole('rowheader')).toHaveCount(expected.length);
      for (const c of expected) {
        await expect(table.getByRole('link', { name: c.data.title })).toBeVisible();
      }
      await filter.getByLabel(label).selectOption('');
    }
    await filter.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/admin\/commitments$/);
    await expect(filter.getByLabel('Search')).toHaveValue('');

    // A mangled link shows the list with its defaults, not an error page.
    const response = await page.goto('/admin/commitments?state=bogus&cursor=%25%25&limit=9999');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
    await expect(filter.getByLabel('State')).toHaveValue('');
  } finally {
    await retire(
      admin,
      theme,
      [...made, elsewhere].map((c) => c.id),
    );
  }
});

test('an editor pages through a filtered list of sources, forwards and back', async ({
  admin,
  newEditor,
}) => {
  const editor = await newEditor('Pager editor');
  const prefix = `e2e-pages-${unique()
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()}`;
  const sources = [];
  for (const n of ['a', 'b', 'c', 'd', 'e']) {
    sources.push(await createSource(editor, { slug: `${prefix}-${n}` }));
  }
  const page = editor.page;
  const slugsShown = () =>
    page
      .getByRole('table', { name: /Sources/ })
      .getByRole('rowheader')
      .allTextContents();
  try {
    await page.goto('/admin/sources');
    const filter = page.getByRole('search', { name: 'Filter sources' });
    await filter.getByLabel('Search').fill(prefix);
    await filter.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByRole('table', { name: /Sources/ }).getByRole('rowheader')).toHaveCount(
      5,
    );
    // Two a page (a page size in the URL is kept like a filter).
    await page.goto(`/admin/sources?q=${prefix}&limit=2`);
    const pager = page.getByRole('navigation', { name: 'Pages of sources' });
    expect(await slugsShown()).toEqual([`${prefix}-a`, `${prefix}-b`]);
    await expect(pager.getByRole('link', { name: /Previous page/ })).toHaveCount(0);

    await pager.getByRole('link', { name: /Next page/ }).click();
    await expect(page).toHaveURL(new RegExp(`q=${prefix}.*cursor=`));
    await expect.poll(slugsShown).toEqual([`${prefix}-c`, `${prefix}-d`]);
    await pager.getByRole('link', { name: /Next page/ }).click();
    await expect.poll(slugsShown).toEqual([`${prefix}-e`]);
    await expect(pager.getByRole('link', { name: /Next page/ })).toHaveCount(0);

    await pager.getByRole('link', { name: /Previous page/ }).click();
    await expect.poll(slugsShown).toEqual([`${prefix}-c`, `${prefix}-d`]);
    await pager.getByRole('link', { name: /Previous page/ }).click();
    await expect.poll(slugsShown).toEqual([`${prefix}-a`, `${prefix}-b`]);
    await expect(pager.getByRole('link', { name: /Previous page/ })).toHaveCount(0);
  } finally {
    for (const s of sources) await deleteReference(admin, 'source', s.id);
  }
});
