import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
  unique,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor typing a tag is offered the tags in use, most used first, and a chosen one completes it', async ({
  newEditor,
}) => {
  const editor = await newEditor('Tag suggestions editor');
  const stem = `tagword${unique().replace(/-/g, '')}`;
  await createCommitment(editor, { tags: [`${stem}-fabs`, `${stem}-grants`] });
  await createCommitment(editor, { tags: [`${stem}-fabs`] });
  const draft = await createCommitment(editor, { tags: ['chips'] });

  await editor.page.goto(`/admin/commitments/${draft.id}`);
  const form = editor.page.getByRole('form', { name: 'Commitment', exact: true });
  const tags = form.getByLabel('Tags', { exact: true });
  await expect(tags).toHaveValue('chips');

  await tags.click();
  await tags.press('End');
  await tags.pressSequentially(`, ${stem}-`);
  await expect(form.getByText(`2 tags in use begin with “${stem}-”.`)).toBeVisible();
  const offers = form.getByRole('list', { name: `2 tags in use begin with “${stem}-”.` });
  await expect(offers.getByRole('button')).toHaveText([
    `${stem}-fabs (2 commitments)`,
    `${stem}-grants (1 commitment)`,
  ]);

  await offers.getByRole('button', { name: `${stem}-fabs` }).click();
  await expect(tags).toHaveValue(`chips, ${stem}-fabs`);
  await expect(tags).toBeFocused();
  // A tag already in the list is not offered again.
  await tags.pressSequentially(`, ${stem}-`);
  await expect(form.getByText(`1 tag in use begins with “${stem}-”.`)).toBeVisible();
  // Leaves the half-typed tag out again.
  await tags.fill(`chips, ${stem}-fabs`);

  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();
  expect((await getCommitment(editor, draft.id)).data.tags).toEqual(['chips', `${stem}-fabs`]);
});
