import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  deleteReference,
  expect,
  moveAll,
  SEED,
  setState,
  test,
  unique,
} from '../fixtures/admin';
import { trpcData, trpcMutate } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT * 2 });

/** A brief's or a party's page shows this many commitments (DETAIL_PAGE_SIZE, @accord/domain). */
const DETAIL_PAGE_SIZE = 50;

interface Saved {
  id: number;
  version: number;
}
/**
 * The continuation pages of a long brief and a long party (`…/more/<cursor>`, one component for
 * both and for the brief's dated copy: app/(public)/more-page.tsx). The seed's lists are
 * shorter than a page, so the test publishes a page and one more of its own, in one bulk call.
 */
test('a reader follows "More commitments" from a long brief and a long party to the rest of the list', async ({
  admin,
  page: reader,
  request,
  cleanup,
}) => {
  const theme = await createTheme(admin);
  const id = unique();
  const party = await trpcMutate<Saved>(admin.request, 'editor.party.create', {
    data: {
      slug: `e2e-party-${id}`,
      name: `E2E party ${id}`,
      shortName: `E2E ${id}`.slice(0, 40),
      kind: 'organisation',
      countryCode: null,
      description: null,
    },
  });
  const partySlug = `e2e-party-${id}`;
  const count = DETAIL_PAGE_SIZE + 1;
  const ids: number[] = [];
  cleanup(async () => {
    // Out of readers' sight: to draft (one bulk call), onto a seeded theme and party, archived.
    await moveAll(admin, ids, 'draft');
    for (const commitment of ids) {
      const now = await trpcData<Saved & { data: object }>(admin.request, 'editor.commitment.get', {
        id: commitment,
      });
      await trpcMutate(admin.request, 'editor.commitment.update', {
        id: commitment,
        expectedVersion: now.version,
        data: {
          ...now.data,
          theme: SEED.theme,
          parties: SEED.parties.map((p) => ({ party: p, role: 'committer' })),
        },
      });
    }
    await moveAll(admin, ids, 'archived');
    const { version } = await trpcData<Saved>(admin.request, 'editor.theme.get', { id: theme.id });
    await trpcMutate(admin.request, 'editor.theme.delete', {
      id: theme.id,
      expectedVersion: version,
    });
    await deleteReference(admin, 'party', party.id);
  });

  await test.step(`the admin publishes ${count} commitments of one brief and one party at once`, async () => {
    for (let i = 0; i < count; i++) {
      const draft = await createCommitment(admin, {
        theme: theme.slug,
        title: `Long list ${String(i).padStart(2, '0')} ${id}`,
        parties: [{ party: partySlug, role: 'committer' }],
      });
      await trpcMutate<Saved>(admin.request, 'editor.commitment.submit', {
        id: draft.id,
        expectedVersion: draft.version,
      });
      ids.push(draft.id);
    }
    await moveAll(admin, ids, 'published');
  });

  const japaneseName = `試験用の当事者 ${id}`;
  await test.step("the admin gives the party its Japanese name beside the English, in the party's form", async () => {
    await admin.page.goto(`/admin/parties/${party.id}`);
    const form = admin.page.getByRole('form', { name: 'Edit party' });
    const name = form.getByRole('group', { name: 'Name translation', exact: true });
    await expect(name.getByText(`E2E party ${id}`, { exact: true })).toBeVisible();
    await name.getByLabel('Japanese').fill(japaneseName);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByText('Saved (version 2)')).toBeVisible();
  });

  for (const [what, first, crumb] of [
    ['brief', `/themes/${theme.slug}`, theme.title],
    ['party', `/parties/${partySlug}`, `E2E party ${id}`],
  ] as const) {
    await test.step(`a reader of the ${what} page follows "More commitments"`, async () => {
      await reader.goto(first);
      const more = reader.getByRole('link', { name: 'More commitments' });
      await expect(more).toBeVisible();
      await expect(reader.getByText(`(${count} in all)`, { exact: false })).toBeVisible();
      await more.click();
      await expect(reader).toHaveURL(new RegExp(`${first}/more/[^/]+$`));
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
        `${crumb}: more commitments`,
      );
      const breadcrumb = reader.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(breadcrumb.getByRole('link', { name: crumb })).toHaveAttribute('href', first);
      // The rest of the list: what the first page did not show, and no further link.
      await expect(reader.getByRole('main').getByRole('article')).toHaveCount(
        count - DETAIL_PAGE_SIZE,
      );
      await expect(reader.getByRole('link', { name: 'More commitments' })).toHaveCount(0);
    });
  }

  for (const [what, first, crumb, english] of [
    ['brief', `/ja/themes/${theme.slug}`, theme.title, `/themes/${theme.slug}`],
    ['party', `/ja/parties/${partySlug}`, japaneseName, `/parties/${partySlug}`],
    [
      'dated brief',
      `/ja/as-of/${new Date().toISOString().slice(0, 10)}/themes/${theme.slug}`,
      theme.title,
      `/as-of/${new Date().toISOString().slice(0, 10)}/themes/${theme.slug}`,
    ],
  ] as const) {
    await test.step(`a Japanese reader of the ${what} page follows さらに表示 and stays in Japanese`, async () => {
      await reader.goto(first);
      await reader.getByRole('link', { name: 'さらに表示' }).click();
      await expect(reader).toHaveURL(new RegExp(`${first}/more/[^/]+$`));
      await expect(reader.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`${crumb}：合意の続き`);
      const breadcrumb = reader.getByRole('navigation', { name: 'パンくずリスト' });
      await expect(breadcrumb.getByRole('link', { name: crumb })).toHaveAttribute('href', first);
      await expect(reader.getByRole('main').getByRole('article')).toHaveCount(
        count - DETAIL_PAGE_SIZE,
      );
      await expect(reader.getByRole('link', { name: 'さらに表示' })).toHaveCount(0);
      // The same page in English is one click away, on the same cursor.
      const cursor = reader.url().split('/more/')[1];
      await expect(reader.getByRole('link', { name: 'English' })).toHaveAttribute(
        'href',
        `${english}/more/${cursor}`,
      );
    });
  }

  await test.step('a commitment returned to draft is gone from every later page at once, in both languages', async () => {
    const later: string[] = [];
    for (const first of [
      `/themes/${theme.slug}`,
      `/ja/themes/${theme.slug}`,
      `/parties/${partySlug}`,
      `/ja/parties/${partySlug}`,
    ]) {
      await reader.goto(first);
      const more = reader.getByRole('link', { name: /^(More commitments|さらに表示)$/ });
      later.push((await more.getAttribute('href'))!);
    }
    // The commitment on the brief's second page (its title says which one it is).
    await reader.goto(later[0]!);
    const title = await reader
      .getByRole('main')
      .getByRole('article')
      .getByRole('heading')
      .innerText();
    const index = Number(/Long list (\d+)/.exec(title)?.[1]);
    expect(title).toContain(id);
    // Every later page is cached now (the front cache is kept out of the way by the cookie).
    const headers = { cookie: 'reader=1' };
    for (const path of later) expect((await request.get(path, { headers })).status()).toBe(200);

    await setState(admin, ids[index]!, 'draft');
    for (const path of later) {
      const response = await request.get(path, { headers });
      expect(await response.text(), path).not.toContain(title.trim());
    }
  });

  await test.step('a made-up cursor is a 404, not a page', async () => {
    const response = await reader.goto(`/themes/${theme.slug}/more/c1.MQ`);
    expect(response?.status()).toBe(404);
    const japanese = await reader.goto(`/ja/themes/${theme.slug}/more/c1.MQ`);
    expect(japanese?.status()).toBe(404);
  });
});
