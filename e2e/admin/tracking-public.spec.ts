import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  retire,
  SEED,
  setState,
  test,
  unique,
} from '../fixtures/admin';
import { addDispute, addLineageLink } from '../fixtures/tracking';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor adds a lineage link and a dispute, an admin publishes, and readers see both on the commitment page', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Public tracking editor');
  const theme = await createTheme(admin);
  const draft = await createCommitment(editor, { theme: theme.slug });
  cleanup(() => retire(admin, theme, [draft.id]));
  const id = unique();
  const linkWords = `taken up by the summit ${id}`;
  const topic = `Which day the ministerial met ${id}`;

  const page = editor.page;
  await page.goto(`/admin/commitments/${draft.id}`);
  const form = page.getByRole('form', { name: 'Commitment', exact: true });
  await addLineageLink(form, 1, {
    relation: 'Restated in',
    meeting: 'G7 Hiroshima Summit',
    on: '2023-05-20',
    source: SEED.source,
    quote: { text: linkWords, kind: 'Joint statement', who: 'the G7 leaders' },
    note: 'The summit restated it the next day.',
  });
  await addDispute(form, 1, {
    topic,
    raisedOn: '2025-11-20',
    claims: [
      { claim: 'One report says it met on 3 March.', source: SEED.source },
      {
        claim: 'The ministry says it met on 4 March.',
        source: SEED.source,
        quote: {
          text: `met on 4 March ${id}`,
          kind: 'Government readout',
          who: 'the Japanese Foreign Ministry',
          party: 'Japan',
        },
      },
    ],
    note: 'We give both days until a readout settles it.',
  });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();

  await setState(admin, draft.id, 'review');
  await setState(admin, draft.id, 'published');

  await reader.goto(`/commitments/${draft.data.slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(draft.data.title);
  const restated = reader
    .getByRole('region', { name: 'Lineage', exact: true })
    .getByRole('region', { name: 'Restated in' });
  await expect(restated.getByRole('link', { name: 'G7 Hiroshima Summit' })).toBeVisible();
  await expect(restated).toContainText(linkWords);
  await expect(restated).toContainText('The summit restated it the next day.');

  const dispute = reader
    .getByRole('region', { name: 'Where sources disagree' })
    .getByRole('region', { name: topic });
  // Both sides, neither stated as fact, and our note.
  await expect(dispute.getByRole('listitem')).toHaveCount(2);
  await expect(dispute).toContainText('One report says it met on 3 March.');
  await expect(dispute).toContainText('The ministry says it met on 4 March.');
  await expect(dispute).toContainText(`met on 4 March ${id}`);
  await expect(dispute).toContainText('We give both days until a readout settles it.');
});
