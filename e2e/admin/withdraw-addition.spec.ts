import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  SEED,
  test,
  unique,
} from '../fixtures/admin';
import { trpcData, trpcMutate, trpcPost, trpcProblem } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

interface PendingView {
  id: number;
  mine: boolean;
}

/**
 * An addition accepted from pasted text waits for review outside its record (README, "Editors'
 * assistant"). Its commitment's editor page says so above the form, and the editor who
 * proposed it may take it back before anyone reviews it; another editor may not.
 */
test('an editor sees their status update waiting for review on the commitment and withdraws it; another editor cannot', async ({
  newEditor,
}) => {
  const author = await newEditor('Withdrawing editor');
  const other = await newEditor('Other editor');
  const draft = await createCommitment(author, { title: `Pending marker ${unique()}` });
  const note = `A status update the editor takes back ${unique()}.`;
  const accepted = await trpcMutate<{ pendingId: number }>(author.request, 'assistant.accept', {
    as: 'status',
    commitmentId: draft.id,
    source: SEED.source,
    update: { effectiveOn: '2024-03-01', status: 'in_progress', note, party: null },
  });
  const label = `Withdraw status update for ${draft.data.title}`;

  await test.step('the commitment’s editor page shows the addition waiting for review', async () => {
    await author.page.goto(`/admin/commitments/${draft.id}`);
    const pending = author.page.getByRole('region', { name: 'One addition waiting for review' });
    await expect(pending.getByRole('row').filter({ hasText: note })).toContainText(
      'Status update · pending review',
    );
    // Not in the record yet: the status history below has no such row.
    const updates = author.page.getByRole('table', { name: 'Status updates, oldest first' });
    await expect(updates.getByRole('row').filter({ hasText: note })).toHaveCount(0);
    await expect(pending.getByRole('button', { name: label })).toBeVisible();
  });

  await test.step('another editor sees it too, with no Withdraw, and the API refuses them', async () => {
    await other.page.goto(`/admin/commitments/${draft.id}`);
    const pending = other.page.getByRole('region', { name: 'One addition waiting for review' });
    await expect(pending.getByRole('row').filter({ hasText: note })).toBeVisible();
    await expect(pending.getByRole('button', { name: /^Withdraw/ })).toHaveCount(0);
    const refused = await trpcPost(other.request, 'assistant.withdraw', {
      id: accepted.pendingId,
    });
    expect(refused.status()).toBe(403);
    expect((await trpcProblem(refused)).message).toContain('who proposed it, can withdraw');
  });

  await test.step('its author withdraws it: gone from the page and the queue, nothing saved', async () => {
    const { page } = author;
    await page.getByRole('button', { name: label }).click();
    // The section stays to say what was done, with nothing left in it.
    const section = page.getByRole('region', { name: 'No addition waiting for review' });
    await expect(section.getByRole('status')).toHaveText(
      `Status update for ${draft.data.title} withdrawn: nothing was saved.`,
    );
    await expect(section.getByRole('row')).toHaveCount(0);
    // On the next visit there is no section at all.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.data.title);
    await expect(page.getByRole('region', { name: /waiting for review/ })).toHaveCount(0);
    const queue = await trpcData<PendingView[]>(author.request, 'assistant.pending', {
      commitmentId: draft.id,
    });
    expect(queue.map((p) => p.id)).not.toContain(accepted.pendingId);
    await page.goto('/admin');
    await expect(
      page
        .getByRole('region', { name: 'Additions waiting for review' })
        .getByRole('row')
        .filter({ hasText: note }),
    ).toHaveCount(0);
  });
});
