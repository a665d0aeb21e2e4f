import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  setState,
  test,
  unique,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** A datetime-local value `hours` from now, in UTC (the form's zone), to the minute. */
function utcInput(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);
}

test('an admin schedules an approved commitment to publish, sees it in the list, and cancels it', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Embargo editor');
  const id = unique();
  const title = `Embargoed harbour ${id}`;
  const draft = await createCommitment(editor, { title });
  cleanup(() => setState(admin, draft.id, 'archived'));
  await setState(admin, draft.id, 'review');
  const page = admin.page;
  const publishAt = utcInput(2);

  await test.step('a bad time is refused with a clear message, and the entry stays', async () => {
    await page.goto(`/admin/commitments/${draft.id}`);
    await expect(page.getByText('Nothing scheduled. Times are in UTC.')).toBeVisible();
    await page.getByLabel('Publish at (UTC)', { exact: true }).fill(publishAt);
    await page.getByLabel('Unpublish at (UTC)', { exact: true }).fill(utcInput(1));
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Unpublish after the publish time' }),
    ).toBeVisible();
    await expect(page.getByLabel('Publish at (UTC)', { exact: true })).toHaveValue(publishAt);
    expect((await getCommitment(admin, draft.id)).editorialState).toBe('review');
  });

  await test.step('scheduled: the time shows with its zone, here and in the list', async () => {
    await page.getByLabel('Unpublish at (UTC)', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(page.getByText(/^Scheduled\. Now version \d+\./)).toBeVisible();
    const summary = page.getByTestId('schedule-summary');
    await expect(summary).toContainText(`${publishAt.slice(11, 16)} UTC`);
    await expect(summary).toContainText('Publishes at');
    const row = await getCommitment(admin, draft.id);
    expect(row.editorialState).toBe('review');
    await page.goto(`/admin/commitments?q=${encodeURIComponent(id)}`);
    await expect(
      page.getByRole('row', { name: new RegExp(title) }).getByText(/publishes .* UTC/),
    ).toBeVisible();
  });

  await test.step('readers do not see it before its time', async () => {
    const response = await reader.goto(`/commitments/${draft.data.slug}`);
    expect(response?.status()).toBe(404);
  });

  await test.step('the admin cancels the schedule', async () => {
    await page.goto(`/admin/commitments/${draft.id}`);
    await page.getByRole('button', { name: 'Cancel schedule' }).click();
    await expect(page.getByText(/^Schedule cancelled\. Now version \d+\./)).toBeVisible();
    await expect(page.getByText('Nothing scheduled. Times are in UTC.')).toBeVisible();
    await expect(page.getByTestId('schedule-summary')).toHaveCount(0);
  });
});
