import { expect, test } from '@playwright/test';
import { trpcData } from '../fixtures/trpc';

test('a reader browses the parties index to a party and its commitments', async ({
  page,
  request,
}) => {
  const { items: parties } = await trpcData<{
    items: { slug: string; name: string; commitmentCount: number }[];
  }>(request, 'party.list', { limit: 100 });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'More' })
    .getByRole('link', { name: 'Parties' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parties');

  // One row per party, each with the count the API reports.
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(parties.length + 1);
  const mit = parties.find((p) => p.slug === 'mit');
  expect(mit).toBeDefined();
  const mitRow = page.getByRole('row', { name: /Massachusetts Institute of Technology/ });
  await expect(mitRow.getByRole('cell').last()).toHaveText(String(mit!.commitmentCount));

  await mitRow.getByRole('link').click();
  await expect(page).toHaveURL(/\/parties\/mit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Massachusetts Institute of Technology',
  );
  await expect(
    page.getByRole('link', { name: 'A start-up hub in Tokyo with MIT, from 2028 at the earliest' }),
  ).toBeVisible();
});

test('a reader browses the sources index to what Accord quotes from a source', async ({
  page,
  request,
}) => {
  const { items: sources } = await trpcData<{
    items: { slug: string; title: string; quoteCount: number }[];
  }>(request, 'source.list', { limit: 100 });
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  const first = sources[0]!;
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: first.title }) });
  await expect(card).toContainText(`${first.quoteCount} quotes`);
  await card.getByRole('link', { name: first.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(
    page.getByRole('region', { name: 'What we quote from it' }).getByRole('blockquote'),
  ).toHaveCount(first.quoteCount);
});
