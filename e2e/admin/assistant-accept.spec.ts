import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  deleteReference,
  expect,
  getCommitment,
  type Person,
  type Saved,
  SEED,
  setState,
  test,
  unique,
} from '../fixtures/admin';
import { trpcMutate } from '../fixtures/trpc';

// The editors' assistant, accepting: an editor pastes a readout, rejects one proposal and
// accepts three, as a new draft, an account of an existing commitment and a status update on
// another, and finds each where editors look: in review, on the meeting, on the commitment.

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** Our own sentences, in the style of a readout; `token` ties them to this run's records. */
function readout(token: string) {
  return `Readout of the ministers' meeting on ${token} cooperation

The two ministers agreed to open a joint ${token} tidal energy laboratory by 2028. Japan reaffirmed its pledge to train ${token} grid engineers in coastal towns, the foreign ministry said. The United States pledged to extend its ${token} harbour sensor trials to three more ports, according to the White House. They are also considering a ${token} ferry link, according to diplomatic sources.`;
}

/**
 * Takes the test's commitments out of the way: back to draft, onto the seeded meeting (so the
 * test's meeting can be deleted), then archived.
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
      data: { ...current.data, meeting: SEED.meeting },
    });
    await setState(admin, id, 'archived');
  }
}

test('an editor accepts proposals as a new draft, an account and a status update, and rejects one', async ({
  admin,
  newEditor,
  cleanup,
}) => {
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
    title: `Training ${token} grid engineers in coastal towns`,
    summary: `Japan trains ${token} grid engineers for coastal towns.`,
  });
  const sensors = await createCommitment(editor, {
    meeting: meetingSlug,
    title: `Harbour sensor trials ${token}`,
    summary: `The United States runs ${token} harbour sensor trials in ports.`,
  });
  made.push(training.id, sensors.id);

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
    await form.getByLabel('Theme', { exact: true }).selectOption(SEED.theme);
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
    await expect(engineers.getByRole('status')).toContainText('Saved as an account');
  });

  await test.step('the third is accepted as a status update on the other commitment', async () => {
    await trials.getByLabel(`${sensors.data.title} (draft)`).check();
    await trials.getByRole('button', { name: 'Edit and accept' }).click();
    const form = trials.getByRole('group', { name: /^Accept proposal/ });
    await form.getByLabel('A status update on the chosen commitment').check();
    await expect(form.getByLabel('Effective on', { exact: true })).toHaveValue('2025-11-20');
    await form.getByLabel('Note (our words)').fill(statusNote);
    await form.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(trials.getByRole('status')).toContainText('Saved as a status update');
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

  await test.step('the account is on the meeting, with the quote and who said it', async () => {
    await page.goto(`/admin/meetings/${meeting.id}`);
    const account = page
      .getByRole('form', { name: 'Edit meeting' })
      .getByRole('group', { name: 'Account 1', exact: true });
    await expect(account.getByLabel('Topic', { exact: true })).toHaveValue(training.data.title);
    await expect(account.getByLabel('Quoted words', { exact: true })).toHaveValue(
      `reaffirmed its pledge to train ${token} grid engineers in coastal towns`,
    );
    await expect(account.getByLabel('Who said it', { exact: true })).toHaveValue(
      'the foreign ministry',
    );
  });

  await test.step('the status update is on the commitment’s editor page, still a draft', async () => {
    await page.goto(`/admin/commitments/${sensors.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sensors.data.title);
    const updates = page.getByRole('table', { name: 'Status updates, oldest first' });
    await expect(updates.getByRole('row').filter({ hasText: statusNote })).toContainText(
      'Assistant accept editor',
    );
    expect((await getCommitment(editor, sensors.id)).editorialState).toBe('draft');
  });
});
