// The whole phone side with JavaScript off: every step is a plain form post
// answered by a redirect to a page (303), never a JSON body. The computer
// showing the code is an ordinary desktop browser with JavaScript on.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { BASE_URL, hydrated, qrLink, shot, signIn } from './support';

test.use({ javaScriptEnabled: false });

/// A desktop on /login, hydrated, and the path its code opens.
async function desktopCode(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 800 }, javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto('/login');
  await hydrated(page);
  const path = new URL(await qrLink(page)).pathname;
  return { context, page, path };
}

/// Follows every redirect of a form post and checks none answered with JSON.
function watchAnswers(page: Page): string[] {
  const json: string[] = [];
  page.on('response', (r) => {
    if ((r.headers()['content-type'] ?? '').includes('json')) json.push(`${r.status()} ${r.url()}`);
  });
  return json;
}

test('sign up, approve, decline, log a computer out and sign out, all without JavaScript', async ({ page, browser }) => {
  const json = watchAnswers(page);
  const name = `nojs-${Date.now().toString(36)}`;

  // Sign-up says its rules up front; a short password gets a sentence, and
  // the form keeps what was typed.
  await page.goto('/signup');
  await page.getByText('At least 8 characters.').waitFor();
  await page.fill('input[name="username"]', name);
  await page.fill('input[name="display_name"]', 'No Script');
  // The browser's own check would stop a short password: the server's must too.
  await page.locator('input[name="password"]').evaluate((input) => input.removeAttribute('minlength'));
  await page.fill('input[name="password"]', 'short');
  await Promise.all([page.waitForURL(/\/signup\?/), page.click('button[type="submit"]')]);
  await expect(page.getByRole('alert')).toContainText('at least 8 characters');
  expect(await page.inputValue('input[name="username"]')).toBe(name);
  await shot(page, 'nojs-sign-up-error');
  await page.fill('input[name="password"]', 'long enough password');
  // The recovery codes come first, this once.
  await Promise.all([page.waitForURL(/\/recovery\?next=/), page.click('button[type="submit"]')]);
  await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  const codes = await page.locator('.recovery-codes code').allTextContents();
  expect(codes).toHaveLength(10);
  await shot(page, 'nojs-recovery-codes');
  await Promise.all([page.waitForURL('/phone'), page.getByRole('link', { name: 'I saved them: continue' }).click()]);
  await page.getByRole('heading', { name: 'Hello, No Script' }).waitFor();

  // Signed in already: /signin says as whom, with the way on.
  await page.goto('/signin');
  await expect(page.locator('.signed-in-already')).toContainText("You're signed in on this phone as No Script");
  await expect(page.getByRole('link', { name: 'Continue as No Script' })).toHaveAttribute('href', '/phone');
  await shot(page, 'nojs-sign-in-signed-in-already');

  // A wrong password reads as a sentence for a person; the name stays.
  const other = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const stranger = await other.newPage();
  await stranger.goto('/signin');
  await signIn(stranger, name, 'not the password', /\/signin\?/);
  await expect(stranger.getByRole('alert')).toContainText('username and password do not match');
  expect(await stranger.inputValue('input[name="username"]')).toBe(name);
  expect(await stranger.inputValue('input[name="password"]')).toBe('');
  await shot(stranger, 'nojs-sign-in-wrong-password');
  await other.close();

  // Approve, with "This session only".
  const desktop = await desktopCode(browser);
  await page.goto(desktop.path);
  await page.getByRole('heading', { name: 'Log in on this computer?' }).waitFor();
  await page.getByLabel('Keep this browser signed in').uncheck();
  await shot(page, 'nojs-confirm');
  await Promise.all([page.waitForURL(/\/decided\?outcome=authorized/), page.getByRole('button', { name: 'Log in' }).click()]);
  await page.getByRole('heading', { name: 'Done' }).waitFor();
  await desktop.page.locator('.signed-in').waitFor();
  const cookie = (await desktop.context.cookies()).find((c) => c.name === 'qr_session');
  expect(cookie?.expires, 'a browser-session cookie').toBe(-1);

  // The same code again: approved by this account, so no failure.
  await page.goto(desktop.path);
  await page.getByRole('heading', { name: 'Already approved' }).waitFor();
  await shot(page, 'nojs-already-approved');

  // Decline another computer's code.
  const second = await desktopCode(browser);
  await page.goto(second.path);
  await Promise.all([page.waitForURL(/\/decided\?outcome=denied/), page.getByRole('button', { name: 'Not me' }).click()]);
  await page.getByRole('heading', { name: 'Login declined' }).waitFor();
  await second.page.getByRole('heading', { name: 'Login declined' }).waitFor();
  await second.context.close();

  // Linked devices: the approved desktop, logged out from here.
  await page.goto('/devices');
  const { sessionId } = await desktop.page.evaluate(async () => (await fetch('/api/session')).json());
  const row = page.locator(`.device[data-session-id="${sessionId}"]`);
  await row.waitFor();
  await shot(page, 'nojs-devices');
  await Promise.all([page.waitForURL(/\/devices\?done=one/), row.getByRole('button', { name: /^Log out Chrome/ }).click()]);
  await page.getByText('That browser is logged out.').waitFor();
  await desktop.page.getByRole('heading', { name: 'You were signed out' }).waitFor();
  await desktop.context.close();

  // Activity: plain words and readable times (UTC without JavaScript).
  await page.goto('/activity');
  await page.getByText('New login approved').first().waitFor();
  expect(await page.locator('.activity time').first().textContent()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d\d:\d\d UTC$/);
  await expect(page.locator('.time-zone')).toHaveText('Times are in UTC.');
  expect(await page.locator('.activity').textContent()).not.toMatch(/\(removed_by_phone\)|\d{13}/);

  // Signing out asks first, naming the computers this phone logged in,
  // and the person may keep them signed in.
  const kept = await desktopCode(browser);
  await page.goto(kept.path);
  await Promise.all([page.waitForURL(/\/decided\?outcome=authorized/), page.getByRole('button', { name: 'Log in' }).click()]);
  await kept.page.locator('.signed-in').waitFor();
  await page.goto('/phone');
  await Promise.all([page.waitForURL('**/signout'), page.getByRole('link', { name: 'Sign out of this phone…' }).click()]);
  await page.getByRole('heading', { name: 'Sign out of this phone?' }).waitFor();
  await expect(page.locator('.sign-out-computers li')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Sign out and log out 1 computer' })).toBeVisible();
  await shot(page, 'nojs-sign-out-ask');
  await Promise.all([page.waitForURL(/\/signin/), page.getByRole('button', { name: 'Sign out, keep the computer signed in' }).click()]);
  await page.getByText('This phone is signed out. The computers it logged in stay signed in').waitFor();
  await kept.page.reload();
  await kept.page.locator('.signed-in').waitFor();
  await kept.context.close();

  // The password forgotten: a recovery code sets a new one and signs in.
  await Promise.all([page.waitForURL(/\/recover\?/), page.getByRole('link', { name: 'Forgot your password?' }).click()]);
  await page.getByText('No recovery code?').waitFor();
  await page.fill('input[name="username"]', name);
  await page.fill('input[name="code"]', 'BCDF-GHJK-LMNP');
  await page.fill('input[name="password"]', 'a new long password');
  await Promise.all([page.waitForURL(/\/recover\?.*error=unauthorized/), page.getByRole('button', { name: 'Set the new password' }).click()]);
  await expect(page.getByRole('alert')).toContainText('do not match, or the code was used already');
  expect(await page.inputValue('input[name="username"]')).toBe(name);
  await page.fill('input[name="code"]', codes[0].toLowerCase());
  await page.fill('input[name="password"]', 'a new long password');
  await shot(page, 'nojs-recover');
  await Promise.all([page.waitForURL(/\/recovery\?recovered/), page.getByRole('button', { name: 'Set the new password' }).click()]);
  await expect(page.getByRole('status')).toContainText('Your new password is set');
  await page.getByText('You have 9 unused recovery codes.').waitFor();
  await shot(page, 'nojs-recovered');
  expect(json, 'no form post answered with JSON').toEqual([]);
});

test('a phone not signed in signs in and comes back to the code', async ({ browser, page }) => {
  const desktop = await desktopCode(browser);
  await page.goto(desktop.path);
  await page.getByRole('heading', { name: 'Sign in to approve' }).waitFor();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByText('A computer is waiting for you').waitFor();
  await signIn(page, 'demo', 'demo-password', desktop.path);
  await page.getByRole('heading', { name: 'Log in on this computer?' }).waitFor();
  await Promise.all([page.waitForURL(/\/decided/), page.getByRole('button', { name: 'Log in' }).click()]);
  await desktop.page.locator('.signed-in').waitFor();
  await desktop.context.close();
});

test('a typed code without JavaScript; /scan says what to do instead', async ({ browser, page }) => {
  await page.goto('/signin');
  await signIn(page, 'demo', 'demo-password');
  // No camera in the page without JavaScript: it says so, and offers the typed code.
  await page.goto('/scan');
  // (Playwright's text queries skip <noscript>: a CSS query finds its words.)
  await expect(page.locator('noscript .notice')).toContainText('Scanning here needs JavaScript');
  await expect(page.locator('noscript .notice')).toBeVisible();
  await expect(page.locator('#scanner')).toBeHidden();
  await shot(page, 'nojs-scan');
  await Promise.all([page.waitForURL('**/link'), page.getByRole('link', { name: 'Type the code instead' }).click()]);
  // A code that names nothing: said so, and the form keeps it.
  await page.getByLabel('Code').fill('NBHQ-SXRB');
  await Promise.all([page.waitForURL(/\/link\?code=/), page.getByRole('button', { name: 'Continue' }).click()]);
  await expect(page.locator('.error')).toContainText('No login code NBHQ-SXRB right now');
  await expect(page.getByLabel('Code')).toHaveValue('NBHQ-SXRB');
  await shot(page, 'nojs-no-such-code');
  const desktop = await desktopCode(browser);
  const shown = (await desktop.page.locator('.user-code').textContent())!;
  await page.getByLabel('Code').fill(shown);
  await Promise.all([page.waitForURL(/\/link\?code=/), page.getByRole('button', { name: 'Continue' }).click()]);
  await page.getByRole('heading', { name: 'Log in on this computer?' }).waitFor();
  await Promise.all([page.waitForURL(/\/decided\?outcome=authorized/), page.getByRole('button', { name: 'Log in' }).click()]);
  await desktop.page.locator('.signed-in').waitFor();
  await desktop.context.close();
});
