import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
  unique,
} from '../fixtures/admin';
import { trpcData, trpcMutate } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor compares two versions of a commitment and restores the older one as a new version', async ({
  newEditor,
}) => {
  const editor = await newEditor('Historian');
  const draft = await createCommitment(editor, {
    summary: `The summary as first written ${unique()}.`,
  });
  const laterSummary = `The summary as rewritten later ${unique()}.`;
  await trpcMutate(editor.request, 'editor.commitment.update', {
    id: draft.id,
    expectedVersion: draft.version,
    data: { ...draft.data, summary: laterSummary },
  });

  const page = editor.page;
  await page.goto(`/admin/commitments/${draft.id}`);
  await page.getByRole('link', { name: 'View history' }).click();
  await expect(page).toHaveURL(`/admin/commitments/${draft.id}/history`);

  const compare = page.getByRole('form', { name: 'Compare versions' });
  await compare.getByLabel('From version').selectOption('1');
  await compare.getByLabel('To version').selectOption('2');
  await compare.getByRole('button', { name: 'Compare' }).click();
  const changes = page.getByRole('table', { name: 'Changes from version 1 to version 2' });
  await expect(changes.getByRole('row')).toHaveCount(2);
  const row = changes.getByRole('row', { name: /^Summary/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText(draft.data.summary);
  await expect(row.getByRole('cell').nth(1)).toHaveText(laterSummary);

  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('table', { name: 'Versions, newest first' })
    .getByRole('button', { name: 'Restore this version (version 1)' })
    .click();
  await expect(page).toHaveURL(`/admin/commitments/${draft.id}?restored=1`);
  await expect(page.getByText('Restored version 1; it is now version 3.')).toBeVisible();
  await expect(
    page.getByRole('form', { name: 'Commitment', exact: true }).getByLabel('Summary'),
  ).toHaveValue(draft.data.summary);

  const stored = await getCommitment(editor, draft.id);
  expect(stored.version).toBe(3);
  expect(stored.data.summary).toBe(draft.data.summary);
  const revisions = await trpcData<{ version: number; action: string }[]>(
    editor.request,
    'editor.revision.list',
    { type: 'commitment', id: draft.id },
  );
  expect(revisions.map((r) => [r.version, r.action])).toEqual([
    [3, 'restore v1'],
    [2, 'update'],
    [1, 'create'],
  ]);
});
