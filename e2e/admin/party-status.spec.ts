import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor records a status update for one party, and the overall status stays the editors’ call', async ({
  newEditor,
}) => {
  const editor = await newEditor('Track editor');
  const draft = await createCommitment(editor);
  const page = editor.page;
  await page.goto(`/admin/commitments/${draft.id}`);
  await expect(page.getByText(/Status: Not yet rated/)).toBeVisible();

  const record = page.getByRole('form', { name: 'Record a status update' });
  const party = record.getByLabel('Assesses party', { exact: true });
  // Overall unless the editor names a party.
  await expect(party).toHaveValue('');
  await expect(party.locator('option:checked')).toHaveText('Overall (the commitment as a whole)');
  await record.getByLabel('Date', { exact: true }).fill('2025-03-04');
  await party.selectOption({ label: 'United States' });
  await record.getByLabel('Status', { exact: true }).selectOption({ label: 'Stalled' });
  await record
    .getByLabel('Note', { exact: true })
    .fill('United States support paused in March 2025.');
  // The seeded article, among however many sources the seed holds.
  await record
    .getByRole('checkbox', {
      name: 'Kishida, Biden agree to step up advanced technology cooperation',
    })
    .check();
  await record.getByRole('button', { name: 'Record status update' }).click();

  const updates = page.getByRole('table', { name: 'Status updates, oldest first' });
  const row = updates.getByRole('row', { name: /4 March 2025/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(0)).toHaveText('United States');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Stalled');
  // The form is blank again, back to overall.
  await expect(party).toHaveValue('');
  // A party's track does not set the commitment's status.
  await expect(page.getByText(/Status: Not yet rated/)).toBeVisible();

  const stored = await getCommitment(editor, draft.id);
  expect(stored.version).toBe(2);
  expect(
    (stored as unknown as { history: { party: unknown; status: string }[] }).history,
  ).toMatchObject([{ party: 'us', status: 'stalled' }]);
});
