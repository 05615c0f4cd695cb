// The whole login with two browsers: a desktop showing /login (the test's
// page) and a phone (emulated) signed in as the demo user that scans,
// reviews and decides.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { BASE_URL, hydrated, PHONE, qrLink, shot, signedInPhone, signIn, watchErrors } from './support';

let phone: BrowserContext;
test.beforeAll(async ({ browser }) => { phone = await signedInPhone(browser, 'phone-sign-in'); });
test.afterAll(async () => { await phone?.close(); });

/// The test's page on /login, hydrated, and the path its QR code opens.
async function showCode(page: Page) {
  const errors = watchErrors(page);
  await page.goto('/login');
  await hydrated(page);
  await page.evaluate(() => { (window as any).sameDocument = true; });
  const payload = await qrLink(page);
  return { errors, path: new URL(payload).pathname };
}

test('phone approves: the desktop is logged in by push, without a reload', async ({ page, context }) => {
  const desktop = await showCode(page);
  await shot(page, 'flow-1-desktop-code');
  const mobile = await phone.newPage();
  await mobile.goto(desktop.path);
  await hydrated(mobile);
  // The confirmation screen says who is asking before anything is approved.
  await mobile.waitForSelector('.confirm');
  // The phone counts the code's time down.
  const validFor = mobile.locator('.valid-for');
  const first = await validFor.textContent();
  await expect(validFor).not.toHaveText(first!, { timeout: 3_000 });
  expect(await validFor.textContent()).toMatch(/^Code valid for \d+ more seconds$/);
  expect(await mobile.locator('.requester-browser').textContent()).toBe('Chrome');
  expect(await mobile.locator('.requester-os').textContent()).toBe('Linux');
  expect(await mobile.locator('.requester-ip').textContent()).toBe('127.0.0.1');
  await shot(mobile, 'flow-2-phone-confirm');
  // The computer asks the one whose phone scanned, by name and initials.
  await page.getByRole('heading', { name: 'Check your phone, Demo User' }).waitFor();
  await expect(page.locator('.login-card .avatar')).toHaveText('DU');
  await shot(page, 'flow-3-desktop-scanned');

  const tapped = Date.now();
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  const switchMs = Date.now() - tapped;
  console.log(`# tap "Log in" on the phone -> desktop signed in: ${switchMs} ms`);
  expect(await page.locator('.user-name').textContent()).toBe('Demo User');
  expect(await page.evaluate(() => (window as any).sameDocument), 'no reload').toBe(true);
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await shot(mobile, 'flow-4-phone-done');
  await shot(page, 'flow-5-desktop-signed-in');

  // "Keep this browser signed in" was ticked: the cookie outlives the browser.
  const kept = (await context.cookies()).find((c) => c.name === 'qr_session');
  expect(kept && kept.expires > Date.now() / 1000 + 86_400, `lasting cookie: ${JSON.stringify(kept)}`).toBeTruthy();
  expect(kept!.httpOnly).toBe(true);

  // The session is an HttpOnly cookie the server knows: a reload stays signed in.
  const session = await page.evaluate(async () => (await fetch('/api/session')).json());
  expect(session.user.displayName).toBe('Demo User');
  expect(await page.evaluate(() => document.cookie.includes('qr_session'))).toBe(false);
  await page.reload();
  await page.locator('.signed-in').waitFor();

  // Back to the same code (or the link opened again): not a red "already
  // used" for the one who approved it, but what happened.
  await mobile.goBack();
  await mobile.getByRole('heading', { name: 'Already approved' }).waitFor();
  await expect(mobile.getByRole('status')).toContainText('That computer is logged in');
  await expect(mobile.locator('[role=alert]')).toHaveCount(0);
  await shot(mobile, 'flow-6-phone-already-approved');

  // The phone's activity page lists the login.
  await mobile.goto('/activity');
  await expect(mobile.locator('.time-zone')).toHaveText('Times are in your time zone.');
  await mobile.getByText('New login approved').first().waitFor();
  await shot(mobile, 'flow-7-phone-activity');

  // Signing out on the desktop brings a fresh code back.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();
  expect(desktop.errors).toEqual([]);
  await mobile.close();
});

test('"This session only" gives the desktop a cookie that ends with the browser', async ({ page, context }) => {
  const desktop = await showCode(page);
  const mobile = await phone.newPage();
  await mobile.goto(desktop.path);
  await hydrated(mobile);
  await mobile.getByLabel('Keep this browser signed in').uncheck();
  await shot(mobile, 'flow-session-only');
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  const cookie = (await context.cookies()).find((c) => c.name === 'qr_session');
  expect(cookie?.expires, 'a browser-session cookie').toBe(-1);
  // The phone lands on its result before it closes (closing a page while
  // its form post navigates can hang Chromium: playwright#41900).
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await mobile.close();
});

test('phone says "Not me": the desktop shows the login was declined', async ({ page }) => {
  const desktop = await showCode(page);
  const mobile = await phone.newPage();
  await mobile.goto(desktop.path);
  await mobile.getByRole('button', { name: 'Not me' }).click();
  await mobile.getByRole('heading', { name: 'Login declined' }).waitFor();
  await page.getByRole('heading', { name: 'Login declined' }).waitFor();
  // The declined code is gone from the screen, and its fallbacks with it.
  await expect(page.locator('.qr-code')).toHaveCount(0);
  await expect(page.locator('.user-code')).toHaveCount(0);
  await shot(page, 'deny-desktop');
  await shot(mobile, 'deny-phone');
  // A new code on request.
  await page.getByRole('button', { name: 'Show a new code' }).click();
  await page.locator('.qr-code svg').waitFor();
  expect(new URL(await qrLink(page)).pathname).not.toBe(desktop.path);
  expect(desktop.errors).toEqual([]);
  await mobile.close();
});

test("a stranger's first scan: the code waits while the phone creates an account", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const desktop = await showCode(page);
  const stranger = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  const mobile = await stranger.newPage();
  const opened = Date.now();
  await mobile.goto(desktop.path);
  await mobile.getByRole('heading', { name: 'Sign in to approve' }).waitFor();
  await expect(mobile.getByText('the code waits for you')).toBeVisible();
  await shot(mobile, 'first-scan-1-phone-sign-in-first');
  // The computer says someone is on it, and takes its code off the screen.
  await page.getByRole('heading', { name: 'Someone is signing in on their phone\u2026' }).waitFor();
  await expect(page.locator('.qr-code')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show a new code' })).toBeVisible();
  await shot(page, 'first-scan-2-desktop-someone-signing-in');

  await mobile.getByRole('link', { name: 'Create an account' }).click();
  await mobile.getByText('A computer is waiting for you').waitFor();
  await mobile.fill('input[name="username"]', `newcomer${Date.now()}`);
  await mobile.fill('input[name="display_name"]', 'Ada Newcomer');
  await mobile.fill('input[name="password"]', 'a-long-password');
  await shot(mobile, 'first-scan-3-phone-sign-up');
  // A person takes longer than the code's own life (8 s on the test server).
  await mobile.waitForTimeout(Math.max(0, opened + 9_000 - Date.now()));
  await Promise.all([mobile.waitForURL(/\/recovery\?/), mobile.getByRole('button', { name: 'Create account' }).click()]);
  await mobile.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  await shot(mobile, 'first-scan-3b-phone-recovery-codes');
  await Promise.all([mobile.waitForURL(`**${desktop.path}`), mobile.getByRole('link', { name: 'I saved them: continue' }).click()]);
  await mobile.waitForSelector('.confirm');
  await hydrated(mobile);
  await page.getByRole('heading', { name: /^Check your phone, / }).waitFor();
  await shot(mobile, 'first-scan-4-phone-confirm');
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  expect(await page.locator('.user-name').textContent()).toBe('Ada Newcomer');
  await shot(page, 'first-scan-5-desktop-signed-in');
  expect(desktop.errors).toEqual([]);
  await stranger.close();
});

test('"Show a new code" takes a held code back from a phone that never came', async ({ page, browser }) => {
  const desktop = await showCode(page);
  const stranger = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  const mobile = await stranger.newPage();
  await mobile.goto(desktop.path);
  await page.getByRole('button', { name: 'Show a new code' }).click();
  await page.locator('.qr-code svg').waitFor();
  const renewed = new URL(await qrLink(page)).pathname;
  expect(renewed).not.toBe(desktop.path);
  // The held code is gone: once signed in, the phone is sent on to the new one.
  await mobile.getByRole('link', { name: 'Sign in', exact: true }).click();
  await signIn(mobile, 'demo', 'demo-password', `**${desktop.path}`);
  await mobile.getByRole('heading', { name: 'This code has expired' }).waitFor();
  await expect(mobile.getByRole('link', { name: 'Scan the new code' })).toBeVisible();
  await stranger.close();
  expect(desktop.errors).toEqual([]);
});

test('a second tab of /login follows the sign-in of the first', async ({ page, context }) => {
  const desktop = await showCode(page);
  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto('/login');
  await hydrated(other);
  const mobile = await phone.newPage();
  await mobile.goto(desktop.path);
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  await expect(other.getByRole('heading', { name: 'Log in with your phone' })).toBeVisible();
  // The person comes back to the other tab.
  await other.bringToFront();
  await other.evaluate(() => window.dispatchEvent(new Event('focus')));
  await other.locator('.signed-in').waitFor();
  expect(await other.locator('.user-name').textContent()).toBe('Demo User');
  await expect(other).toHaveTitle(/^Signed in · /);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();
  expect([...desktop.errors, ...otherErrors]).toEqual([]);
  await mobile.close();
});

test('a page that sent the computer to /login?next=… gets it back once signed in', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/login?next=/%3Ffrom%3Dlogin');
  await hydrated(page);
  await expect(page).toHaveTitle(/^Log in with your phone · /);
  const path = new URL(await qrLink(page)).pathname;
  const mobile = await phone.newPage();
  await mobile.goto(path);
  await page.getByRole('heading', { name: /^Check your phone, / }).waitFor();
  await expect(page).toHaveTitle(/^Check your phone, Demo User · /);
  // Only "Check your phone" is left on the computer: no code to scan again.
  await expect(page.locator('.qr-code')).toHaveCount(0);
  await expect(page.locator('.user-code')).toHaveCount(0);
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === '/' && url.search === '?from=login');
  // Back on /login, the signed-in view offers the way on.
  await page.goto('/login?next=/%3Ffrom%3Dlogin');
  await expect(page.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/?from=login');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();
  // Another site is never a way on.
  await page.goto('/login?next=//evil.example');
  await expect(page.getByRole('link', { name: 'Continue' })).toHaveCount(0);
  expect(errors).toEqual([]);
  await mobile.close();
});

test('where WebSockets cannot connect, the desktop follows by long polling', async ({ page }) => {
  let refused = 0;
  await page.routeWebSocket(/\/api\/qr\/ws/, (socket) => { refused += 1; socket.close(); });
  // Three quick failures, then the page switches to /api/qr/status.
  const polling = page.waitForRequest((r) => r.url().includes('/api/qr/status'), { timeout: 15_000 });
  const desktop = await showCode(page);
  await polling;
  expect(refused, `WebSocket tried ${refused} times before polling`).toBeGreaterThanOrEqual(3);
  const mobile = await phone.newPage();
  await mobile.goto(desktop.path);
  await page.getByRole('heading', { name: /^Check your phone, / }).waitFor();
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  expect(await page.evaluate(() => (window as any).sameDocument), 'no reload').toBe(true);
  await shot(page, 'long-poll-signed-in');
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await mobile.close();
});

test('an expired code tells the phone what to do, with a way on', async ({ page }) => {
  const desktop = await showCode(page);
  const mobile = await phone.newPage();
  await mobile.goto(desktop.path);
  await hydrated(mobile);
  // The test server's codes live 8 s: the phone says so and takes the buttons away.
  await mobile.getByText("This code has expired: scan the new code on the computer's screen.").waitFor({ timeout: 15_000 });
  expect(await mobile.getByRole('button', { name: 'Log in' }).isDisabled()).toBe(true);
  // "Asked" keeps time while the page is open.
  await expect(mobile.locator('.asked')).toHaveText(/^\d+ seconds ago$/);
  await mobile.reload();
  await mobile.getByRole('heading', { name: 'This code has expired' }).waitFor();
  await mobile.getByText('scan that one').waitFor();
  await expect(mobile.getByRole('link', { name: 'Scan the new code' })).toHaveAttribute('href', '/scan');
  await shot(mobile, 'phone-code-expired');
  await mobile.close();
});
