import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  expect,
  getCommitment,
  test,
  unique,
} from '../fixtures/admin';

/*
 * An editor saves while the database is away. The e2e server runs the embedded database in
 * its own process, so it cannot be stopped here: the save's answer is replaced in the browser
 * by the exact 503 the server sends during an outage (packages/api/src/http.ts, tRPC's batch
 * envelope). The server side of the outage, on both engines, is
 * resilience/scenarios/operations.test.ts.
 */

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

const UNAVAILABLE_503 = JSON.stringify([
  {
    error: {
      json: {
        message: 'The service cannot reach its database right now. Please retry in a few seconds.',
        code: -32603,
        data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, path: 'editor.commitment.update' },
      },
    },
  },
]);

test('a save that gets a 503 keeps every field, says so, and saves once the database is back', async ({
  newEditor,
}) => {
  const editor = await newEditor('Outage editor');
  const draft = await createCommitment(editor);
  const { page } = editor;
  await page.goto(`/admin/commitments/${draft.id}`);
  const form = page.getByRole('form', { name: 'Commitment', exact: true });
  const summary = form.getByLabel('Summary');
  await expect(summary).toHaveValue(draft.data.summary);

  const typed = `Typed while the database was away ${unique()}.`;
  await summary.fill(typed);
  await page.route('**/api/trpc/**', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 503,
          headers: { 'content-type': 'application/json', 'retry-after': '5' },
          body: UNAVAILABLE_503,
        })
      : route.fallback(),
  );
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText(
    'The database is unavailable right now. Your changes are still here: save again in a minute.',
  );
  await expect(summary).toHaveValue(typed);

  await page.unroute('**/api/trpc/**');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved (version 2)')).toBeVisible();
  expect((await getCommitment(editor, draft.id)).data.summary).toBe(typed);
});
