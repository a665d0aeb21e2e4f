import { type Locator, type Page } from '@playwright/test';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createSource,
  deleteReference,
  expect,
  getCommitment,
  type Person,
  SEED,
  test,
  unique,
} from '../fixtures/admin';
import { addDispute, addLineageLink } from '../fixtures/tracking';
import { trpcData, trpcMutate, trpcPost, trpcProblem } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

const G7_SUMMIT = 'G7 Hiroshima Summit';

function commitmentForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Commitment', exact: true });
}

/** Lineage links and disputes are not referred to from elsewhere: dropping them frees the source. */
async function dropTracking(person: Person, id: number) {
  const current = await getCommitment(person, id);
  await trpcMutate(person.request, 'editor.commitment.update', {
    id,
    expectedVersion: current.version,
    data: { ...current.data, lineage: [], disputes: [] },
  });
}

test('an editor adds a lineage link and a dispute to a commitment, and finds both after a reload and in its history', async ({
  admin,
  newEditor,
  cleanup,
}) => {
  const editor = await newEditor('Tracking editor');
  const id = unique();
  const wire = await createSource(editor, { title: `E2E wire report ${id}` });
  const draft = await createCommitment(editor);
  cleanup(() => deleteReference(admin, 'source', wire.id));
  cleanup(() => dropTracking(editor, draft.id));
  const page = editor.page;
  const form = commitmentForm(page);
  const linkWords = `restated word for word ${id}`;
  const topic = `When the ministerial meets ${id}`;

  await test.step('the editor adds a lineage link to a later meeting, with its quote', async () => {
    await page.goto(`/admin/commitments/${draft.id}`);
    await addLineageLink(form, 1, {
      relation: 'Restated in',
      meeting: G7_SUMMIT,
      on: '2023-05-20',
      source: SEED.source,
      quote: {
        text: linkWords,
        kind: 'Joint statement',
        who: 'the G7 leaders',
        party: 'Group of Seven',
      },
      note: 'The summit took the pledge up the next day.',
    });
  });

  await test.step('the editor adds a dispute with two sides, one quoted', async () => {
    await addDispute(form, 1, {
      topic,
      raisedOn: '2025-11-20',
      claims: [
        { claim: 'The wire report says it met in March.', source: wire.data.slug },
        {
          claim: 'The original article gives no date.',
          source: SEED.source,
          quote: {
            text: `no date was set ${id}`,
            kind: 'Government readout',
            who: 'the Japanese Foreign Ministry',
            party: 'Japan',
          },
        },
      ],
      note: 'We give both dates until a readout settles it.',
    });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByText('Saved (version 2)')).toBeVisible();
  });

  await test.step('after a reload the editor sees what was saved', async () => {
    await page.reload();
    const link = form.getByRole('group', { name: 'Lineage link 1', exact: true });
    await expect(link.getByLabel('Relation', { exact: true })).toHaveValue('restated_in');
    await expect(link.getByLabel('Source', { exact: true })).toHaveValue(SEED.source);
    await expect(link.getByLabel('Quoted words', { exact: true })).toHaveValue(linkWords);
    await expect(link.getByLabel('Speaker’s party', { exact: true })).toHaveValue('g7');
    const dispute = form.getByRole('group', { name: 'Dispute 1', exact: true });
    await expect(dispute.getByLabel('Topic', { exact: true })).toHaveValue(topic);
    await expect(dispute.getByRole('group', { name: /^Claim \d$/ })).toHaveCount(2);
    await expect(dispute.getByLabel('Resolved', { exact: true })).not.toBeChecked();

    const stored = await getCommitment(editor, draft.id);
    expect(stored.version).toBe(2);
    expect(stored.data.lineage).toEqual([
      {
        relation: 'restated_in',
        meeting: 'g7-hiroshima-summit-2023',
        on: '2023-05-20',
        source: SEED.source,
        quote: {
          text: linkWords,
          form: 'verbatim',
          attribution: { kind: 'joint_statement', who: 'the G7 leaders', party: 'g7' },
        },
        note: 'The summit took the pledge up the next day.',
        // No Japanese was typed: none is stored.
        translations: {},
      },
    ]);
    expect(stored.data.disputes).toMatchObject([
      {
        topic,
        raisedOn: '2025-11-20',
        resolved: false,
        claims: [
          { source: wire.data.slug, quote: null },
          {
            source: SEED.source,
            quote: { attribution: { kind: 'government_readout', party: 'jp' } },
          },
        ],
      },
    ]);
  });

  await test.step('the history compares the versions field by field, under the editor', async () => {
    await page.getByRole('link', { name: 'View history' }).click();
    const compare = page.getByRole('form', { name: 'Compare versions' });
    await compare.getByLabel('From version', { exact: true }).selectOption('1');
    await compare.getByLabel('To version', { exact: true }).selectOption('2');
    await compare.getByRole('button', { name: 'Compare' }).click();
    const changes = page.getByRole('table', { name: 'Changes from version 1 to version 2' });
    const row = (name: string) => changes.getByRole('row', { name, exact: false });
    await expect(row('Lineage link 1: Source').getByRole('cell').nth(1)).toHaveText(SEED.source);
    await expect(row('Lineage link 1: Quoted words').getByRole('cell').nth(1)).toHaveText(
      linkWords,
    );
    await expect(row('Dispute 1: Topic').getByRole('cell').nth(1)).toHaveText(topic);
    await expect(row('Dispute 1: Claim 2: Speaker’s party').getByRole('cell').nth(1)).toHaveText(
      'jp',
    );
    await expect(row('Dispute 1: Resolved').getByRole('cell').nth(1)).toHaveText('No');
    const versions = page.getByRole('table', { name: 'Versions, newest first' });
    await expect(versions.getByRole('row', { name: /^2 / })).toContainText(editor.name);
  });
});

test('a dispute with one side, and a source deleted since the page loaded, are refused at their fields and the input stays', async ({
  admin,
  newEditor,
}) => {
  const editor = await newEditor('Careful editor');
  const id = unique();
  const doomed = await createSource(editor, { title: `E2E source about to go ${id}` });
  const draft = await createCommitment(editor);
  const page = editor.page;
  const form = commitmentForm(page);
  const topic = `Which figure is right ${id}`;

  await page.goto(`/admin/commitments/${draft.id}`);
  await form.getByRole('button', { name: 'Add dispute' }).click();
  const dispute = form.getByRole('group', { name: 'Dispute 1', exact: true });
  await dispute.getByLabel('Topic', { exact: true }).fill(topic);
  const first = dispute.getByRole('group', { name: 'Claim 1', exact: true });
  await first
    .getByLabel('What the source claims', { exact: true })
    .fill('One report gives a larger figure.');
  await first.getByLabel('Source', { exact: true }).selectOption(SEED.source);
  await dispute.getByLabel('Note', { exact: true }).fill('Only one side is known so far.');

  await test.step('one side is not a dispute: the error is at the claims', async () => {
    await dispute.getByRole('button', { name: 'Remove claim 2 of dispute 1' }).click();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const claims = dispute.getByRole('group', { name: 'Claims', exact: true });
    await expect(claims).toContainText('A dispute has at least two sides');
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toContainText(
      'Dispute 1: Claims: A dispute has at least two sides',
    );
    await expect(dispute.getByLabel('Topic', { exact: true })).toHaveValue(topic);
    await expect(first.getByLabel('What the source claims', { exact: true })).toHaveValue(
      'One report gives a larger figure.',
    );
    // The API refuses it the same way, naming the same field.
    const current = await getCommitment(editor, draft.id);
    const refused = await trpcPost(editor.request, 'editor.commitment.update', {
      id: draft.id,
      expectedVersion: current.version,
      data: {
        ...current.data,
        disputes: [
          {
            topic,
            raisedOn: '2025-11-20',
            claims: [{ claim: 'One side.', source: SEED.source, quote: null }],
            note: 'Only one side.',
            resolved: false,
          },
        ],
      },
    });
    expect(refused.status()).toBe(400);
    expect((await trpcProblem(refused)).fieldErrors).toContainEqual({
      path: ['data', 'disputes', '0', 'claims'],
      message: 'A dispute has at least two sides',
    });
  });

  await test.step('a source deleted meanwhile: the server refuses at that select', async () => {
    await dispute.getByRole('button', { name: 'Add claim to dispute 1' }).click();
    const second = dispute.getByRole('group', { name: 'Claim 2', exact: true });
    await second
      .getByLabel('What the source claims', { exact: true })
      .fill('Another report gives a smaller one.');
    await second.getByLabel('Source', { exact: true }).selectOption(SEED.source);
    await form.getByRole('button', { name: 'Add lineage link' }).click();
    const link = form.getByRole('group', { name: 'Lineage link 1', exact: true });
    await link.getByLabel('Relation', { exact: true }).selectOption({ label: 'Builds on' });
    await link.getByLabel('Meeting', { exact: true }).selectOption({ label: G7_SUMMIT });
    await link.getByLabel('Date', { exact: true }).fill('2023-05-19');
    await link.getByLabel('Source', { exact: true }).selectOption(doomed.data.slug);
    // An admin deletes the source while the editor is still typing.
    await deleteReference(admin, 'source', doomed.id);

    const saved = page.waitForResponse((r) => r.url().includes('editor.commitment.update'));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await saved).status()).toBe(400);
    const source = link.getByLabel('Source', { exact: true });
    await expect(source).toHaveAttribute('aria-invalid', 'true');
    await expect(link).toContainText(`Unknown source "${doomed.data.slug}"`);
    await expect(dispute.getByLabel('Topic', { exact: true })).toHaveValue(topic);
    await expect(second.getByLabel('What the source claims', { exact: true })).toHaveValue(
      'Another report gives a smaller one.',
    );

    await source.selectOption(SEED.source);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByText('Saved (version 2)')).toBeVisible();
    const stored = await getCommitment(editor, draft.id);
    expect(stored.data.lineage).toMatchObject([{ relation: 'builds_on', source: SEED.source }]);
    expect(stored.data.disputes).toMatchObject([{ topic, claims: [{}, {}] }]);
  });

  const revisions = await trpcData<{ version: number; actorName: string }[]>(
    editor.request,
    'editor.revision.list',
    { type: 'commitment', id: draft.id },
  );
  // The refused saves left no version behind.
  expect(revisions.map((r) => r.version)).toEqual([2, 1]);
});
