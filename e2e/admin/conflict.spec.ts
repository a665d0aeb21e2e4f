import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
  unique,
} from '../fixtures/admin';
import { trpcData } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('two editors save the same draft: the second gets a conflict naming the first, keeps their text and saves it', async ({
  newEditor,
}) => {
  const first = await newEditor('First editor');
  const second = await newEditor('Second editor');
  const draft = await createCommitment(first);
  const path = `/admin/commitments/${draft.id}`;
  const firstText = `The first editor's summary ${unique()}.`;
  const secondText = `The second editor's summary, typed while the first was saving ${unique()}.`;

  // Both open the same version of the draft.
  await first.page.goto(path);
  await second.page.goto(path);
  const firstForm = first.page.getByRole('form', { name: 'Commitment', exact: true });
  const secondForm = second.page.getByRole('form', { name: 'Commitment', exact: true });
  await expect(firstForm.getByLabel('Summary')).toHaveValue(draft.data.summary);
  await expect(secondForm.getByLabel('Summary')).toHaveValue(draft.data.summary);

  await firstForm.getByLabel('Summary').fill(firstText);
  await firstForm.getByRole('button', { name: 'Save' }).click();
  await expect(firstForm.getByText('Saved (version 2)')).toBeVisible();

  const summary = secondForm.getByLabel('Summary');
  await summary.fill(secondText);
  await secondForm.getByRole('button', { name: 'Save' }).click();

  const conflict = second.page.getByRole('alert').filter({
    has: second.page.getByRole('heading', { name: 'Someone else saved this record' }),
  });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`${first.name} saved version 2`);
  // Their change is shown beside the second editor's unsaved one, and nothing was lost.
  const row = conflict.getByRole('row', { name: /^Summary/ });
  await expect(row).toContainText(firstText);
  await expect(row).toContainText(secondText);
  await expect(summary).toHaveValue(secondText);
  expect((await getCommitment(second, draft.id)).data.summary).toBe(firstText);

  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(conflict).toBeHidden();
  await expect(summary).toHaveValue(secondText);
  await secondForm.getByRole('button', { name: 'Save' }).click();
  await expect(secondForm.getByText('Saved (version 3)')).toBeVisible();

  const stored = await getCommitment(second, draft.id);
  expect(stored.version).toBe(3);
  expect(stored.data.summary).toBe(secondText);

  // Both saves are in the history, each under its editor.
  const revisions = await trpcData<{ version: number; actorName: string }[]>(
    second.request,
    'editor.revision.list',
    { type: 'commitment', id: draft.id },
  );
  expect(revisions.map((r) => [r.version, r.actorName])).toEqual([
    [3, second.name],
    [2, first.name],
    [1, first.name],
  ]);
  await second.page.goto(`${path}/history`);
  const versions = second.page.getByRole('table', { name: 'Versions, newest first' });
  await expect(versions.getByRole('row', { name: /^2 / })).toContainText(first.name);
  await expect(versions.getByRole('row', { name: /^3 / })).toContainText(second.name);
});
