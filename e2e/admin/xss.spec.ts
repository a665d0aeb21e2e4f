import { type Page } from '@playwright/test';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  retire,
  setState,
  test,
  type Saved,
  unique,
} from '../fixtures/admin';
import { trpcData, trpcMutate } from '../fixtures/trpc';
import { briefOf, chunksOf, VISIBLE_AS_TEXT, XSS_VECTORS } from '../fixtures/xss-vectors';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** Everything in the page's main content that could run script or leave the page. */
function findLiveContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const main = document.querySelector('main');
    if (!main) return ['no <main> on the page'];
    const ACTIVE =
      'script, iframe, object, embed, frame, frameset, applet, base, meta, link, style';
    for (const el of Array.from(main.querySelectorAll(ACTIVE)))
      found.push(`<${el.localName}> in the content`);
    for (const el of Array.from(main.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        // Browsers ignore control characters and spaces inside a URL's scheme.
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        const where = `<${el.localName} ${name}="${attr.value.slice(0, 60)}">`;
        if (name.startsWith('on')) found.push(`event handler ${where}`);
        if (/^(?:javascript|vbscript):|^data:text\/html/.test(value))
          found.push(`script URL ${where}`);
        if (name === 'srcdoc') found.push(`srcdoc ${where}`);
        if (name === 'style' && /expression\(|javascript:|url\(/.test(value)) {
          found.push(`active style ${where}`);
        }
      }
    }
    // Outside the content, every script must be the app's own (Next's payload or bundles).
    for (const script of Array.from(document.querySelectorAll('script'))) {
      const text = script.textContent ?? '';
      if (!script.src && !text.startsWith('self.__next_f') && /alert\(|msgbox\(/.test(text)) {
        found.push(`a script running content: ${text.slice(0, 80)}`);
      }
    }
    return found;
  });
}

test('an admin saves 50+ XSS vectors into a brief, a commitment and its notes, and readers get inert text', async ({
  admin,
  page,
  cleanup,
}) => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
  const id = unique();
  const marker = `XSS corpus ${id}`;

  // ---- an admin writes the vectors in every rich and plain text field readers see ---------
  const theme = await createTheme(admin, {
    slug: `e2e-xss-${id}`,
    title: `XSS brief ${id} <svg onload=alert(1)>`,
    summary: `Theme card text ${id} <img src=x onerror=alert(1)>`,
    brief: briefOf(marker),
  });
  const commitmentIds: number[] = [];
  cleanup(() => retire(admin, theme, commitmentIds));

  const [summary] = chunksOf(2000 - VISIBLE_AS_TEXT.plain.length - 1);
  const commitment = await createCommitment(admin, {
    slug: `e2e-xss-commitment-${id}`,
    theme: theme.slug,
    title: `XSS commitment ${id} </title><script>alert(1)</script>`,
    summary: `${VISIBLE_AS_TEXT.plain}\n${summary}`,
  });
  commitmentIds.push(commitment.id);
  let version = commitment.version;
  const notes = chunksOf(4000);
  for (const [i, note] of notes.entries()) {
    ({ version } = await trpcMutate<Saved>(admin.request, 'editor.commitment.recordStatus', {
      id: commitment.id,
      expectedVersion: version,
      update: {
        effectiveOn: `2024-01-${String(i + 1).padStart(2, '0')}`,
        status: 'in_progress',
        note,
        sources: [],
      },
    }));
  }
  await trpcMutate(admin.request, 'editor.commitment.submit', {
    id: commitment.id,
    expectedVersion: version,
  });
  await setState(admin, commitment.id, 'published');

  // The API keeps the text as written: whatever makes it safe happens when it is shown.
  const stored = await trpcData<{ brief: string }>(page.request, 'theme.bySlug', {
    slug: theme.slug,
  });
  expect(stored.brief).toBe(theme.brief);

  // ---- a reader opens the pages; nothing from the text may run ----------------------------
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });

  await test.step('the theme brief', async () => {
    const response = await page.goto(`/themes/${theme.slug}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const brief = page.getByRole('region', { name: 'The brief' });
    // The whole brief reached the page, from the first line to the last.
    await expect(brief).toContainText(`${marker} begins.`);
    await expect(brief).toContainText(`${marker} ends.`);
    await expect(brief).toContainText(VISIBLE_AS_TEXT.markdown);
    await expect(brief.getByRole('link', { name: 'md link' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(theme.title);
    await expect(page.getByText(theme.summary, { exact: true })).toBeVisible();
    expect(await findLiveContent(page)).toEqual([]);
  });

  await test.step('the commitment, reached from the brief (client-side navigation)', async () => {
    await page
      .getByRole('region', { name: '1 commitment' })
      .getByRole('link', { name: `XSS commitment ${id}` })
      .click();
    await expect(page).toHaveURL(`/commitments/${commitment.data.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(commitment.data.title);
    await expect(page.locator('main .lede')).toContainText(VISIBLE_AS_TEXT.plain);
    await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(
      notes.length,
    );
    expect(await findLiveContent(page)).toEqual([]);
  });

  await test.step('the commitment, loaded afresh', async () => {
    const response = await page.goto(`/commitments/${commitment.data.slug}`, {
      waitUntil: 'load',
    });
    expect(response?.status()).toBe(200);
    await expect(page.locator('main .lede')).toContainText(VISIBLE_AS_TEXT.plain);
    const history = page.getByRole('region', { name: 'History' });
    await expect(history).toContainText('<svg onload=alert(1)>');
    await expect(history).toContainText("{{constructor.constructor('alert(1)')()}}");
    expect(await page.title()).toContain('</title><script>alert(1)</script>');
    expect(await findLiveContent(page)).toEqual([]);
  });

  await test.step('the home page, with the theme card', async () => {
    await page.goto('/', { waitUntil: 'load' });
    await expect(page.getByText(theme.summary, { exact: true })).toBeVisible();
    expect(await findLiveContent(page)).toEqual([]);
  });

  expect(dialogs, 'dialogs opened by content').toEqual([]);
});
