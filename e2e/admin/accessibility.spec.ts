import { type Page } from '@playwright/test';
import { ADMIN_TEST_TIMEOUT, expect, test } from '../fixtures/admin';
import { expectNoViolations } from '../fixtures/axe';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** The first record's edit page linked from an admin list, and its history. */
async function firstRecordPages(page: Page, list: string): Promise<string[]> {
  await page.goto(list);
  const href = await page
    .locator(`main a[href^="${list}/"]`)
    .evaluateAll(
      (links, prefix) =>
        links
          .map((a) => a.getAttribute('href') ?? '')
          .find((h) => new RegExp(`^${prefix}/\\d+$`).test(h)),
      list,
    );
  expect(href, `an edit link on ${list}`).toBeTruthy();
  return [href!, `${href!}/history`];
}

/** Every kind of admin page: dashboard, each list, a form for a new record, an edit page, history. */
async function adminPages(page: Page): Promise<string[]> {
  return [
    '/admin',
    '/admin/commitments',
    '/admin/commitments/new',
    ...(await firstRecordPages(page, '/admin/commitments')),
    '/admin/meetings',
    // A Markdown field with its toolbar (the summary).
    (await firstRecordPages(page, '/admin/meetings'))[0]!,
    ...(await firstRecordPages(page, '/admin/sources')),
    '/admin/parties',
    '/admin/sources',
    '/admin/themes',
    '/admin/users',
    '/admin/audit',
    '/admin/api-keys',
  ];
}

/**
 * The pages the dark scheme is checked on: one of each layout the admin has (the dashboard, a
 * list with its filters, the commitment editor, a reference editor with the Markdown toolbar,
 * a history with its diff table, the users table). Axe's color-contrast rule is what differs
 * between the schemes, and every admin page draws its colours from the same few pairs
 * (checked one by one in apps/web/src/app/colours.test.ts); the light run covers every page.
 */
function darkPages(all: string[]): string[] {
  const commitment = all.find((p) => /^\/admin\/commitments\/\d+$/.test(p));
  const meeting = all.find((p) => /^\/admin\/meetings\/\d+$/.test(p));
  const history = all.find((p) => p.endsWith('/history'));
  const pages = ['/admin', '/admin/commitments', commitment, meeting, history, '/admin/users'];
  expect(pages.every(Boolean), `the dark pages among ${all.join(' ')}`).toBe(true);
  return pages as string[];
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an editor using a screen reader finds no WCAG violations on the admin pages (${colorScheme})`, async ({
    admin,
  }) => {
    const { page } = admin;
    await page.emulateMedia({ colorScheme });
    const all = await adminPages(page);
    const paths = colorScheme === 'light' ? all : darkPages(all);
    test.setTimeout(60_000 + paths.length * 15_000);
    await expectNoViolations(page, paths);
  });
}
