import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
  unique,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor saves a draft with Ctrl+S while typing, and the shortcut is announced on the button', async ({
  newEditor,
}) => {
  const editor = await newEditor('Keyboard editor');
  const draft = await createCommitment(editor);
  await editor.page.goto(`/admin/commitments/${draft.id}`);
  const form = editor.page.getByRole('form', { name: 'Commitment', exact: true });
  const summary = form.getByLabel('Summary');
  await expect(summary).toHaveValue(draft.data.summary);

  const text = `A summary saved from the keyboard ${unique()}.`;
  await summary.fill(text);
  await expect(form.getByText('Unsaved changes')).toBeVisible();
  await summary.press('Control+s');
  await expect(form.getByText('Saved (version 2)')).toBeVisible();
  expect((await getCommitment(editor, draft.id)).data.summary).toBe(text);

  // Cmd+S does the same on a Mac.
  await summary.fill(`${text} Edited again.`);
  await summary.press('Meta+s');
  await expect(form.getByText('Saved (version 3)')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+S Meta+S',
  );
});
