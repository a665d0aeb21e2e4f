import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
  unique,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor finds the commitment a new one is part of by words of its title, and the choice is saved', async ({
  newEditor,
}) => {
  const editor = await newEditor('Parent picker editor');
  const word = `parentword${unique().replace(/-/g, '')}`;
  const parent = await createCommitment(editor, { title: `A framework ${word} for chips` });

  const draft = await createCommitment(editor);
  await editor.page.goto(`/admin/commitments/${draft.id}`);
  const form = editor.page.getByRole('form', { name: 'Commitment', exact: true });
  const picker = form.getByLabel('Sub-commitment of');
  await expect(picker).toHaveValue('');

  await form.getByLabel('Find a commitment to be part of').fill(word);
  await expect(form.getByText('1 found: choose one below.')).toBeVisible();
  // The choices are now the matches, not the first page of every commitment.
  await expect(picker.locator('option')).toHaveText([
    'None (a commitment in its own right)',
    parent.data.title,
  ]);
  await picker.selectOption({ label: parent.data.title });

  // Enter in the search box searches; it does not save the record.
  await form.getByLabel('Find a commitment to be part of').press('Enter');
  await expect(form.getByText('Unsaved changes')).toBeVisible();

  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();
  expect((await getCommitment(editor, draft.id)).data.parent).toBe(parent.data.slug);

  // A search that finds nothing says so, and the chosen parent stays chosen with its title.
  await form.getByLabel('Find a commitment to be part of').fill(`nothing${word}`);
  await expect(form.getByText(`No commitment matches “nothing${word}”.`)).toBeVisible();
  await expect(picker).toHaveValue(parent.data.slug);
  await expect(picker.locator('option:checked')).toHaveText(parent.data.title);
});

test('an editor finds a party by a few letters of its name, and the choice is saved', async ({
  newEditor,
}) => {
  const editor = await newEditor('Party picker editor');
  const draft = await createCommitment(editor);
  await editor.page.goto(`/admin/commitments/${draft.id}`);
  const form = editor.page.getByRole('form', { name: 'Commitment', exact: true });
  const first = form.getByRole('group', { name: 'Party 1' });
  const picker = first.getByRole('combobox', { name: /^Party/ });
  await expect(picker).toHaveValue('jp');

  await first.getByRole('searchbox', { name: 'Find a party' }).fill('micron');
  await expect(first.getByText('1 found: choose one below.')).toBeVisible();
  // The choices are the match (and the party chosen now, which keeps its name), not every party.
  await expect(picker.locator('option')).toHaveCount(3);
  await picker.selectOption('micron');
  await expect(form.getByText('Unsaved changes')).toBeVisible();

  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();
  expect((await getCommitment(editor, draft.id)).data.parties[0]).toEqual({
    party: 'micron',
    role: 'committer',
  });

  await first.getByRole('searchbox', { name: 'Find a party' }).fill('zzqq');
  await expect(first.getByText('No party matches “zzqq”.')).toBeVisible();
  await expect(picker).toHaveValue('micron');
});
