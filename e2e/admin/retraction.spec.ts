import { type APIRequestContext } from '@playwright/test';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  getCommitment,
  retire,
  SEED,
  setState,
  test,
} from '../fixtures/admin';
import { trpcMutate } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** The text of a public page as a reader without a session gets it. */
async function read(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return { status: response.status(), text: await response.text() };
}

test('a reader finds an unpublished or archived commitment on none of its pages once the admin has been answered', async ({
  admin,
  page: reader,
  cleanup,
}) => {
  const theme = await createTheme(admin);
  const commitmentIds: number[] = [];
  cleanup(() => retire(admin, theme, commitmentIds));
  const commitment = await createCommitment(admin, {
    theme: theme.slug,
    quotes: [
      {
        text: 'a phrase quoted by an end-to-end test',
        form: 'reported',
        attribution: { kind: 'press_report', who: 'an end-to-end test', party: null },
        source: SEED.source,
      },
    ],
  });
  commitmentIds.push(commitment.id);
  const { slug, title } = commitment.data;
  // Every page that shows the commitment: its own, its brief, its parties, meeting and source.
  const pages = [
    `/commitments/${slug}`,
    `/themes/${theme.slug}`,
    ...SEED.parties.map((p) => `/parties/${p}`),
    `/meetings/${SEED.meeting}`,
    `/sources/${SEED.source}`,
  ];

  async function publish() {
    const { version } = await getCommitment(admin, commitment.id);
    await trpcMutate(admin.request, 'editor.commitment.submit', {
      id: commitment.id,
      expectedVersion: version,
    });
    await setState(admin, commitment.id, 'published');
    // The lists may follow the answer by a moment after a publish; wait until all show it.
    for (const path of pages) {
      await expect
        .poll(async () => (await read(reader.request, path)).text.includes(title), {
          message: `${path} shows the published commitment`,
          timeout: 15_000,
        })
        .toBe(true);
    }
  }

  /** Right after the answer, with no wait: no page may show the commitment any more. */
  async function expectGoneEverywhere() {
    const seen = await Promise.all(pages.map((path) => read(reader.request, path)));
    for (const [i, path] of pages.entries()) {
      expect(seen[i]!.status, path).toBe(path.startsWith('/commitments/') ? 404 : 200);
      expect(seen[i]!.text.includes(title), `${path} still shows it`).toBe(false);
    }
  }

  await test.step('published, it is on its brief, party, meeting and source pages', publish);

  await test.step('unpublished, it is gone from all of them when the answer arrives', async () => {
    await setState(admin, commitment.id, 'draft');
    await expectGoneEverywhere();
  });

  await test.step('published again and archived, it is gone from all of them at once', async () => {
    await publish();
    await setState(admin, commitment.id, 'archived');
    await expectGoneEverywhere();
  });
});
