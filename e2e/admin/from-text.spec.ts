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

// The editors' assistant: an editor pastes a readout under Commitments › New from text and sees
// the proposals, cue and quotes marked, and accepts a restatement as a lineage link. (Accepting
// as a draft, an account or a status update: assistant-accept.spec.ts.)

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

/** A meeting made by this test, at `on`. */
async function createMeeting(person: Person, slug: string, title: string, on: string) {
  return trpcMutate<Saved>(person.request, 'editor.meeting.create', {
    data: {
      slug,
      title,
      kind: 'bilateral',
      startsOn: on,
      endsOn: on,
      place: 'Tokyo',
      parentSlug: null,
      summary: 'Talks made by an end-to-end test.',
      context: '',
      participants: [],
    },
  });
}

test('a proposal that restates an existing commitment is accepted as a lineage link to the later meeting', async ({
  admin,
  newEditor,
  cleanup,
}) => {
  const editor = await newEditor('Assistant lineage editor');
  const id = unique();
  const token = `t${id.replace(/[^a-z0-9]/g, '')}`;
  const first = await createMeeting(
    editor,
    `e2e-lineage-first-${id}`,
    `E2E first talks ${id}`,
    '2025-03-10',
  );
  const laterTitle = `E2E later talks ${id}`;
  const later = await createMeeting(editor, `e2e-lineage-later-${id}`, laterTitle, '2025-11-20');
  const commitment = await createCommitment(editor, {
    meeting: `e2e-lineage-first-${id}`,
    title: `Joint ${token} seaweed biofuel trials`,
    summary: `The two sides run ${token} seaweed biofuel trials.`,
  });
  cleanup(() => deleteReference(admin, 'meeting', first.id));
  cleanup(() => deleteReference(admin, 'meeting', later.id));
  // Off the test's meetings (its lineage too), so that they can be deleted; then archived.
  cleanup(async () => {
    const current = await getCommitment(admin, commitment.id);
    await trpcMutate<Saved>(admin.request, 'editor.commitment.update', {
      id: commitment.id,
      expectedVersion: current.version,
      data: { ...current.data, meeting: SEED.meeting, lineage: [] },
    });
    await setState(admin, commitment.id, 'archived');
  });

  const page = editor.page;
  await page.goto('/admin/commitments/from-text');
  await page
    .getByLabel('Text', { exact: true })
    .fill(
      `Readout of the ministers' meeting\n\nThe two ministers reaffirmed their plan to run joint ${token} seaweed biofuel trials in coastal towns.`,
    );
  await page.getByLabel('Publisher', { exact: true }).fill('Example ministry');
  await page.getByLabel('Date', { exact: true }).fill('2025-11-20');
  await page.getByLabel('Kind of source', { exact: true }).selectOption('readout');
  await page.getByLabel('Source record', { exact: true }).selectOption(SEED.source);
  await page.getByLabel('Meeting', { exact: true }).selectOption({ label: laterTitle });
  await page.getByRole('button', { name: 'Propose commitments' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '1 proposal' })).toBeVisible();

  const card = page.getByRole('article');
  await card.getByLabel(`${commitment.data.title} (draft)`).check();
  await card.getByRole('button', { name: 'Edit and accept' }).click();
  const form = card.getByRole('group', { name: /^Accept proposal/ });
  await form.getByLabel('A lineage link: the chosen commitment, restated here').check();
  await expect(form.getByLabel('Restated at (meeting)')).toHaveValue(`e2e-lineage-later-${id}`);
  await expect(form.getByLabel('Restated on')).toHaveValue('2025-11-20');
  await form.getByLabel('What the link shows (our words, optional)').fill(`Restated (${token}).`);
  await form.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(card.getByRole('status')).toContainText('Sent to review: A lineage link');
  // Waiting for review: the commitment does not have it yet.
  expect((await getCommitment(editor, commitment.id)).version).toBe(commitment.version);

  // An admin approves it in the review queue on the dashboard.
  await admin.page.goto('/admin');
  await admin.page
    .getByRole('region', { name: 'Additions waiting for review' })
    .getByRole('button', { name: `Approve lineage link for ${commitment.data.title}` })
    .click();
  await expect(admin.page.getByRole('status').filter({ hasText: 'approved' })).toContainText(
    `Lineage link for ${commitment.data.title} approved`,
  );

  await card.getByRole('link', { name: commitment.data.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(commitment.data.title);
  const link = page.getByRole('group', { name: 'Lineage link 1', exact: true });
  await expect(link.getByLabel('Relation', { exact: true })).toHaveValue('restated_in');
  await expect(link.getByLabel('Meeting', { exact: true })).toHaveValue(`e2e-lineage-later-${id}`);
  await expect(link.getByLabel('Date', { exact: true })).toHaveValue('2025-11-20');
  await expect(link.getByLabel('Quoted words', { exact: true })).toHaveValue(
    `reaffirmed their plan to run joint ${token} seaweed biofuel trials in coastal towns`,
  );
  // Still a draft, at its second revision (the approval): nothing was published.
  const stored = await getCommitment(editor, commitment.id);
  expect(stored.editorialState).toBe('draft');
  expect(stored.version).toBe(commitment.version + 1);
});
