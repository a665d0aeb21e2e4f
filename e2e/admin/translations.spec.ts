import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  getCommitment,
  publish,
  retire,
  test,
  unique,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an editor translates a commitment beside its English, sees it go stale when the English changes, and a reader of /ja sees the Japanese once published', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Translating editor');
  const theme = await createTheme(admin);
  const id = unique();
  const draft = await createCommitment(editor, {
    theme: theme.slug,
    title: `Build a test harbour ${id}`,
    summary: `The leaders agreed to build a harbour for end-to-end tests (${id}).`,
  });
  cleanup(() => retire(admin, theme, [draft.id]));
  const jaTitle = `試験用の港を建設する ${id}`;
  const jaSummary = `両首脳は試験用の港の建設で合意した（${id}）。`;
  const page = editor.page;
  const form = page.getByRole('form', { name: 'Commitment' });
  const titleRow = form.getByRole('group', { name: 'Title translation' });
  const summaryRow = form.getByRole('group', { name: 'Summary translation' });

  await test.step('the Japanese section shows the English beside each missing translation', async () => {
    await page.goto(`/admin/commitments/${draft.id}`);
    await expect(titleRow.getByText(draft.data.title, { exact: true })).toBeVisible();
    await expect(titleRow.getByText('missing', { exact: true })).toBeVisible();
    await expect(summaryRow.getByText('missing', { exact: true })).toBeVisible();
  });

  await test.step('the editor writes the Japanese title and summary and saves', async () => {
    await titleRow.getByLabel('Japanese').fill(jaTitle);
    await summaryRow.getByLabel('Japanese').fill(jaSummary);
    await expect(titleRow.getByText('missing', { exact: true })).toHaveCount(0);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved (version 2)')).toBeVisible();
    const saved = await getCommitment(editor, draft.id);
    expect(saved.data).toMatchObject({
      translations: { ja: { title: { text: jaTitle }, summary: { text: jaSummary } } },
    });
  });

  const newSummary = `The leaders agreed to build a larger harbour for end-to-end tests (${id}).`;
  await test.step('the English summary changes: its Japanese is marked older, the title is not', async () => {
    await form.getByLabel('Summary', { exact: true }).fill(newSummary);
    await expect(summaryRow.getByText('older than the English', { exact: true })).toBeVisible();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved (version 3)')).toBeVisible();
    // From the stored record, not only the form's memory.
    await page.reload();
    await expect(summaryRow.getByText('older than the English', { exact: true })).toBeVisible();
    await expect(summaryRow.getByText(newSummary, { exact: true })).toBeVisible();
    await expect(titleRow.getByText('older than the English', { exact: true })).toHaveCount(0);
    await expect(titleRow.getByText('missing', { exact: true })).toHaveCount(0);
  });

  await test.step('before it is published, the Japanese page does not exist for readers', async () => {
    const response = await reader.goto(`/ja/commitments/${draft.data.slug}`);
    expect(response?.status()).toBe(404);
  });

  await test.step('after publishing, a reader of /ja sees the Japanese title, and the note on the older summary', async () => {
    await publish(admin, draft.id);
    await reader.goto(`/ja/commitments/${draft.data.slug}`);
    const title = reader.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(jaTitle);
    // Japanese text in a Japanese page: no lang of its own (the English fallback has lang="en").
    await expect(reader.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(title).not.toHaveAttribute('lang', 'en');
    await expect(
      reader.getByText('この項目はまだ翻訳されていません', { exact: false }),
    ).toHaveCount(0);
    await expect(reader.locator('.lede')).toHaveText(jaSummary);
    await expect(reader.getByText('この翻訳の後に英語の原文が更新されています。')).toBeVisible();
    // The English page is unchanged: the English title, the new English summary.
    await reader.goto(`/commitments/${draft.data.slug}`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(draft.data.title);
    await expect(reader.locator('.lede')).toHaveText(newSummary);
  });
});

test('an editor records a status update with its Japanese note, translates an older one after, and a reader of /ja reads both', async ({
  admin,
  newEditor,
  page: reader,
  cleanup,
}) => {
  const editor = await newEditor('Note-translating editor');
  const theme = await createTheme(admin);
  const id = unique();
  const draft = await createCommitment(editor, { theme: theme.slug });
  cleanup(() => retire(admin, theme, [draft.id]));
  const page = editor.page;
  const first = {
    note: `Work began on the test harbour (${id}).`,
    ja: `試験用の港の工事が始まった（${id}）。`,
  };
  const second = { note: `The harbour opened (${id}).`, ja: `港が開かれた（${id}）。` };

  await test.step('the editor records an update with no Japanese: the table says it is missing', async () => {
    await page.goto(`/admin/commitments/${draft.id}`);
    const record = page.getByRole('form', { name: 'Record a status update' });
    await record.getByLabel('Date').fill('2024-01-10');
    await record.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
    await record.getByLabel('Note', { exact: true }).fill(first.note);
    await record.getByRole('button', { name: 'Record status update' }).click();
    const row = page.getByRole('row').filter({ hasText: first.note });
    await expect(row.getByText('missing', { exact: true })).toBeVisible();
  });

  await test.step('the next update is recorded with its Japanese note, in the same form', async () => {
    const record = page.getByRole('form', { name: 'Record a status update' });
    await record.getByLabel('Date').fill('2024-03-01');
    await record.getByLabel('Status', { exact: true }).selectOption({ label: 'Delivered' });
    await record.getByLabel('Note', { exact: true }).fill(second.note);
    const translation = record.getByRole('group', { name: 'Note translation' });
    await expect(translation.getByText(second.note, { exact: true })).toBeVisible();
    await translation.getByLabel('Japanese').fill(second.ja);
    await record.getByRole('button', { name: 'Record status update' }).click();
    const row = page.getByRole('row').filter({ hasText: second.note });
    await expect(row.getByText('translated', { exact: true })).toBeVisible();
  });

  await test.step('the first note is translated later, beside its English', async () => {
    const section = page.getByRole('region', { name: 'Japanese translations of the notes' });
    await expect(section.getByText('1 missing, 0 older than the English')).toBeVisible();
    await section.getByText(/^10 January 2024/).click();
    const form = section.getByRole('form', { name: /^Japanese note of 10 January 2024/ });
    await expect(form.getByText(first.note, { exact: true })).toBeVisible();
    await form.getByLabel('Japanese').fill(first.ja);
    await form.getByRole('button', { name: 'Save translation' }).click();
    await expect(form.getByText(/^Saved \(version \d+\)/)).toBeVisible();
    await expect(section.getByText('0 missing, 0 older than the English')).toBeVisible();
    const saved = await getCommitment(editor, draft.id);
    expect(saved.history.map((u) => u.translations.ja?.note?.text)).toEqual([first.ja, second.ja]);
  });

  await test.step('published, the Japanese page shows both notes in Japanese and the English page the English', async () => {
    await publish(admin, draft.id);
    await reader.goto(`/ja/commitments/${draft.data.slug}`);
    const history = reader.locator('#history-heading ~ ol');
    await expect(history.getByText(first.ja, { exact: true })).toBeVisible();
    await expect(history.getByText(second.ja, { exact: true })).toBeVisible();
    await expect(history.getByText(first.note)).toHaveCount(0);
    await reader.goto(`/commitments/${draft.data.slug}`);
    await expect(reader.locator('#history-heading ~ ol').getByText(first.note)).toBeVisible();
  });
});
