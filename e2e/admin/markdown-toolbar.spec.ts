import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  test,
  unique,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test('an admin formats a brief with the toolbar and its shortcuts, links a commitment found by its title, and saves', async ({
  admin,
}) => {
  const word = `toolbarword${unique().replace(/-/g, '')}`;
  const theme = await createTheme(admin, { brief: 'Chips and minerals' });
  const target = await createCommitment(admin, { title: `A fab ${word} in Kumamoto` });
  const { page } = admin;
  await page.goto(`/admin/themes/${theme.id}`);
  const form = page.getByRole('form', { name: 'Edit theme' });
  const brief = form.getByLabel('Brief', { exact: true });
  const toolbar = form.getByRole('toolbar', { name: 'Format the text' });
  const preview = form.getByRole('region', { name: 'Preview' });

  await test.step('bold from the button, on the selected word', async () => {
    await brief.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 9)); // "and"
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await expect(brief).toHaveValue('Chips **and** minerals');
    await expect(preview.locator('strong')).toHaveText('and');
    // Pressed again on the same selection, it takes the marks off.
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await expect(brief).toHaveValue('Chips and minerals');
  });

  await test.step('italic with Ctrl+I, undone with Ctrl+Z like typing', async () => {
    await brief.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(10, 18)); // "minerals"
    await brief.press('Control+i');
    await expect(brief).toHaveValue('Chips and _minerals_');
    await expect(preview.locator('em')).toHaveText('minerals');
    await brief.press('Control+z');
    await expect(brief).toHaveValue('Chips and minerals');
  });

  await test.step('a bulleted list over two lines', async () => {
    await brief.fill('First line\nSecond line');
    await brief.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.length));
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await expect(brief).toHaveValue('- First line\n- Second line');
    await expect(preview.getByRole('listitem')).toHaveText(['First line', 'Second line']);
  });

  await test.step('arrow keys move along the toolbar, one tab stop', async () => {
    await toolbar.getByRole('button', { name: 'Bold' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(toolbar.getByRole('button', { name: 'Link to a page…' })).toBeFocused();
    await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  });

  await test.step('a link to a commitment, picked by words of its title', async () => {
    await brief.fill('Read more: ');
    await brief.evaluate((el: HTMLTextAreaElement) =>
      el.setSelectionRange(el.value.length, el.value.length),
    );
    await toolbar.getByRole('button', { name: 'Link to a page…' }).click();
    const picker = form.getByRole('group', { name: 'Find a brief, commitment or meeting' });
    await picker.getByLabel('Find a brief, commitment or meeting').fill(word);
    await expect(picker.getByRole('status')).toHaveText('1 found.');
    // The new commitment is a draft: the picker says readers cannot see it yet.
    await expect(picker.getByText(/draft: readers get “not found”/)).toBeVisible();
    // Enter in the picker's box searches; it does not save the theme.
    await picker.getByLabel('Find a brief, commitment or meeting').press('Enter');
    await picker.getByRole('button', { name: `Commitment: ${target.data.title}` }).click();
    await expect(picker).toBeHidden();
    const href = `/commitments/${target.data.slug}`;
    await expect(brief).toHaveValue(`Read more: [${target.data.title}](${href})`);
    await expect(preview.getByRole('link', { name: target.data.title })).toHaveAttribute(
      'href',
      href,
    );
  });

  await test.step('the formatted brief saves', async () => {
    await page.keyboard.press('Control+s');
    await expect(form.getByText('Saved (version 2)')).toBeVisible();
    await page.reload();
    await expect(brief).toHaveValue(
      `Read more: [${target.data.title}](/commitments/${target.data.slug})`,
    );
  });
});
