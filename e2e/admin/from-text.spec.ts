import { ADMIN_TEST_TIMEOUT, expect, test } from '../fixtures/admin';

// The editors' assistant: an editor pastes a readout under Commitments › New from text and sees
// the proposals, cue and quotes marked. (Accepting them is a later round.)

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

// Our own sentences, in the style of a readout.
const READOUT = `Readout of the leaders' call

The two leaders agreed to expand joint research on quantum sensors by the end of the year. They are also considering a new fund for critical minerals, according to diplomatic sources. The call lasted an hour.`;

test('an editor pastes a readout and sees two proposals with their cue, quotes and attribution', async ({
  newEditor,
}) => {
  const { page } = await newEditor('Assistant user');
  await page.goto('/admin/commitments');
  await page.getByRole('link', { name: 'New from text' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New from text' })).toBeVisible();

  await page.getByLabel('Text').fill(READOUT);
  await page.getByLabel('Publisher').fill('Example office');
  await page.getByLabel('Date').fill('2025-03-01');
  await page.getByLabel('Kind of source').selectOption('readout');
  const started = Date.now();
  await page.getByRole('button', { name: 'Propose commitments' }).click();

  await expect(page.getByRole('heading', { level: 2, name: '2 proposals' })).toBeVisible();
  const answeredIn = Date.now() - started;
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).locator('mark')).toHaveText('agreed to');
  await expect(cards.nth(0)).toContainText('Government readout: Example office');
  await expect(cards.nth(0)).toContainText('“by the end of the year” (by, 2025-01-01)');
  await expect(cards.nth(1).locator('mark')).toHaveText('considering');
  await expect(cards.nth(1)).toContainText('Diplomatic sources');
  await expect(cards.nth(1)).toContainText('minerals');
  // The bound for the page: an answer within a second (the model loads on first use).
  test.info().annotations.push({ type: 'answered in', description: `${answeredIn} ms` });
});

test('Japanese text gets "only English is supported" and no proposals', async ({ newEditor }) => {
  const { page } = await newEditor('Assistant user');
  await page.goto('/admin/commitments/from-text');
  await page.getByLabel('Text').fill('両首脳は半導体分野での協力強化で合意した。');
  await page.getByRole('button', { name: 'Propose commitments' }).click();
  // Next's route announcer is an alert too: find ours by its words.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Only English is supported' }),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
});
