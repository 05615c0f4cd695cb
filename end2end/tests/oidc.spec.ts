// OpenID Connect: another web app (examples/rp, at RP_URL) signs its user in
// through this site's QR login, and hears it when the phone logs that
// browser out. scripts/test starts the provider with the example app
// registered (OIDC_CLIENTS) and the app itself, and sets RP_URL; other
// runs skip this.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL, hydrated, qrLink, shot, signedInPhone, watchErrors } from './support';

const RP_URL = process.env.RP_URL ?? '';
test.skip(!RP_URL, 'needs the example app and a provider that registers it (scripts/test starts both)');

test('cancelling on the QR page goes back to the app, which says so in words', async ({ page }) => {
  await page.goto(RP_URL);
  await page.getByRole('link', { name: 'Log in with your phone' }).click();
  await page.waitForURL(`${BASE_URL}/login?authorization=*`);
  await page.getByRole('button', { name: 'Cancel and go back to Example app' }).click();
  await page.getByRole('heading', { name: 'Sign-in cancelled' }).waitFor();
  await expect(page.getByText('access_denied')).toHaveCount(0);
  await shot(page, 'oidc-cancelled');
});

test('an app signs in by the scan, and the phone logs it out live', async ({ page, browser }) => {
  const phone = await signedInPhone(browser);
  const errors = watchErrors(page);

  // The app: signed out, one button.
  await page.goto(RP_URL);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await shot(page, 'oidc-1-app-signed-out');
  await page.getByRole('link', { name: 'Log in with your phone' }).click();

  // This site's QR page, naming the app.
  await page.waitForURL(`${BASE_URL}/login?authorization=*`);
  await expect(page.locator('.app-banner')).toHaveText('Sign in to Example app');
  await expect(page.getByRole('button', { name: 'Cancel and go back to Example app' })).toBeVisible();
  await hydrated(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await shot(page, 'oidc-2-desktop-code');

  // The phone names the app too, then approves.
  const mobile = await phone.newPage();
  const payload = await qrLink(page);
  await mobile.goto(new URL(payload).pathname);
  // What is granted: this site's sign-in, for the app by its name.
  await expect(mobile.locator('.site-banner')).toHaveText(/^Logging in to .+ for Example app/);
  await hydrated(mobile);
  await shot(mobile, 'oidc-3-phone-confirm');
  await mobile.getByRole('button', { name: 'Log in', exact: true }).click();

  // Back on the app, signed in as the phone's user.
  await page.waitForURL(`${RP_URL}/`);
  await expect(page.locator('#user')).toHaveText('Demo User');
  await shot(page, 'oidc-4-app-signed-in');

  // The phone logs that browser out: the app hears it from the provider
  // (back-channel logout) and its page shows it without a touch.
  await mobile.goto('/devices');
  await hydrated(mobile);
  const row = mobile.locator('.device').filter({ hasText: 'Chrome on Linux' }).first();
  const clicked = Date.now();
  await row.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByText('You are signed out.')).toBeVisible({ timeout: 10_000 });
  console.log(`# phone "Log out" -> the app signed out: ${Date.now() - clicked} ms`);
  await shot(page, 'oidc-5-app-signed-out-by-phone');

  // Signing in again needs a new scan: the provider's session went too.
  await page.getByRole('link', { name: 'Log in with your phone' }).click();
  await page.waitForURL(`${BASE_URL}/login?authorization=*`);
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  await phone.close();
});
