import { AccordError, createAccordClient } from '@accord/client';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
} from '../fixtures/admin';
import { trpcMutate } from '../fixtures/trpc';

// API keys: an admin issues one under Admin › API keys, a script uses it through the typed
// client (@accord/client, the same code `accord --token` runs), and a revoked key is a 401.

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** The error a call rejects with (fails the test when it succeeds). */
async function refusal(call: Promise<unknown>): Promise<AccordError> {
  const error: unknown = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been refused').toBeInstanceOf(AccordError);
  return error as AccordError;
}

test('an admin issues an editor key; a script records a status update with it, cannot publish, and is refused once it is revoked', async ({
  admin,
  newEditor,
  baseURL,
}) => {
  const editor = await newEditor('Key Owner');
  const draft = await createCommitment(editor);
  const keyName = `Status script ${Date.now().toString(36)}`;

  // Issue the key in the admin.
  const { page } = admin;
  await admin.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/admin/api-keys');
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(keyName);
  await page.getByLabel('Owner').selectOption({ label: `${editor.name} (${editor.email})` });
  await page.getByLabel('Scope').selectOption('editor');
  await page.getByLabel('Expires').selectOption('30');
  await page.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByLabel('New API key');
  await expect(shown).toHaveValue(/^acc_[A-Za-z0-9_-]{43}$/);
  const key = await shown.inputValue();
  await page.getByRole('button', { name: 'Copy key' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  const row = page.getByRole('row').filter({ hasText: keyName });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(row).toContainText(editor.email);
  await expect(row).toContainText('Editor');
  await expect(row).toContainText('Never');
  await expect(row).toContainText('Active');

  // A script with the key records a status update through the typed client.
  const script = createAccordClient({ url: baseURL!, token: key });
  const saved = await script.editor.commitment.recordStatus.mutate({
    id: draft.id,
    expectedVersion: draft.version,
    update: {
      effectiveOn: '2024-03-01',
      status: 'in_progress',
      note: 'Recorded by a newsroom script with an API key.',
      sources: [],
      party: null,
    },
  });
  expect(saved.version).toBe(draft.version + 1);
  const after = (await getCommitment(editor, draft.id)) as unknown as {
    history: { note: string; author: { name: string } | string | null }[];
  };
  expect(JSON.stringify(after.history)).toContain('Recorded by a newsroom script');

  // An editor's key cannot publish: the policy table applies as to the editor's session.
  const forbidden = await refusal(
    script.editor.commitment.setState.mutate({
      id: draft.id,
      expectedVersion: saved.version,
      to: 'published',
    }),
  );
  expect([forbidden.code, forbidden.httpStatus]).toEqual(['FORBIDDEN', 403]);

  // The list shows when it was last used.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: keyName })).not.toContainText('Never');

  // Revoked in the admin: the next call is a 401 that says so.
  await page
    .getByRole('row')
    .filter({ hasText: keyName })
    .getByRole('button', { name: /Revoke/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'is revoked' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: keyName })).toContainText('Revoked');
  const revoked = await refusal(script.editor.dashboard.query());
  expect([revoked.code, revoked.httpStatus]).toEqual(['UNAUTHORIZED', 401]);
  expect(revoked.message).toMatch(/revoked/);

  // The audit log has both, and never the key.
  await page.goto('/admin/audit');
  await expect(page.getByText(`issued editor key “${keyName}”`)).toBeVisible();
  await expect(page.getByText(`revoked key “${keyName}”`)).toBeVisible();
  await expect(page.locator('body')).not.toContainText(key);
});

test('anonymous reads stay cacheable; reads with a key are private, no-store; a bad key is a 401 in JSON', async ({
  admin,
  request,
}) => {
  const { key } = await trpcMutate<{ key: string }>(admin.request, 'admin.apiKey.create', {
    userId: admin.id,
    name: 'cache check',
    scope: 'editor',
    expiresInDays: 30,
  });

  const anonymous = await request.get('/api/trpc/theme.list');
  expect(anonymous.status()).toBe(200);
  expect(anonymous.headers()['cache-control']).toMatch(/^public/);

  const withKey = await request.get('/api/trpc/theme.list', {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(withKey.status()).toBe(200);
  expect(withKey.headers()['cache-control']).toBe('private, no-store');

  const restWithKey = await request.get('/api/v1/themes', {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(restWithKey.headers()['cache-control']).toMatch(/private/);

  const unknown = await request.get('/api/trpc/editor.dashboard', {
    headers: { authorization: `Bearer acc_${'x'.repeat(43)}` },
  });
  expect(unknown.status()).toBe(401);
  expect(unknown.headers()['content-type']).toMatch(/application\/json/);
  expect(await unknown.text()).toContain('This API key is not known');
});
