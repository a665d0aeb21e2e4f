import { ADMIN_TEST_TIMEOUT, expect, test } from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/*
 * An admin page is server-rendered, so its fields can be typed into before its scripts have
 * run (a slow connection, a busy machine). React then hydrates a controlled field whose text
 * differs from its state: the text stays on screen, but React's state keeps the old value and
 * its change tracking takes the typed text as the current value, so typing the same text
 * again is no change either. The form looked filled in and refused to act on it (Rename stayed
 * disabled: the flaky "renames an editor" test of session 14). Here the page's scripts are
 * held back until the typing is done, so this happens every time.
 */
test('a name typed before the Users page has hydrated is taken, not ignored', async ({
  admin,
  newEditor,
}) => {
  const editor = await newEditor();
  const page = admin.page;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await released;
    await route.continue();
  });
  try {
    await page.goto(`/admin/users?q=${encodeURIComponent(editor.email)}`, {
      waitUntil: 'domcontentloaded',
    });
    const field = page.getByLabel(`Name of ${editor.email}`);
    const newName = `Early Typist ${editor.id.slice(0, 6)}`;
    await field.fill(newName);
    release();
    const rename = page.getByRole('button', { name: `Rename ${editor.email}` });
    await expect(rename).toBeEnabled();
    await expect(field).toHaveValue(newName);
    await rename.click();
    await expect(
      page.getByRole('status').filter({ hasText: `is now shown as “${newName}”` }),
    ).toBeVisible();
  } finally {
    release();
    await page.unroute('**/_next/static/chunks/**');
  }
});
