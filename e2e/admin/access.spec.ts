import {
  ADMIN_TEST_TIMEOUT,
  commitmentData,
  expect,
  postSignIn,
  SESSION_COOKIE,
  test,
  uniqueEmail,
} from '../fixtures/admin';
import { siteOrigin, trpcData, trpcGet, trpcMutate, trpcPost, trpcProblem } from '../fixtures/trpc';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

test.describe('signed-out visitors', () => {
  for (const path of ['/admin', '/admin/commitments']) {
    test(`a signed-out visitor opening ${path} is sent to sign-in and lands back after signing in`, async ({
      page,
      newEditor,
    }) => {
      const editor = await newEditor();
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?/);
      expect(new URL(page.url()).searchParams.get('next')).toBe(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

      await page.getByLabel('Email').fill(editor.email);
      await page.getByLabel('Password').fill(editor.password);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
    });
  }

  test('a visitor gets the same message for a wrong password and for an unknown email', async ({
    page,
    newEditor,
  }) => {
    const editor = await newEditor();
    // The form's message: Next's route announcer is an alert too, added once the page hydrates
    // (a run beside another build hydrated after the click, and two alerts matched).
    const alert = page.locator('form').getByRole('alert');

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill('not-the-right-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toBeVisible();
    const wrongPassword = await alert.innerText();

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(uniqueEmail('nobody'));
    await page.getByLabel('Password').fill('not-the-right-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toBeVisible();
    expect(await alert.innerText()).toBe(wrongPassword);
    await expect(page).toHaveURL(/\/sign-in/);

    // The API says the same too: the status and message give away no account.
    const viaApiWrong = await postSignIn(page.request, {
      email: editor.email,
      password: 'not-the-right-password',
    });
    const viaApiUnknown = await postSignIn(page.request, {
      email: uniqueEmail('nobody'),
      password: 'not-the-right-password',
    });
    expect(viaApiWrong.status()).toBe(401);
    expect(viaApiUnknown.status()).toBe(viaApiWrong.status());
    expect(await viaApiUnknown.json()).toEqual(await viaApiWrong.json());
  });

  test('someone guessing a password gets 429 with Retry-After after five wrong tries, even with the right one', async ({
    playwright,
    baseURL,
    newEditor,
  }) => {
    const editor = await newEditor();
    const guesser = await playwright.request.newContext({ baseURL });
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await postSignIn(guesser, {
        email: editor.email,
        password: `wrong-password-${attempt}`,
      });
      expect(response.status(), `attempt ${attempt}`).toBe(401);
    }
    const locked = await postSignIn(guesser, editor);
    expect(locked.status()).toBe(429);
    const retryAfter = Number(locked.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.headers()['set-cookie'] ?? '').not.toContain(SESSION_COOKIE);
    await guesser.dispose();
  });
});

test.describe('editors', () => {
  test('an editor cannot reach user management, in the nav, the page or the API', async ({
    admin,
    newEditor,
  }) => {
    const editor = await newEditor();

    // The admin sees the link and the table, so the editor's view below is a real refusal.
    // Found by email, as an admin looks a person up among many accounts.
    await admin.page.goto(`/admin/users?q=${encodeURIComponent(editor.email)}`);
    const adminNav = admin.page.getByRole('navigation', { name: 'Admin' });
    await expect(adminNav.getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(adminNav.getByRole('link', { name: 'Audit log' })).toBeVisible();
    await expect(admin.page.getByRole('table')).toContainText(editor.email);

    await editor.page.goto('/admin');
    const editorNav = editor.page.getByRole('navigation', { name: 'Admin' });
    await expect(editorNav.getByRole('link', { name: 'Commitments' })).toBeVisible();
    await expect(editorNav.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(editorNav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

    const refused = await editor.page.goto('/admin/users');
    expect(refused?.status()).toBe(403);
    await expect(
      editor.page.getByRole('heading', { level: 1, name: 'You need to be an admin' }),
    ).toBeVisible();
    await expect(editor.page.getByRole('table')).toHaveCount(0);
    await expect(editor.page.getByText(admin.email)).toHaveCount(0);

    const response = await trpcGet(editor.request, 'admin.user.list');
    expect(response.status()).toBe(403);
    const problem = await trpcProblem(response);
    expect(problem.code).toBe('FORBIDDEN');
    expect(JSON.stringify(problem)).not.toContain(admin.email);

    const create = await trpcPost(editor.request, 'admin.user.create', {
      email: uniqueEmail('sneaky'),
      name: 'Sneaky',
      role: 'admin',
      password: 'a-long-enough-password',
    });
    expect(create.status()).toBe(403);
  });

  test('a cross-site POST with an editor’s cookie is refused and creates nothing', async ({
    newEditor,
  }) => {
    const editor = await newEditor();
    const data = commitmentData();

    const forged = await trpcPost(
      editor.request,
      'editor.commitment.create',
      { data },
      { origin: 'https://evil.example' },
    );
    expect(forged.status()).toBe(403);
    expect((await trpcProblem(forged)).code).toBe('FORBIDDEN');

    // Without an Origin, and as a plain form post, the cookie is not enough either.
    const noOrigin = await trpcPost(
      editor.request,
      'editor.commitment.create',
      { data },
      { origin: null },
    );
    expect(noOrigin.status()).toBe(403);
    const formPost = await editor.request.post('/api/trpc/editor.commitment.create', {
      headers: { origin: siteOrigin() },
      form: { data: JSON.stringify(data) },
    });
    expect(formPost.status()).toBe(403);

    const found = await trpcData<{ items: { slug: string }[] }>(
      editor.request,
      'editor.commitment.list',
      { q: data.slug },
    );
    expect(found.items).toEqual([]);

    // The same request from the site itself goes through: the refusals above were the Origin.
    await trpcMutate(editor.request, 'editor.commitment.create', { data });
    const created = await trpcData<{ items: { slug: string }[] }>(
      editor.request,
      'editor.commitment.list',
      { q: data.slug },
    );
    expect(created.items.map((c) => c.slug)).toEqual([data.slug]);
  });

  test('an editor’s session cookie is HttpOnly and SameSite=Lax, out of reach of page scripts', async ({
    newEditor,
  }) => {
    const editor = await newEditor();
    const cookie = (await editor.context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie, `${SESSION_COOKIE} is set`).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.path).toBe('/');

    await editor.page.goto('/admin');
    await expect(editor.page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
    expect(await editor.page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });

  test('an admin disables an editor and the editor’s open session stops working at once', async ({
    admin,
    newEditor,
  }) => {
    const editor = await newEditor();
    await editor.page.goto('/admin');
    await expect(editor.page.getByRole('navigation', { name: 'Admin' })).toBeVisible();
    const before = await trpcGet(editor.request, 'editor.commitment.list', {});
    expect(before.status()).toBe(200);

    await trpcMutate(admin.request, 'admin.user.disable', { id: editor.id });

    const after = await trpcGet(editor.request, 'editor.commitment.list', {});
    expect(after.status()).toBe(401);
    expect((await trpcProblem(after)).code).toBe('UNAUTHORIZED');
    await editor.page.goto('/admin/commitments');
    await expect(editor.page).toHaveURL(/\/sign-in/);
    await expect(editor.page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    // And the password no longer opens a new one.
    const again = await postSignIn(editor.page.request, editor);
    expect(again.status()).toBe(401);
  });

  test('an admin renames an editor on the Users page; the editor cannot rename themself', async ({
    admin,
    newEditor,
  }) => {
    const editor = await newEditor();
    const page = admin.page;
    await page.goto('/admin/users');
    await page
      .getByRole('search', { name: 'Filter users' })
      .getByLabel('Search')
      .fill(editor.email);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    const field = page.getByLabel(`Name of ${editor.email}`);
    const rename = page.getByRole('button', { name: `Rename ${editor.email}` });

    // Typing may land before the page has hydrated: the field keeps it (useEarlyTyping;
    // typing-before-hydration.spec.ts holds the scripts back to check that every time).
    const type = async (text: string) => {
      await field.fill(text);
      await expect(rename).toBeEnabled();
    };

    // A name readers would see must be one line of text: refused here, and nothing is kept.
    await type('Accord\teditors');
    await rename.click();
    await expect(page.getByRole('alert').filter({ hasText: 'one line of text' })).toBeVisible();
    await expect(field).toHaveValue('Accord\teditors');

    const newName = `Desk Editor ${editor.id.slice(0, 6)}`;
    await type(newName);
    await rename.click();
    await expect(
      page.getByRole('status').filter({ hasText: `is now shown as “${newName}”` }),
    ).toBeVisible();
    await expect(page.getByRole('rowheader', { name: newName })).toBeVisible();

    // The editor has no way to set it: the admin procedure refuses, better-auth's is not served.
    const own = await trpcPost(editor.request, 'admin.user.rename', {
      id: editor.id,
      name: 'Accord editors',
    });
    expect(own.status()).toBe(403);
    const selfService = await editor.request.post('/api/auth/update-user', {
      headers: { origin: siteOrigin() },
      data: { name: 'Accord editors' },
    });
    expect(selfService.status()).toBe(404);
  });
});
