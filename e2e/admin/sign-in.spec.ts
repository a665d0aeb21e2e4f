import { randomBytes } from 'node:crypto';
import { type Page } from '@playwright/test';
import {
  type Account,
  ADMIN_TEST_TIMEOUT,
  expect,
  type Person,
  test,
  unique,
  uniqueEmail,
} from '../fixtures/admin';
import { siteOrigin, trpcMutate } from '../fixtures/trpc';

/*
 * Signing in on the sign-in page, as a person does it, with and without JavaScript. Every
 * test makes its own account (or email), because five wrong tries lock that email for
 * fifteen minutes and must not lock anyone else's.
 */

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

const WRONG = 'The email or password is not right.';
const LOCKED = /Too many failed sign-ins for this email\. Try again in 15 minutes\./;

/** A new editor account that has never signed in. */
async function newAccount(admin: Person): Promise<Account> {
  const account: Account = {
    email: uniqueEmail('sign-in'),
    password: randomBytes(18).toString('base64url'),
    name: `Sign-in editor ${unique()}`,
  };
  await trpcMutate(admin.request, 'admin.user.create', { ...account, role: 'editor' });
  return account;
}

/** The form's own message (Next adds an empty role=alert route announcer to every page). */
const formMessage = (page: Page) => page.locator('form').getByRole('alert');

/** Fills in the form and sends it; returns once the server has answered. */
async function signInWith(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in',
  );
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
}

/**
 * A try that is refused: the form says why, keeps the email and empties the password. Waiting
 * for the emptied password and the button means the answer is on screen, so the next try
 * is not typed into a form that is about to be reset.
 */
async function expectRefused(page: Page, email: string, message: string | RegExp, what = '') {
  await expect(formMessage(page), what).toHaveText(message);
  await expect(page.getByLabel('Password'), what).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Sign in' }), what).toBeEnabled();
  await expect(page.getByLabel('Email'), what).toHaveValue(email);
  await expect(page).toHaveURL(/\/sign-in/);
}

for (const javaScript of [true, false]) {
  const how = javaScript ? 'with JavaScript' : 'without JavaScript';

  test.describe(how, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`an editor who mistypes their password is told so, keeps the email, then signs in (${how})`, async ({
      page,
      admin,
    }) => {
      const account = await newAccount(admin);
      await page.goto('/sign-in?next=%2Fadmin%2Fcommitments');
      await signInWith(page, account.email, 'not-the-right-password');
      await expectRefused(page, account.email, WRONG);

      // The email is still filled in: only the password is typed again.
      await page.getByLabel('Password').fill(account.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/\/admin\/commitments$/);
      await expect(page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
    });

    test(`someone guessing a password is told to wait at the sixth try, even with the right one (${how})`, async ({
      page,
      admin,
    }) => {
      const account = await newAccount(admin);
      await page.goto('/sign-in');
      for (let attempt = 1; attempt <= 5; attempt++) {
        await signInWith(page, account.email, `wrong-password-${attempt}`);
        await expectRefused(page, account.email, WRONG, `attempt ${attempt}`);
      }
      await signInWith(page, account.email, account.password);
      await expectRefused(page, account.email, LOCKED);
    });
  });
}

test('an unknown email is locked the same way, and says nothing more', async ({ page }) => {
  const email = uniqueEmail('nobody');
  await page.goto('/sign-in');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInWith(page, email, `wrong-password-${attempt}`);
    await expectRefused(page, email, WRONG, `attempt ${attempt}`);
  }
  await signInWith(page, email, 'another-wrong-password');
  await expectRefused(page, email, LOCKED);
});

test('a sign-in link whose next path climbs out of /admin lands on /admin, never on another site', async ({
  page,
  admin,
}) => {
  const account = await newAccount(admin);
  const site = siteOrigin();
  const offSite: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== site) offSite.push(request.url());
  });

  // The probe's link: after signing in, the browser went to http://evil.example/phish.
  await page.goto('/sign-in?next=%2Fadmin%2F..%2F%2Fevil.example%2Fphish');
  await signInWith(page, account.email, account.password);

  await expect(page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(site);
  expect(new URL(page.url()).pathname).toBe('/admin');
  expect(offSite).toEqual([]);
});
