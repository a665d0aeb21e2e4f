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

test('a new commitment is offered a slug from its title, which changes nothing until the editor takes it', async ({
  newEditor,
}) => {
  const editor = await newEditor('Slug editor');
  await editor.page.goto('/admin/commitments/new');
  const form = editor.page.getByRole('form', { name: 'New commitment' });
  const title = form.getByLabel('Title', { exact: true });
  const slug = form.getByLabel('Slug', { exact: true });
  const id = unique();
  await title.fill(`Côte d'Ivoire joins the chip partnership ${id}`);
  const offer = form.getByRole('button', { name: /^Use the slug / });
  const expected = `cote-d-ivoire-joins-the-chip-partnership-${id.toLowerCase()}`;
  await expect(offer).toHaveText(`Use the slug ${expected}`);
  // The offer writes nothing by itself: the slug stays empty until it is taken.
  await slug.focus();
  await expect(slug).toHaveValue('');
  await offer.click();
  await expect(slug).toHaveValue(expected);
  await expect(offer).toHaveCount(0);

  // A slug the editor typed is never replaced, and no offer is shown beside it.
  await slug.fill('my-own-slug');
  await title.fill(`Another title ${id}`);
  await expect(slug).toHaveValue('my-own-slug');
  await expect(offer).toHaveCount(0);
});
