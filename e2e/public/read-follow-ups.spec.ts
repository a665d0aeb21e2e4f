import { expect, test } from '@playwright/test';
import { fact } from '../fixtures/site';

const TRILATERAL = '/commitments/trilateral-meeting-with-south-korea';
const UKRAINE = '/commitments/continue-supporting-ukraine';

test('a reader sees the trilateral meeting delivered on 21 May 2023, with no overdue badge', async ({
  page,
}) => {
  await page.goto(TRILATERAL);
  await expect(fact(page, 'Status')).toContainText('Delivered, 21 May 2023');
  await expect(page.getByText('Past target date')).toHaveCount(0);
  await expect(fact(page, 'Last reviewed')).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4}/);

  // Every update in the history cites at least one source.
  const history = page.getByRole('region', { name: 'History' }).getByRole('listitem');
  expect(await history.count()).toBeGreaterThan(0);
  for (const update of await history.all()) {
    await expect(update.getByText(/^Sources?:/)).toBeVisible();
  }
});

test('a reader reads the timeline of a commitment as a picture and as dates in words', async ({
  page,
}) => {
  await page.goto(TRILATERAL);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('img', { name: /^Timeline of/ })).toBeVisible();
  const dates = timeline.getByRole('list').first().getByRole('listitem');
  await expect(dates.first()).toContainText('18 May 2023: Made at');
  await expect(dates.filter({ hasText: 'Rated delivered' })).toContainText('21 May 2023');
  await expect(dates.last()).toContainText('Today');

  // A key date opens the commitment as it stood at the end of that day.
  await dates.filter({ hasText: 'Rated delivered' }).getByRole('link').click();
  await expect(page).toHaveURL(`/as-of/2023-05-21${TRILATERAL}`);
  await expect(fact(page, 'Status')).toContainText('Delivered, 21 May 2023');
});

test('a reader sees Japan’s line and the United States’ line on support for Ukraine', async ({
  page,
}) => {
  await page.goto(UKRAINE);
  const lines = page.getByRole('region', { name: "Each party's line" });
  const tracks = lines.getByRole('heading', { level: 3 });
  await expect(tracks).toHaveCount(2);
  await expect(tracks).toHaveText(["Japan's line", "The United States' line"]);
  // Each line has its own status and dated updates; the overall status stays one call.
  for (const name of ["Japan's line", "The United States' line"]) {
    const track = lines.getByRole('region', { name });
    await expect(track.locator('.badge').first()).toContainText(/ since \d{1,2} [A-Z]/);
    expect(await track.getByRole('listitem').count()).toBeGreaterThan(0);
  }
  await expect(lines).toContainText('The overall status stays one call by the editors');
});

test('a reader follows a commitment to a later meeting and finds it listed as restated there', async ({
  page,
}) => {
  await page.goto(TRILATERAL);
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  const restatedIn = page
    .getByRole('region', { name: 'Lineage' })
    .getByRole('region', { name: 'Restated in' });
  const campDavid = restatedIn.getByRole('link', { name: /Camp David/ }).first();
  await expect(campDavid).toBeVisible();
  // Each link carries its date and source.
  await expect(restatedIn.getByRole('listitem').first()).toContainText(/\d{4}/);
  await expect(restatedIn.getByRole('listitem').first()).toContainText('Source:');

  await campDavid.click();
  await expect(page).toHaveURL(/\/meetings\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Camp David');
  const restated = page.getByRole('region', { name: 'Commitments restated here' });
  await expect(restated.getByRole('link', { name: title, exact: true })).toHaveAttribute(
    'href',
    TRILATERAL,
  );
});
