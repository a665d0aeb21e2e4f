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

/** The instant `hours` from now, to the minute, in UTC. */
function hoursFromNow(hours: number): Date {
  return new Date(Math.floor((Date.now() + hours * 3_600_000) / 60_000) * 60_000);
}

/** A datetime-local value: the instant as UTC's wall-clock time. */
const utcInput = (at: Date) => at.toISOString().slice(0, 16);

/** The same instant as Tokyo's wall-clock time (UTC+9, no daylight saving). */
const tokyoInput = (at: Date) => utcInput(new Date(at.getTime() + 9 * 3_600_000));

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
  const publishAt = hoursFromNow(2);
  const publishField = page.getByLabel('Publish at', { exact: true });
  const unpublishField = page.getByLabel('Unpublish at', { exact: true });
  const zone = page.getByLabel('Time zone');

  await test.step('a bad time is refused with a clear message, and the entry stays', async () => {
    await page.goto(`/admin/commitments/${draft.id}`);
    await expect(page.getByText('Nothing scheduled.')).toBeVisible();
    // The browser's own zone first (the test browser runs in UTC).
    await expect(zone).toHaveValue(/^(UTC|Etc\/UTC)$/);
    await zone.selectOption('UTC');
    await publishField.fill(utcInput(publishAt));
    await unpublishField.fill(utcInput(hoursFromNow(1)));
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Unpublish after the publish time' }),
    ).toBeVisible();
    await expect(publishField).toHaveValue(utcInput(publishAt));
    expect((await getCommitment(admin, draft.id)).editorialState).toBe('review');
  });

  await test.step('a time the clocks skip is refused before it is sent', async () => {
    // 14 March 2027, New York: 02:00 EST jumps to 03:00 EDT.
    await zone.selectOption('America/New_York');
    await unpublishField.fill('');
    await publishField.fill('2027-03-14T02:30');
    await expect(page.getByTestId('schedule-publish-utc')).toContainText('does not exist');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Publish at: 2027-03-14 02:30 does not exist' }),
    ).toBeVisible();
    expect((await getCommitment(admin, draft.id)).publishAt).toBeNull();
  });

  await test.step('an embargo typed in Tokyo time is saved as the same instant', async () => {
    await zone.selectOption('Asia/Tokyo');
    await publishField.fill(tokyoInput(publishAt));
    await expect(page.getByTestId('schedule-publish-utc')).toContainText(
      `${utcInput(publishAt).slice(11, 16)} UTC`,
    );
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(page.getByText(/^Scheduled\. Now version \d+\./)).toBeVisible();
    const row = await getCommitment(admin, draft.id);
    expect(row.publishAt && Date.parse(row.publishAt)).toBe(publishAt.getTime());
    expect(row.editorialState).toBe('review');
    const summary = page.getByTestId('schedule-summary');
    await expect(summary).toContainText('Publishes at');
    await expect(summary).toContainText(`${tokyoInput(publishAt).slice(11, 16)} GMT+9`);
    await expect(summary).toContainText(`${utcInput(publishAt).slice(11, 16)} UTC`);
  });

  await test.step('the zone is remembered, and the list shows the time in UTC', async () => {
    await page.reload();
    await expect(zone).toHaveValue('Asia/Tokyo');
    await expect(publishField).toHaveValue(tokyoInput(publishAt));
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
    await expect(page.getByText('Nothing scheduled.')).toBeVisible();
    await expect(page.getByTestId('schedule-summary')).toHaveCount(0);
  });
});
