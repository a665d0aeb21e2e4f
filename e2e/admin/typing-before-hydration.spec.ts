import { type Page } from '@playwright/test';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  setState,
  test,
  unique,
} from '../fixtures/admin';
import { trpcMutate } from '../fixtures/trpc';

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
/** Holds the page's scripts back until `release` is called, so typing lands before hydration. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await released;
    await route.continue();
  });
  return {
    release: () => release(),
    done: async () => {
      release();
      await page.unroute('**/_next/static/chunks/**');
    },
  };
}

test('a name typed before the Users page has hydrated is taken, not ignored', async ({
  admin,
  newEditor,
}) => {
  const editor = await newEditor();
  const page = admin.page;
  const scripts = await holdScripts(page);
  try {
    await page.goto(`/admin/users?q=${encodeURIComponent(editor.email)}`, {
      waitUntil: 'domcontentloaded',
    });
    const field = page.getByLabel(`Name of ${editor.email}`);
    const newName = `Early Typist ${editor.id.slice(0, 6)}`;
    await field.fill(newName);
    scripts.release();
    const rename = page.getByRole('button', { name: `Rename ${editor.email}` });
    await expect(rename).toBeEnabled();
    await expect(field).toHaveValue(newName);
    await rename.click();
    await expect(
      page.getByRole('status').filter({ hasText: `is now shown as “${newName}”` }),
    ).toBeVisible();
  } finally {
    await scripts.done();
  }
});

test('a record form takes what was typed into its text fields and selects before it hydrated', async ({
  newEditor,
}) => {
  const page = (await newEditor('Early Recorder')).page;
  const scripts = await holdScripts(page);
  const slug = `early-party-${unique()}`;
  try {
    await page.goto('/admin/parties/new', { waitUntil: 'domcontentloaded' });
    const form = page.getByRole('form', { name: 'New party' });
    await form.getByLabel('Slug').fill(slug);
    await form.getByLabel('Name', { exact: true }).fill('Early Typing Republic');
    await form.getByLabel('Short name').fill('Early');
    await form.getByLabel('Kind').selectOption({ label: 'Organisation' });
    await form.getByLabel('Description').fill('Typed before the scripts ran.');
    scripts.release();
    // Once hydrated, the kit's fields hand the typed text to the form's state: it is unsaved
    // input now (without them the state stays the empty record, and nothing is unsaved).
    await expect(form.getByRole('status')).toHaveText('Unsaved changes');
    await expect(form.getByLabel('Slug')).toHaveValue(slug);
    await form.getByRole('button', { name: 'Create party' }).click();
    await expect(page).toHaveURL(/\/admin\/parties\/\d+\?created=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Early Typing Republic');
    const stored = page.getByRole('form', { name: 'Edit party' });
    await expect(stored.getByLabel('Short name')).toHaveValue('Early');
    await expect(stored.getByLabel('Kind')).toHaveValue('organisation');
    await expect(stored.getByLabel('Description')).toHaveValue('Typed before the scripts ran.');
  } finally {
    await scripts.done();
  }
});

test('a button that works only once the page has hydrated waits for it, so an early click is not lost', async ({
  newEditor,
}) => {
  // Restore on a history page does all its work in its click handler: clicked before the
  // scripts ran, it did nothing and the editor was left on the history page (a flaky
  // history.spec.ts beside another build). It is disabled until it works.
  const editor = await newEditor('Early Restorer');
  const draft = await createCommitment(editor, { summary: `First summary ${unique()}.` });
  await trpcMutate(editor.request, 'editor.commitment.update', {
    id: draft.id,
    expectedVersion: draft.version,
    data: { ...draft.data, summary: `Second summary ${unique()}.` },
  });
  const page = editor.page;
  const scripts = await holdScripts(page);
  try {
    await page.goto(`/admin/commitments/${draft.id}/history`, { waitUntil: 'domcontentloaded' });
    const restore = page
      .getByRole('table', { name: 'Versions, newest first' })
      .getByRole('button', { name: 'Restore this version (version 1)' });
    await expect(restore).toBeDisabled();
    scripts.release();
    await expect(restore).toBeEnabled();
    await restore.click();
    await expect(page).toHaveURL(`/admin/commitments/${draft.id}?restored=1`);
  } finally {
    await scripts.done();
  }
  const stored = await getCommitment(editor, draft.id);
  expect(stored.version).toBe(3);
  expect(stored.data.summary).toBe(draft.data.summary);
});

test('the schedule’s buttons wait for the page to hydrate, so an early Cancel is not lost', async ({
  admin,
  newEditor,
}) => {
  // Cancel schedule does all its work in its click handler, and Schedule submits a form with
  // no action of its own: pressed before the scripts ran, one did nothing and the other
  // reloaded the page, the times typed lost.
  const editor = await newEditor('Early Scheduler');
  const draft = await createCommitment(editor, { title: `Early schedule ${unique()}` });
  const inReview = await setState(admin, draft.id, 'review');
  const publishAt = new Date(Date.now() + 2 * 3_600_000).toISOString();
  await trpcMutate(admin.request, 'editor.commitment.schedule', {
    id: draft.id,
    expectedVersion: inReview.version,
    publishAt,
    unpublishAt: null,
  });
  const page = admin.page;
  const scripts = await holdScripts(page);
  try {
    await page.goto(`/admin/commitments/${draft.id}`, { waitUntil: 'domcontentloaded' });
    const cancel = page.getByRole('button', { name: 'Cancel schedule' });
    const schedule = page.getByRole('button', { name: 'Schedule', exact: true });
    await expect(cancel).toBeDisabled();
    await expect(schedule).toBeDisabled();
    scripts.release();
    await expect(cancel).toBeEnabled();
    await cancel.click();
    await expect(page.getByText('Nothing scheduled.')).toBeVisible();
  } finally {
    await scripts.done();
  }
  const stored = await getCommitment(admin, draft.id);
  expect(stored).toMatchObject({ publishAt: null, unpublishAt: null, editorialState: 'review' });
});
