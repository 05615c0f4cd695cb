// Number matching (NUMBER_MATCHING=true): once the phone has opened the
// code, the desktop shows a number, and the phone offers three as its "Log
// in" buttons. A wrong pick refuses the login; the right one logs in.
// scripts/test starts a server with number matching and sets
// NUMBER_MATCHING; other runs skip this file.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { hydrated, qrLink, shot, signedInPhone, watchErrors } from './support';

test.skip(!process.env.NUMBER_MATCHING, 'needs a server with NUMBER_MATCHING=true (scripts/test starts one)');

let phone: BrowserContext;
test.beforeAll(async ({ browser }) => { phone = await signedInPhone(browser); });
test.afterAll(async () => { await phone?.close(); });

/// Opens the desktop's current code on the phone: the number the desktop
/// then shows, and the phone's page.
async function openOnPhone(page: Page) {
  const payload = await qrLink(page);
  const mobile = await phone.newPage();
  await mobile.goto(new URL(payload).pathname);
  await hydrated(mobile);
  await page.getByRole('heading', { name: /^Check your phone, / }).waitFor();
  const shown = (await page.locator('.match-number').textContent())!.trim();
  expect(shown).toMatch(/^[1-9][0-9]$/);
  const numbers = mobile.locator('button.number');
  await expect(numbers).toHaveCount(3);
  const offered = await numbers.allTextContents();
  expect(offered).toContain(shown);
  return { mobile, shown, offered };
}

test('only the number on the desktop logs in; a wrong one refuses the login', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/login');
  await hydrated(page);

  const first = await openOnPhone(page);
  await shot(page, 'matching-1-desktop-number');
  await expect(first.mobile.getByText('Which number does the computer show?')).toBeVisible();
  await shot(first.mobile, 'matching-2-phone-three-numbers');
  const wrong = first.offered.find((n) => n !== first.shown)!;
  await first.mobile.getByRole('button', { name: wrong, exact: true }).click();
  await first.mobile.getByRole('heading', { name: 'Wrong number: login refused' }).waitFor();
  await shot(first.mobile, 'matching-3-phone-wrong-number');
  await page.getByRole('heading', { name: 'Login declined' }).waitFor();
  await expect(page.getByText('The phone picked a different number')).toBeVisible();
  await shot(page, 'matching-4-desktop-declined');
  await first.mobile.close();

  await page.getByRole('button', { name: 'Show a new code' }).click();
  await page.getByRole('heading', { name: 'Log in with your phone' }).waitFor();
  const second = await openOnPhone(page);
  await second.mobile.getByRole('button', { name: second.shown, exact: true }).click();
  await page.locator('.signed-in').waitFor();
  await second.mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await shot(page, 'matching-5-desktop-signed-in');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();
  expect(errors).toEqual([]);
  await second.mobile.close();
});
