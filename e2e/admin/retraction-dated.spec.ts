import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  publish,
  retire,
  setState,
  test,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/**
 * A retraction must leave no copy of the record anywhere (edge/invalidate.ts): the dated pages
 * of both languages, which no publish names, are expired with it.
 */
test('a commitment returned to draft is gone from the dated pages in English and Japanese', async ({
  admin,
  request,
  cleanup,
}) => {
  const theme = await createTheme(admin);
  const draft = await createCommitment(admin, { theme: theme.slug });
  cleanup(() => retire(admin, theme, [draft.id]));
  await publish(admin, draft.id);
  const today = new Date().toISOString().slice(0, 10);
  const dated = [
    `/as-of/${today}/commitments/${draft.data.slug}`,
    `/ja/as-of/${today}/commitments/${draft.data.slug}`,
  ];
  // Each is rendered and cached (read twice: the second is the cached copy).
  const headers = { cookie: 'reader=1' };
  for (const path of dated) {
    expect((await request.get(path, { headers })).status(), path).toBe(200);
    const again = await request.get(path, { headers });
    expect(again.status(), path).toBe(200);
    expect(await again.text(), path).toContain(draft.data.title);
  }

  await setState(admin, draft.id, 'draft');
  for (const path of dated) {
    const response = await request.get(path, { headers });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(draft.data.title);
  }
});
