import { expect, test } from '@playwright/test';
import {
  BRIEFS,
  commitmentsLabel,
  fact,
  MEETING_TITLE,
  STATUS_LABELS,
  themeCard,
} from '../fixtures/site';
import { trpcData } from '../fixtures/trpc';

interface CommitmentDetail {
  slug: string;
  title: string;
  summary: string;
  status: string;
  parties: { slug: string; name: string; role: string }[];
  quotes: { id: number; text: string; attribution: { who: string } }[];
  history: { effectiveOn: string; status: string; note: string; author: string }[];
}

test('a reader sees the meeting and the four briefs on the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING_TITLE);
  const cards = page
    .getByRole('region', { name: 'Briefs by theme' })
    .getByRole('heading', { level: 3 });
  await expect(cards).toHaveText(BRIEFS.map((b) => b.title));
});

for (const brief of BRIEFS) {
  test(`a reader opens the ${brief.slug} brief from the home page and reads one of its commitments`, async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const card = themeCard(page, brief.title);
    const count = card.getByText(/^\d+ commitments?$/);
    await expect(count).toHaveText(commitmentsLabel(brief.commitments));
    const shown = Number((await count.innerText()).split(' ')[0]);

    // The status breakdown is text for every reader, and adds up to the count.
    const breakdown = card.getByRole('list', { name: `Status of ${brief.title} commitments` });
    const parts = await breakdown.getByRole('listitem').allInnerTexts();
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.reduce((sum, part) => sum + Number(/\d+/.exec(part)?.[0] ?? NaN), 0)).toBe(shown);

    await card.getByRole('link', { name: brief.title }).click();
    await expect(page).toHaveURL(`/themes/${brief.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(brief.title);
    await expect(page.getByRole('region', { name: 'The brief' })).toContainText(brief.opening);

    const list = page.getByRole('region', { name: commitmentsLabel(shown) });
    const commitmentCards = list.getByRole('article');
    await expect(commitmentCards).toHaveCount(shown);

    // Open the first commitment and check the page against what the API says about it.
    const first = commitmentCards.first().getByRole('heading', { level: 3 }).getByRole('link');
    const href = await first.getAttribute('href');
    const slug = href?.replace('/commitments/', '') ?? '';
    const c = await trpcData<CommitmentDetail>(request, 'commitment.bySlug', { slug });
    await first.click();
    await expect(page).toHaveURL(`/commitments/${slug}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page.getByRole('main').getByText(c.summary, { exact: true })).toBeVisible();
    await expect(fact(page, 'Status')).toContainText(STATUS_LABELS[c.status] ?? c.status);
    await expect(fact(page, 'Language')).not.toBeEmpty();
    await expect(fact(page, 'Target date')).not.toBeEmpty();

    const parties = page.getByRole('region', { name: 'Parties' });
    for (const party of c.parties) {
      await expect(parties.getByRole('link', { name: party.name, exact: true })).toHaveAttribute(
        'href',
        `/parties/${party.slug}`,
      );
    }

    // Quotes are grouped by whose account they are, so they need not keep the API's order.
    const quotes = page.getByRole('region', { name: 'In their words' }).getByRole('figure');
    expect(c.quotes.length).toBeGreaterThan(0);
    await expect(quotes).toHaveCount(c.quotes.length);
    for (const q of c.quotes) {
      const quote = page.locator(`#quote-${q.id}`);
      await expect(quote.getByRole('blockquote')).toHaveText(q.text);
      await expect(quote.locator('figcaption')).toContainText(q.attribution.who);
    }

    const history = page.getByRole('region', { name: 'History' }).getByRole('listitem');
    await expect(history).toHaveCount(c.history.length);
    for (const [i, update] of c.history.entries()) {
      await expect(history.nth(i)).toContainText(STATUS_LABELS[update.status] ?? update.status);
      await expect(history.nth(i)).toContainText(update.note);
    }
  });
}

test('a reader sees who committed, in whose words and how it was rated, on a commitment', async ({
  page,
}) => {
  await page.goto('/commitments/strengthen-japan-us-alliance');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Keep strengthening the Japan–US security alliance',
  );
  await expect(
    page.getByText(/^Both leaders restated that strengthening their security alliance matters/),
  ).toBeVisible();
  await expect(fact(page, 'Status')).toContainText('In progress');
  await expect(fact(page, 'Language')).toContainText('Reaffirmed');
  await expect(fact(page, 'Target date')).toHaveText('None stated');

  const parties = page.getByRole('region', { name: 'Parties' }).getByRole('listitem');
  await expect(parties).toHaveText([/^Japan\s+Committed$/, /^United States\s+Committed$/]);

  const quote = page.getByRole('figure').filter({
    hasText:
      'The Japan-U.S. alliance is a cornerstone of peace and stability in the Indo-Pacific region',
  });
  await expect(quote.locator('figcaption')).toContainText(
    'Fumio Kishida, at the start of the talks',
  );
  await expect(quote.locator('figcaption')).toContainText('On-record remark');
  await expect(
    quote.getByRole('link', {
      name: 'Kishida, Biden agree to step up advanced technology cooperation',
    }),
  ).toBeVisible();

  // Rated on the day, then followed up at each later meeting that restated it.
  const history = page.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(history).toHaveCount(8);
  await expect(history.first()).toContainText('18 May 2023');
  await expect(history.first()).toContainText('In progress');
  await expect(history.first()).toContainText('By Accord editors');
  await expect(history.nth(1)).toContainText('18 August 2023');
});
