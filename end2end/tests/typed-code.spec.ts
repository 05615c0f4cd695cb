// A phone that cannot scan: the desktop shows a typed code under its QR,
// the phone's "Link with a code" page takes it, and the login goes on as
// after a scan.
import { test, expect, type BrowserContext } from '@playwright/test';
import { codeWithTimeLeft, hydrated, shot, signedInPhone, watchErrors } from './support';

let phone: BrowserContext;
test.beforeAll(async ({ browser }) => { phone = await signedInPhone(browser); });
test.afterAll(async () => { await phone?.close(); });

test('a typed code logs the desktop in; a mistyped one is explained', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/login');
  await hydrated(page);
  const code = page.locator('.user-code');
  const form = /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/;
  await expect(code).toHaveText(form);
  await expect(page.locator('.user-code-line')).toContainText('/link and type');
  await shot(page, 'typed-1-desktop-code');

  const mobile = await phone.newPage();
  await mobile.goto('/phone');
  await mobile.getByRole('link', { name: 'Link with a code' }).click();
  await mobile.waitForURL('**/link');
  await mobile.getByLabel('Code').fill('HELLO');
  await mobile.getByRole('button', { name: 'Continue' }).click();
  await expect(mobile.locator('.error')).toContainText('That is not a login code. It has 8 letters');
  await shot(mobile, 'typed-2-phone-not-a-code');

  // The code renews with its QR: one with time left, so that it is still
  // on screen when the phone sends it.
  const shown = await codeWithTimeLeft(page);
  expect(shown).toMatch(form);
  // Typed as a person might: small letters, a space for the dash.
  await mobile.getByLabel('Code').fill(shown.toLowerCase().replace('-', ' '));
  await shot(mobile, 'typed-3-phone-code-typed');
  await mobile.getByRole('button', { name: 'Continue' }).click();
  await mobile.waitForSelector('.confirm');
  await hydrated(mobile);
  await page.getByRole('heading', { name: 'Confirm on your phone' }).waitFor();
  expect(await mobile.locator('.requester-browser').textContent()).toBe('Chrome');
  await shot(mobile, 'typed-4-phone-confirm');

  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await shot(page, 'typed-5-desktop-signed-in');
  // The code worked once: typed again it is used up.
  await mobile.goto(`/link?code=${shown}`);
  await mobile.getByRole('heading', { name: 'This code was already used' }).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();
  expect(errors).toEqual([]);
  await mobile.close();
});
