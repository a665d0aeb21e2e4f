import { expect, test } from '@playwright/test';

const MEETING = '/meetings/kishida-biden-hiroshima-2023';

test('a reader compares how each government described China, side by side', async ({ page }) => {
  await page.goto(MEETING);
  const accounts = page.getByRole('region', { name: 'How each side described it' });
  const table = accounts.getByRole('table');
  const columns = await table.getByRole('columnheader').allInnerTexts();
  const us = columns.indexOf('United States');
  const japan = columns.indexOf('Japan');
  expect(us, `columns: ${columns.join(', ')}`).toBeGreaterThan(0);
  expect(japan, `columns: ${columns.join(', ')}`).toBeGreaterThan(0);

  const china = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /China/ }) });
  await expect(china).toHaveCount(1);
  // The first column is the topic (a row header); the cells follow it.
  const cells = china.getByRole('cell');
  const usCell = cells.nth(us - 1);
  const japanCell = cells.nth(japan - 1);
  await expect(usCell).toContainText('coercive behavior');
  await expect(japanCell).toContainText('cooperating with China on shared challenges');
  // One government's words are never shown as the other's.
  await expect(usCell).not.toContainText('cooperating with China');
  await expect(japanCell).not.toContainText('coercive behavior');
  // Each quote says who said it and where; the last column says what differs.
  await expect(usCell).toContainText('Source:');
  await expect(japanCell).toContainText('Source:');
  await expect(cells.last()).not.toBeEmpty();
});

test('a reader finds each commitment’s quotes grouped by whose account they are', async ({
  page,
}) => {
  await page.goto('/commitments/trilateral-meeting-with-south-korea');
  const words = page.getByRole('region', { name: 'In their words' });
  const groups = words.getByRole('heading', { level: 3 });
  expect(await groups.count()).toBeGreaterThan(0);
  for (const heading of await groups.allInnerTexts()) {
    expect(heading).toMatch(/account$|^Joint statements$|^Press reports$|^Other sources$/);
  }
});
