// A tablet in kiosk mode: a full-screen code, a phone that knows it is a
// kiosk, an idle sign-out that the server enforces too, and a network that
// comes and goes.
import { test, expect, type BrowserContext } from '@playwright/test';
import { hydrated, qrLink, shot, signedInPhone } from './support';

let phone: BrowserContext;
test.beforeAll(async ({ browser }) => { phone = await signedInPhone(browser); });
test.afterAll(async () => { await phone?.close(); });

test('a kiosk tablet signs in, idles out, ends its session and shows a new code', async ({ page }) => {
  await page.goto('/kiosk');
  await hydrated(page);
  const box = await page.locator('.qr-code').boundingBox();
  expect(box!.height, `the code fills the screen (${box!.height}px)`).toBeGreaterThan(768 * 0.6);
  // What to do, readable from a step away.
  await expect(page.locator('.steps')).toBeVisible();
  await shot(page, 'kiosk-code');
  const payload = await qrLink(page);
  const mobile = await phone.newPage();
  await mobile.goto(new URL(payload).pathname);
  await mobile.waitForSelector('.confirm');
  // The phone says it is a kiosk, and offers no "keep signed in".
  await mobile.getByRole('heading', { name: 'Log in on this kiosk?' }).waitFor();
  await mobile.getByText('This is a kiosk').waitFor();
  expect(await mobile.getByLabel('Keep this browser signed in').count()).toBe(0);
  await shot(mobile, 'kiosk-phone-confirm');
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await mobile.close();
  await page.locator('.signed-in').waitFor();
  expect(await page.locator('.signed-in h1').textContent()).toMatch(/Demo User/);
  await page.getByText('This kiosk signs out by itself after 4 seconds without a touch.').waitFor();
  await shot(page, 'kiosk-signed-in');
  // The test server signs kiosks out after 4 s without a touch.
  await page.locator('.qr-code svg').waitFor({ timeout: 15_000 });
  expect(await page.evaluate(async () => (await fetch('/api/session')).status), 'ended on the server').toBe(401);
  await shot(page, 'kiosk-after-idle');
  // Portrait works too.
  await page.setViewportSize({ width: 768, height: 1024 });
  const portrait = await page.locator('.qr-code').boundingBox();
  expect(portrait!.width, `portrait code is ${portrait!.width}px wide`).toBeGreaterThan(768 * 0.8);
  await shot(page, 'kiosk-portrait');
});

test('offline, the page says so and recovers by itself', async ({ page, context }) => {
  await page.goto('/kiosk');
  await hydrated(page);
  const before = await page.locator('.qr-code').getAttribute('data-qr-id');
  await context.setOffline(true);
  await page.locator('.offline').waitFor();
  await shot(page, 'kiosk-offline');
  await context.setOffline(false);
  await page.locator('.offline').waitFor({ state: 'detached' });
  await page.waitForFunction((id) => (document.querySelector('.qr-code') as HTMLElement | null)?.dataset.qrId !== id, before);
});
