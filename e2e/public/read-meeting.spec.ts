import { expect, test } from '@playwright/test';
import { trpcData } from '../fixtures/trpc';

test('a reader finds the meeting from the main navigation and reads its context', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');

  // Every meeting on record, newest first: the later ones restated what Hiroshima promised.
  const { items } = await trpcData<{ items: { title: string }[] }>(request, 'meeting.list', {
    limit: 100,
  });
  const meetings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(meetings).toHaveText(items.map((m) => m.title));
  await expect(meetings).toContainText([
    'G7 Hiroshima Summit',
    'Kishida–Biden meeting in Hiroshima',
  ]);

  await page.getByRole('link', { name: 'Kishida–Biden meeting in Hiroshima' }).click();
  await expect(page).toHaveURL(/\/meetings\/kishida-biden-hiroshima-2023$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kishida–Biden meeting in Hiroshima',
  );

  const participants = page.getByRole('region', { name: 'Participants' });
  await expect(participants.getByRole('listitem')).toHaveCount(2);
  await expect(participants).toContainText('Fumio Kishida');
  await expect(participants).toContainText('Joe Biden');

  // Background that is not a commitment lives in the context, not in the list.
  const context = page.getByRole('region', { name: 'Context' });
  await expect(context).toContainText('debt-ceiling');
  await expect(page.getByRole('heading', { level: 2, name: '14 commitments' })).toBeVisible();

  await page.getByRole('link', { name: 'G7 Hiroshima Summit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('G7 Hiroshima Summit');
  await expect(page.getByRole('region', { name: 'Meetings held alongside' })).toContainText(
    'Kishida–Biden meeting in Hiroshima',
  );
});
