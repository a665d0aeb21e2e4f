import { type Page } from '@playwright/test';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  deleteReference,
  expect,
  getCommitment,
  type Person,
  retire,
  type Saved,
  SEED,
  setState,
  test,
  unique,
} from '../fixtures/admin';
import { trpcMutate } from '../fixtures/trpc';

// The editors' assistant, accepting: an editor pastes a readout, rejects one proposal and
// accepts three, as a new draft, an account of an existing commitment and a status update on
// a published one, and finds all three in review; readers see none of them until an admin
// approves the account and the update and publishes the draft.

// The longest flow of the suite (three roles, eight steps, 21 public surfaces probed): about
// 75 s on an idle machine and up to 3 min beside another build, where the admin specs' usual
// limit cut it off once. The limit is there to catch a hang, not to time the flow.
test.describe.configure({ timeout: 2 * ADMIN_TEST_TIMEOUT });

/** Our own sentences, in the style of a readout; `token` ties them to this run's records. */
function readout(token: string) {
  return `Readout of the ministers' meeting on ${token} cooperation

The two ministers agreed to open a joint ${token} tidal energy laboratory by 2028. Japan reaffirmed its pledge to train ${token} grid engineers in coastal towns, the foreign ministry said. The United States pledged to extend its ${token} harbour sensor trials to three more ports, according to the White House. They are also considering a ${token} ferry link, according to diplomatic sources.`;
}

/**
 * Takes the test's commitments out of the way: back to draft, onto the seeded meeting and theme
 * (so the test's own can be deleted), then archived.
 */
async function retireAll(admin: Person, ids: number[]) {
  for (const id of ids) {
    let current = await getCommitment(admin, id);
    if (current.editorialState !== 'draft') {
      await setState(admin, id, 'draft');
      current = await getCommitment(admin, id);
    }
    await trpcMutate<Saved>(admin.request, 'editor.commitment.update', {
      id,
      expectedVersion: current.version,
      data: { ...current.data, meeting: SEED.meeting, theme: SEED.theme },
    });
    await setState(admin, id, 'archived');
  }
}

/**
 * Every public surface that shows a commitment or its meeting: the pages in both languages,
 * the brief, the parties, search, the REST and tRPC reads, the feeds, the exports, the sitemap.
 */
function readerSurfaces(commitment: string, meeting: string, theme: string, words: string) {
  const trpc = (path: string, input: unknown) =>
    `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return [
    `/commitments/${commitment}`,
    `/ja/commitments/${commitment}`,
    `/meetings/${meeting}`,
    `/ja/meetings/${meeting}`,
    `/themes/${theme}`,
    `/ja/themes/${theme}`,
    ...['jp', 'us'].map((party) => `/parties/${party}`),
    `/sources/${SEED.source}`,
    `/search?q=${words}`,
    `/api/v1/commitments/${commitment}`,
    `/api/v1/meetings/${meeting}`,
    `/api/v1/commitments?q=${words}`,
    trpc('commitment.bySlug', { slug: commitment }),
    trpc('meeting.bySlug', { slug: meeting }),
    '/feeds/changes.atom',
    '/feeds/changes.json',
    `/themes/${theme}/feed.atom`,
    `/themes/${theme}/feed.json`,
    '/exports/commitments.json',
    '/exports/commitments.csv',
    '/sitemap.xml',
  ];
}

/** The text of a public page as a reader without a session gets it. */
async function readerPage(reader: Page, path: string) {
  const response = await reader.request.get(path);
  return { status: response.status(), text: await response.text() };
}

test('an editor accepts proposals as a new draft, an account and a status update, sees them in review, and readers see them once an admin approves', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  // A theme of the test's own: what it publishes never lands in a seeded brief.
  const theme = await createTheme(admin);
  cleanup(() => retire(admin, theme, []));
  const editor = await newEditor('Assistant accept editor');
  const id = unique();
  const token = `t${id.replace(/[^a-z0-9]/g, '')}`;
  const meetingTitle = `E2E assistant talks ${id}`;
  const meeting = await trpcMutate<Saved>(editor.request, 'editor.meeting.create', {
    data: {
      slug: `e2e-assistant-meeting-${id}`,
      title: meetingTitle,
      kind: 'bilateral',
      startsOn: '2025-11-19',
      endsOn: '2025-11-19',
      place: 'Tokyo',
      parentSlug: null,
      summary: 'Talks made by an end-to-end test.',
      context: '',
      participants: [],
    },
  });
  const made: number[] = [];
  cleanup(() => deleteReference(admin, 'meeting', meeting.id));
  cleanup(() => retireAll(admin, made));
  const meetingSlug = `e2e-assistant-meeting-${id}`;
  const training = await createCommitment(editor, {
    meeting: meetingSlug,
    theme: theme.slug,
    title: `Training ${token} grid engineers in coastal towns`,
    summary: `Japan trains ${token} grid engineers for coastal towns.`,
  });
  const sensors = await createCommitment(editor, {
    meeting: meetingSlug,
    theme: theme.slug,
    title: `Harbour sensor trials ${token}`,
    summary: `The United States runs ${token} harbour sensor trials in ports.`,
  });
  made.push(training.id, sensors.id);
  // The update is for a commitment readers already see.
  await setState(admin, sensors.id, 'review');
  await setState(admin, sensors.id, 'published');

  const page = editor.page;
  await page.goto('/admin/commitments/from-text');
  await page.getByLabel('Text', { exact: true }).fill(readout(token));
  await page.getByLabel('Publisher', { exact: true }).fill('Example ministry');
  await page.getByLabel('Date', { exact: true }).fill('2025-11-20');
  await page.getByLabel('Kind of source', { exact: true }).selectOption('readout');
  await page.getByLabel('Source record', { exact: true }).selectOption(SEED.source);
  await page.getByLabel('Meeting', { exact: true }).selectOption({ label: meetingTitle });
  await page.getByRole('button', { name: 'Propose commitments' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '4 proposals' })).toBeVisible();

  const card = (words: string) => page.getByRole('article').filter({ hasText: words });

  await test.step('rejecting a proposal saves nothing and takes it away', async () => {
    await card('ferry link').getByRole('button', { name: 'Reject' }).click();
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(page.getByText('1 proposal rejected (nothing saved).')).toBeVisible();
  });

  const labTitle = `Joint tidal energy laboratory ${token}`;
  const lab = card('tidal energy laboratory');
  const engineers = card('grid engineers in coastal towns, the foreign ministry said');
  const trials = card('harbour sensor trials to three more ports');
  const statusNote = `The trials reach three more ports (${token}).`;

  await test.step('the first is edited and accepted as a new draft', async () => {
    await lab.getByRole('button', { name: 'Edit and accept' }).click();
    const form = lab.getByRole('group', { name: /^Accept proposal/ });
    await form.getByLabel('Title', { exact: true }).fill(labTitle);
    await form.getByLabel('Slug', { exact: true }).fill(`e2e-accepted-${id}`);
    // The text names no theme word and no party: the editor supplies them.
    await form.getByLabel('Theme', { exact: true }).selectOption(theme.slug);
    await form.getByLabel('Parties (slugs, comma-separated)').fill('jp, us');
    await form.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(lab.getByRole('status')).toContainText('Saved as a draft');
    const href = await lab.getByRole('link', { name: labTitle }).getAttribute('href');
    made.push(Number(href!.split('/').pop()));
  });

  await test.step('the second is accepted as an account of the matching commitment', async () => {
    await engineers.getByLabel(`${training.data.title} (draft)`).check();
    await engineers.getByRole('button', { name: 'Edit and accept' }).click();
    const form = engineers.getByRole('group', { name: /^Accept proposal/ });
    await form.getByLabel('An account of the chosen commitment').check();
    await expect(form.getByLabel('Topic', { exact: true })).toHaveValue(training.data.title);
    await form
      .getByLabel('What differs (our words)')
      .fill('Japan restates its training pledge; the other side has not spoken to it.');
    await form.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(engineers.getByRole('status')).toContainText(
      'Sent to review: An account for the meeting',
    );
  });

  await test.step('the third is accepted as a status update on the other commitment', async () => {
    await trials.getByLabel(`${sensors.data.title} (published)`).check();
    await trials.getByRole('button', { name: 'Edit and accept' }).click();
    const form = trials.getByRole('group', { name: /^Accept proposal/ });
    await form.getByLabel('A status update on the chosen commitment').check();
    await expect(form.getByLabel('Effective on', { exact: true })).toHaveValue('2025-11-20');
    await form.getByLabel('Note (our words)').fill(statusNote);
    await form.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(trials.getByRole('status')).toContainText('Sent to review: A status update');
  });

  await test.step('the new draft carries the quote and goes to review', async () => {
    await lab.getByRole('link', { name: labTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(labTitle);
    await expect(page.getByLabel('Quoted words', { exact: true }).first()).toHaveValue(
      `agreed to open a joint ${token} tidal energy laboratory by 2028`,
    );
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByText(/^Submitted for review\./)).toBeVisible();
    await page.goto('/admin/commitments?state=review');
    await expect(page.getByRole('link', { name: labTitle })).toBeVisible();
  });

  const accountWords = `reaffirmed its pledge to train ${token} grid engineers in coastal towns`;
  const labSlug = `e2e-accepted-${id}`;

  await test.step('the account and the update wait in review; the meeting and commitment are unchanged', async () => {
    await page.goto('/admin');
    const queue = page.getByRole('region', { name: 'Additions waiting for review' });
    const account = queue.getByRole('row').filter({ hasText: accountWords });
    await expect(account).toContainText('Account · pending review');
    await expect(account).toContainText('the foreign ministry');
    await expect(account).toContainText(training.data.title);
    const update = queue.getByRole('row').filter({ hasText: statusNote });
    await expect(update).toContainText('Status update · pending review');
    await expect(update).toContainText(sensors.data.title);
    // Approving is an admin's decision.
    await expect(queue.getByRole('button', { name: /^Approve/ })).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: 'In review', exact: true })
        .getByRole('link', { name: labTitle }),
    ).toBeVisible();

    await page.goto(`/admin/meetings/${meeting.id}`);
    await expect(
      page.getByRole('form', { name: 'Edit meeting' }).getByRole('group', { name: 'Account 1' }),
    ).toHaveCount(0);
    await page.goto(`/admin/commitments/${sensors.id}`);
    const updates = page.getByRole('table', { name: 'Status updates, oldest first' });
    await expect(updates.getByRole('row').filter({ hasText: statusNote })).toHaveCount(0);
    // The commitment's own page says the update waits for review, above the form.
    await expect(
      page
        .getByRole('region', { name: 'One addition waiting for review' })
        .getByRole('row')
        .filter({ hasText: statusNote }),
    ).toContainText('Status update · pending review');
  });

  await test.step('readers see none of the three yet, on any public surface', async () => {
    const surfaces = readerSurfaces(sensors.data.slug, meetingSlug, sensors.data.theme, token);
    // Asked for all at once, as many readers would, not one after another.
    const answers = await Promise.all(surfaces.map((path) => readerPage(reader, path)));
    for (const [i, { status, text }] of answers.entries()) {
      const path = surfaces[i]!;
      expect(status, path).toBeLessThan(500);
      expect(text.includes(accountWords), `${path} shows the pending account`).toBe(false);
      expect(text.includes(statusNote), `${path} shows the pending status update`).toBe(false);
      expect(text.includes(labTitle), `${path} shows the new draft`).toBe(false);
    }
    const published = await readerPage(reader, `/commitments/${sensors.data.slug}`);
    expect(published.status).toBe(200);
    expect((await readerPage(reader, `/commitments/${labSlug}`)).status).toBe(404);
  });

  await test.step('an admin approves the account and the update and publishes the draft', async () => {
    const adminPage = admin.page;
    await adminPage.goto('/admin');
    const queue = adminPage.getByRole('region', { name: 'Additions waiting for review' });
    // An approval re-renders the public pages it changes before it answers (read after
    // publish): beside another build that took 12 and 22 s, past the usual 15 s wait.
    const APPROVAL = { timeout: 60_000 };
    await queue.getByRole('button', { name: `Approve account for ${training.data.title}` }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'approved' })).toContainText(
      `Account for ${training.data.title} approved`,
      APPROVAL,
    );
    await queue
      .getByRole('button', { name: `Approve status update for ${sensors.data.title}` })
      .click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'approved' })).toContainText(
      `Status update for ${sensors.data.title} approved`,
      APPROVAL,
    );
    await expect(queue.getByRole('row').filter({ hasText: statusNote })).toHaveCount(0);
    await setState(admin, made[2]!, 'published');
  });

  await test.step('readers see the account, the update and the new commitment', async () => {
    const seen = async (path: string, words: string) => {
      const answer = await readerPage(reader, path);
      return answer.status === 200 && answer.text.includes(words);
    };
    for (const [path, words] of [
      [`/meetings/${meetingSlug}`, accountWords],
      [`/commitments/${sensors.data.slug}`, statusNote],
      [`/commitments/${labSlug}`, labTitle],
    ] as const) {
      await expect.poll(() => seen(path, words), { message: path, timeout: 15_000 }).toBe(true);
    }
  });
});
