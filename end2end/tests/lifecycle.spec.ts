// The phone stays in control of the computers it logged in: linked
// devices, live logout, tabs that follow.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { BASE_URL, hydrated, qrLink, shot, signedInPhone, watchErrors } from './support';

let phone: BrowserContext;
test.beforeAll(async ({ browser }) => { phone = await signedInPhone(browser); });
test.afterAll(async () => { await phone?.close(); });

/// Logs `page` (on /login, hydrated) in with the phone.
async function approveWithPhone(page: Page) {
  const payload = await qrLink(page);
  const mobile = await phone.newPage();
  await mobile.goto(new URL(payload).pathname);
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await mobile.close();
  await page.locator('.signed-in').waitFor();
}

test('the phone logs a desktop out from Linked devices, and the desktop returns to a code at once', async ({ page }) => {
  await page.goto('/login');
  await hydrated(page);
  const errors = watchErrors(page);
  // The phone's Linked devices page is open while the desktop logs in.
  const mobile = await phone.newPage();
  await mobile.goto('/devices');
  await hydrated(mobile);
  await approveWithPhone(page);
  const { sessionId } = await page.evaluate(async () => (await fetch('/api/session')).json());
  await mobile.getByText('New login: Chrome on Linux, 127.0.0.1').waitFor();
  const row = mobile.locator(`.device[data-session-id="${sessionId}"]`);
  await row.waitFor(); // listed live, without a reload
  expect(await row.textContent()).toMatch(/Chrome on Linux/);
  expect(await row.textContent()).toMatch(/by Chrome on Android/);
  await expect(row.getByText('You just approved this one')).toBeVisible();
  await shot(mobile, 'devices-phone-list');
  // Named from the phone, it is told apart from browsers alike.
  await row.getByText('Rename').click();
  await row.getByRole('textbox', { name: /^New name for Chrome on Linux/ }).fill('Office laptop');
  await Promise.all([mobile.waitForURL(/\/devices\?done=renamed/), row.getByRole('button', { name: 'Save' }).click()]);
  await expect(row.locator('strong')).toHaveText('Office laptop');
  await expect(row).toContainText('Chrome on Linux');
  await shot(mobile, 'devices-phone-renamed');
  const clicked = Date.now();
  await row.getByRole('button', { name: /^Log out Office laptop, 127\.0\.0\.1, linked / }).click();
  await page.getByRole('heading', { name: 'You were signed out' }).waitFor();
  await expect(page.getByText('Your phone logged this browser out.')).toBeVisible();
  await page.locator('.qr-code svg').waitFor();
  console.log(`# phone "Log out" -> desktop back on a code: ${Date.now() - clicked} ms`);
  await shot(page, 'devices-desktop-signed-out');
  const session = await page.evaluate(async () => (await fetch('/api/session')).status);
  expect(session).toBe(401);
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  await mobile.close();
});

test('"Log out all" asks first, naming how many, then logs every browser out', async ({ page, browser }) => {
  const other = await browser.newContext({ baseURL: BASE_URL });
  const second = await other.newPage();
  for (const desktop of [page, second]) {
    await desktop.goto('/login');
    await hydrated(desktop);
    await approveWithPhone(desktop);
  }
  const mobile = await phone.newPage();
  await mobile.goto('/devices');
  const count = await mobile.locator('.device').count();
  expect(count).toBeGreaterThanOrEqual(2);
  await mobile.getByRole('link', { name: `Log out all ${count} browsers…` }).click();
  await mobile.getByRole('heading', { name: `Log out all ${count} browsers?` }).waitFor();
  // Nothing happened yet.
  expect(await page.evaluate(async () => (await fetch('/api/session')).status)).toBe(200);
  await shot(mobile, 'devices-phone-log-out-all-asks');
  await Promise.all([mobile.waitForURL(/\/devices\?done=all/), mobile.getByRole('button', { name: `Log out all ${count} browsers` }).click()]);
  await mobile.getByText('Every browser is logged out.').waitFor();
  for (const desktop of [page, second]) await desktop.getByRole('heading', { name: 'You were signed out' }).waitFor();
  await other.close();
  await mobile.close();
});

test('two tabs of one browser sign out together', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/login');
  await hydrated(first);
  await approveWithPhone(first);
  // The second tab opens signed in: the server reads the cookie.
  const second = await context.newPage();
  await second.goto('/login');
  await hydrated(second);
  await second.locator('.signed-in').waitFor();
  await first.getByRole('button', { name: 'Sign out' }).click();
  await second.getByRole('heading', { name: 'You were signed out' }).waitFor();
  // Its own sign-out in another tab, not the phone's doing.
  await expect(second.getByText('Signed out in another tab.')).toBeVisible();
  await first.locator('.qr-code svg').waitFor();
  await shot(second, 'tabs-second-followed');
});
