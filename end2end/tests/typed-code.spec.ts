// A phone that cannot scan: the desktop shows a typed code under its QR,
// the phone's "Link with a code" page takes it, and the login goes on as
// after a scan.
import { test, expect, type BrowserContext } from '@playwright/test';
import { codeWithTimeLeft, hydrated, qrLink, shot, signedInPhone, watchErrors } from './support';

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
  // Each mistake is named, and what was typed stays in the field.
  for (const [typed, said] of [
    ['HELLO', 'Codes use only these letters: B C D F G H J K L M N P Q R S T V W X Z (no vowels, no digits). “E”, “O” are not among them'],
    ['BCD-FGH', 'A code has 8 letters, like BCDF-GHJK; this has 6'],
    ['nbhq sxrb', 'No login code NBHQ-SXRB right now: check the letters on the computer'],
  ]) {
    await mobile.getByLabel('Code').fill(typed);
    await mobile.getByRole('button', { name: 'Continue' }).click();
    await expect(mobile.locator('.error')).toContainText(said);
    await expect(mobile.getByLabel('Code')).toHaveValue(typed);
    if (typed === 'HELLO') await shot(mobile, 'typed-2-phone-not-a-code');
  }
  await shot(mobile, 'typed-2-phone-no-such-code');

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
  await page.getByRole('heading', { name: /^Check your phone, / }).waitFor();
  expect(await mobile.locator('.requester-browser').textContent()).toBe('Chrome');
  await shot(mobile, 'typed-4-phone-confirm');

  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await shot(page, 'typed-5-desktop-signed-in');
  // The code worked once: typed again, the phone that used it is told so.
  await mobile.goto(`/link?code=${shown}`);
  await mobile.getByRole('heading', { name: 'Already approved' }).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();
  // A QR's whole link, pasted where the code goes, is taken too.
  const link = await qrLink(page);
  await mobile.goto('/link');
  await mobile.getByLabel('Code').fill(link);
  await mobile.getByRole('button', { name: 'Continue' }).click();
  await mobile.getByRole('heading', { name: 'Log in on this computer?' }).waitFor();
  expect(errors).toEqual([]);
  await mobile.close();
});
