import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  retire,
  SEED,
  setState,
  test,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('the dashboard lists a disputed commitment under What is due until an editor marks the dispute resolved', async ({
  newEditor,
}) => {
  const editor = await newEditor('Dashboard editor');
  const draft = await createCommitment(editor, {
    disputes: [
      {
        topic: 'Which day the ministerial met',
        raisedOn: '2025-11-20',
        claims: [
          { claim: 'One report gives 3 March.', source: SEED.source, quote: null },
          { claim: 'Another gives 4 March.', source: SEED.source, quote: null },
        ],
        note: 'We give both days until a readout settles it.',
        resolved: false,
      },
    ],
  });
  const page = editor.page;

  await page.goto('/admin');
  const due = page.getByRole('region', { name: 'What is due' });
  await expect(due.getByRole('heading', { name: 'Review due' })).toBeVisible();
  await expect(due.getByRole('heading', { name: 'Targets near' })).toBeVisible();
  const disputed = due.getByRole('region', { name: 'Disputed' });
  const link = disputed.getByRole('link', { name: draft.data.title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(`/admin/commitments/${draft.id}`);

  const form = page.getByRole('form', { name: 'Commitment', exact: true });
  await form
    .getByRole('group', { name: 'Dispute 1', exact: true })
    .getByLabel('Resolved', { exact: true })
    .check();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();

  await page.goto('/admin');
  await expect(
    page.getByRole('region', { name: 'Disputed' }).getByRole('link', { name: draft.data.title }),
  ).toHaveCount(0);
});

test('a published commitment never reviewed is due for review until an admin marks it reviewed today', async ({
  admin,
  newEditor,
  cleanup,
}) => {
  const editor = await newEditor('Reviewing editor');
  const theme = await createTheme(admin);
  const draft = await createCommitment(editor, { theme: theme.slug });
  cleanup(() => retire(admin, theme, [draft.id]));
  await setState(admin, draft.id, 'review');
  await setState(admin, draft.id, 'published');
  const page = admin.page;

  await page.goto('/admin');
  const reviewDue = page.getByRole('region', { name: 'Review due' });
  const row = reviewDue.getByRole('row').filter({ hasText: draft.data.title });
  await expect(row).toContainText('Never');
  await row.getByRole('link', { name: draft.data.title }).click();

  const form = page.getByRole('form', { name: 'Commitment', exact: true });
  const reviewedOn = form.getByLabel('Last reviewed on', { exact: true });
  await expect(reviewedOn).toHaveValue('');
  await form.getByRole('button', { name: 'Mark reviewed today' }).click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(reviewedOn).toHaveValue(today);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText(/^Saved \(version \d+\)$/)).toBeVisible();
  await page.reload();
  await expect(reviewedOn).toHaveValue(today);

  await page.goto('/admin');
  await expect(
    page.getByRole('region', { name: 'Review due' }).getByRole('link', { name: draft.data.title }),
  ).toHaveCount(0);
});
