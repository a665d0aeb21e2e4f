import {
  ADMIN_TEST_TIMEOUT,
  deleteReference,
  expect,
  type Saved,
  SEED,
  test,
  unique,
} from '../fixtures/admin';
import { type APIRequestContext } from '@playwright/test';
import { trpcData, trpcMutate } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** A bilateral meeting made by a test, with the participants and accounts it needs. */
function createTalks(
  request: APIRequestContext,
  slug: string,
  parts: { participants?: unknown[]; accounts?: unknown[] },
): Promise<Saved> {
  return trpcMutate<Saved>(request, 'editor.meeting.create', {
    data: {
      slug,
      title: `E2E talks ${slug}`,
      kind: 'bilateral',
      startsOn: '2025-02-07',
      endsOn: '2025-02-07',
      place: 'Washington, DC',
      parentSlug: null,
      summary: 'Talks made by an end-to-end test.',
      context: '',
      participants: parts.participants ?? [],
      accounts: parts.accounts ?? [],
    },
  });
}

interface MeetingData {
  accounts: {
    topic: string;
    note: string;
    quotes: { text: string; source: string; attribution: { party: string | null } }[];
  }[];
}

test('an editor sets each government’s account of a meeting side by side, and the history shows whose words changed', async ({
  admin,
  newEditor,
  cleanup,
}) => {
  const editor = await newEditor('Accounts editor');
  const id = unique();
  const meeting = await trpcMutate<Saved>(editor.request, 'editor.meeting.create', {
    data: {
      slug: `e2e-meeting-${id}`,
      title: `E2E talks ${id}`,
      kind: 'bilateral',
      startsOn: '2025-02-07',
      endsOn: '2025-02-07',
      place: 'Washington, DC',
      parentSlug: null,
      summary: 'Talks made by an end-to-end test.',
      context: '',
      participants: [],
    },
  });
  cleanup(() => deleteReference(admin, 'meeting', meeting.id));
  const page = editor.page;
  const form = page.getByRole('form', { name: 'Edit meeting' });
  const usWords = `coercive behavior ${id}`;
  const jpWords = `cooperating on shared challenges ${id}`;

  await page.goto(`/admin/meetings/${meeting.id}`);
  await form.getByRole('button', { name: 'Add account' }).click();
  const account = form.getByRole('group', { name: 'Account 1', exact: true });
  await account.getByLabel('Topic', { exact: true }).fill('China');
  await account
    .getByLabel('What differs', { exact: true })
    .fill('The US names coercion; Japan speaks of cooperation.');
  const us = account.getByRole('group', { name: 'Quote 1', exact: true });
  await us.getByLabel('Quoted words', { exact: true }).fill(usWords);
  await us.getByLabel('Source', { exact: true }).selectOption(SEED.source);
  await us
    .getByLabel('Attribution kind', { exact: true })
    .selectOption({ label: 'Government readout' });
  await us.getByLabel('Who said it', { exact: true }).fill('the White House');
  await us.getByLabel('Speaker’s party', { exact: true }).selectOption({ label: 'United States' });
  await account.getByRole('button', { name: 'Add quote to account 1' }).click();
  const jp = account.getByRole('group', { name: 'Quote 2', exact: true });
  await jp.getByLabel('Quoted words', { exact: true }).fill(jpWords);
  await jp.getByLabel('Form', { exact: true }).selectOption({ label: 'Reported' });
  await jp.getByLabel('Source', { exact: true }).selectOption(SEED.source);
  await jp
    .getByLabel('Attribution kind', { exact: true })
    .selectOption({ label: 'Government readout' });
  await jp.getByLabel('Who said it', { exact: true }).fill('the Japanese Foreign Ministry');
  await jp.getByLabel('Speaker’s party', { exact: true }).selectOption({ label: 'Japan' });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();

  await page.reload();
  await expect(account.getByLabel('Topic', { exact: true })).toHaveValue('China');
  await expect(
    account
      .getByRole('group', { name: 'Quote 2', exact: true })
      .getByLabel('Speaker’s party', { exact: true }),
  ).toHaveValue('jp');
  const stored = await trpcData<{ version: number; data: MeetingData }>(
    editor.request,
    'editor.meeting.get',
    { id: meeting.id },
  );
  expect(stored.data.accounts).toMatchObject([
    {
      topic: 'China',
      quotes: [
        { text: usWords, attribution: { party: 'us' } },
        { text: jpWords, attribution: { party: 'jp' } },
      ],
    },
  ]);

  // Whose words these are is an edit like any other: a new version, compared field by field.
  await account
    .getByRole('group', { name: 'Quote 2', exact: true })
    .getByLabel('Speaker’s party', { exact: true })
    .selectOption({ label: 'Not stated' });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 3)')).toBeVisible();
  await page.goto(`/admin/meetings/${meeting.id}/history?a=2&b=3`);
  const changes = page.getByRole('table', { name: 'Changes from version 2 to version 3' });
  await expect(changes.getByRole('row')).toHaveCount(2);
  const row = changes.getByRole('row', { name: /^Account 1 › Quote 2 › Speaker’s party/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('jp');
  await expect(row.getByRole('cell').nth(1)).toHaveText('(empty)');
});

test('an editor translates an account’s topic and note beside the English, and a reader of /ja sees them with the quote as said', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Accounts translator');
  const id = unique();
  const slug = `e2e-meeting-ja-${id}`;
  const words = `coercive behavior ${id}`;
  const meeting = await createTalks(editor.request, slug, {
    accounts: [
      {
        topic: 'China',
        note: 'Only the US named coercion.',
        quotes: [
          {
            text: words,
            form: 'verbatim',
            source: SEED.source,
            attribution: { kind: 'government_readout', who: 'the White House', party: 'us' },
          },
        ],
      },
    ],
  });
  cleanup(() => deleteReference(admin, 'meeting', meeting.id));
  const page = editor.page;
  const form = page.getByRole('form', { name: 'Edit meeting' });
  const account = form.getByRole('group', { name: 'Account 1', exact: true });
  const topic = account.getByRole('group', { name: 'Topic translation' });
  const note = account.getByRole('group', { name: 'What differs translation' });

  await page.goto(`/admin/meetings/${meeting.id}`);
  await expect(topic.getByText('China', { exact: true })).toBeVisible();
  await expect(topic.getByText('missing', { exact: true })).toBeVisible();
  await topic.getByLabel('Japanese').fill('中国');
  await note.getByLabel('Japanese').fill(`米側だけが威圧と述べた（${id}）。`);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();
  const stored = await trpcData<{
    data: { accounts: { translations: { ja?: Record<string, { text: string }> } }[] };
  }>(editor.request, 'editor.meeting.get', { id: meeting.id });
  expect(stored.data.accounts[0]!.translations.ja).toMatchObject({
    topic: { text: '中国' },
    note: { text: `米側だけが威圧と述べた（${id}）。` },
  });

  await reader.goto(`/ja/meetings/${slug}`);
  const row = reader.locator('table.accounts tbody tr').first();
  await expect(row.locator('th')).toHaveText('中国');
  await expect(row.getByText(`米側だけが威圧と述べた（${id}）。`)).toBeVisible();
  await expect(row.locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(row.locator('blockquote')).toContainText(words);
});

test('an editor gives a participant a Japanese name and office, and a reader of /ja sees them as the press writes them', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Participants translator');
  const id = unique();
  const slug = `e2e-meeting-people-${id}`;
  const meeting = await createTalks(editor.request, slug, {
    participants: [{ party: 'jp', name: 'Shigeru Ishiba', office: 'Prime Minister' }],
  });
  cleanup(() => deleteReference(admin, 'meeting', meeting.id));
  const page = editor.page;
  const form = page.getByRole('form', { name: 'Edit meeting' });
  const participant = form.getByRole('group', { name: 'Participant 1', exact: true });
  const name = participant.getByRole('group', { name: 'Name translation' });
  const office = participant.getByRole('group', { name: 'Office translation' });

  await page.goto(`/admin/meetings/${meeting.id}`);
  // Before: the Japanese page names the person in English, marked so.
  await reader.goto(`/ja/meetings/${slug}`);
  const people = reader.getByRole('region', { name: '出席者' });
  await expect(people.locator('[lang="en"]').first()).toHaveText('Shigeru Ishiba');

  await expect(name.getByText('missing', { exact: true })).toBeVisible();
  await name.getByLabel('Japanese').fill('石破茂');
  await office.getByLabel('Japanese').fill('首相');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();
  await expect(name.getByText('missing', { exact: true })).toHaveCount(0);

  await reader.goto(`/ja/meetings/${slug}`);
  await expect(people.getByRole('listitem')).toHaveText('石破茂首相、日本');
  await expect(people.locator('[lang="en"]')).toHaveCount(0);
  // The English page keeps the English.
  await reader.goto(`/meetings/${slug}`);
  await expect(reader.getByRole('region', { name: 'Participants' })).toContainText(
    'Shigeru Ishiba, Prime Minister',
  );
});
