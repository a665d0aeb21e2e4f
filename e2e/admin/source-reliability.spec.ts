import { ADMIN_TEST_TIMEOUT, createSource, deleteReference, expect, test } from '../fixtures/admin';
import { trpcData } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor marks a source unreliable, told what that means, and the history records it', async ({
  admin,
  newEditor,
  cleanup,
}) => {
  const editor = await newEditor('Source editor');
  const source = await createSource(editor);
  cleanup(() => deleteReference(admin, 'source', source.id));
  const page = editor.page;
  await page.goto(`/admin/sources/${source.id}`);
  const form = page.getByRole('form', { name: 'Edit source' });
  // A source's title and quotes are its own words: its form has no translation section.
  await expect(form.getByRole('group', { name: 'Japanese translation' })).toHaveCount(0);
  const reliability = form.getByLabel('Reliability', { exact: true });
  await expect(reliability).toHaveValue('standard');
  await expect(reliability).toHaveAccessibleDescription(
    /An unreliable source never carries a fact alone; it can only be one side of a dispute/,
  );
  await reliability.selectOption({ label: 'Unreliable' });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();

  await page.reload();
  await expect(reliability).toHaveValue('unreliable');
  const stored = await trpcData<{ data: { reliability: string } }>(
    editor.request,
    'editor.source.get',
    { id: source.id },
  );
  expect(stored.data.reliability).toBe('unreliable');

  await page.goto(`/admin/sources/${source.id}/history?a=1&b=2`);
  const row = page
    .getByRole('table', { name: 'Changes from version 1 to version 2' })
    .getByRole('row', { name: /^Reliability/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('standard');
  await expect(row.getByRole('cell').nth(1)).toHaveText('unreliable');
});
