// /login on the requesting device: server-rendered QR, hydration, WASM redraw.
// How the page behaves whatever the store (@presentation: the memory run
// alone has them; the flows' tests cover the store on both).
import { test, expect } from '@playwright/test';
import { BASE_URL, hydrated, PHONE, qrLink, shot, watchErrors } from './support';

test('the first HTML already holds the QR as inline SVG', { tag: '@presentation' }, async ({ page }) => {
  const response = await page.goto('/login');
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).toMatch(/<div[^>]*class="qr-code"[^>]*><svg /);
  expect(html).toMatch(/data-qr-id="[0-9a-f]{32}"/);
  // The expiry ring starts full.
  expect(html).toMatch(/<circle(?=[^>]*class="expiry-left")(?=[^>]*stroke-dashoffset="0")/);
  await shot(page, 'login-first-paint');
});

test('after hydration the page fetches the next QR and draws it in WASM, without reloading', { tag: '@presentation' }, async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/login');
  const qr = page.locator('.qr-code');
  const firstId = await qr.getAttribute('data-qr-id');
  const firstSvg = await qr.innerHTML();

  await page.waitForSelector('html[data-hydrated="true"]', { timeout: 30_000 });
  // Survives only if the page is never reloaded.
  await page.evaluate(() => { (window as any).sameDocument = true; });
  // The page's clock empties the ring (a quarter of it within the code's
  // life: the test server's codes live 8 s, renewed 2 s before the end).
  await page.waitForFunction(() => Number(document.querySelector('.expiry-left')?.getAttribute('stroke-dashoffset')) > 250, null, { timeout: 10_000 });

  // The test server gives codes a few seconds of life: the page renews them.
  await page.waitForFunction(
    (id) => (document.querySelector('.qr-code') as HTMLElement | null)?.dataset.qrId !== id,
    firstId,
    { timeout: 20_000 },
  );
  const secondSvg = await qr.innerHTML();
  expect(secondSvg, 'the browser drew a different QR').not.toBe(firstSvg);
  expect(secondSvg).toMatch(/^<svg /);
  expect(await page.evaluate(() => (window as any).sameDocument), 'no page reload').toBe(true);
  const seconds = Number(await page.locator('.expiry-seconds').textContent());
  expect(seconds, `countdown shows ${seconds}`).toBeGreaterThan(0);
  await shot(page, 'login-redrawn-in-wasm');
  expect(errors).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the QR is still there to scan', { tag: '@presentation' }, async ({ page }) => {
    await page.goto('/login');
    const box = await page.locator('.qr-code svg').boundingBox();
    expect(box && box.width >= 200, `QR is ${box?.width}px wide`).toBeTruthy();
    await shot(page, 'login-no-javascript');
  });
});

test('a hidden tab renews nothing until it is visible again', { tag: '@presentation' }, async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/login');
  await hydrated(page);
  const hide = (hidden: boolean) => page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
  }, hidden);
  await hide(true);
  const hiddenId = await page.locator('.qr-code').getAttribute('data-qr-id');
  // Past the code's renewal time and its expiry (the test server's codes live 8 s).
  await page.waitForTimeout(10_000);
  expect(await page.locator('.qr-code').getAttribute('data-qr-id'), 'no renewal while hidden').toBe(hiddenId);
  await hide(false);
  await page.waitForFunction(
    (id) => (document.querySelector('.qr-code') as HTMLElement | null)?.dataset.qrId !== id,
    hiddenId,
    { timeout: 5_000 },
  );
  expect(errors).toEqual([]);
});

test('an abandoned page pauses to save power, says so, and a click brings a code back', { tag: '@presentation' }, async ({ page }) => {
  const errors = watchErrors(page);
  await page.clock.install();
  await page.goto('/login');
  await hydrated(page);
  await expect(page.getByText('No account yet? Scan anyway')).toBeVisible();
  // About three minutes of renewals with nobody scanning, in fast time.
  for (let i = 0; i < 40 && !(await page.getByRole('heading', { name: 'Paused to save power' }).isVisible()); i += 1) {
    await page.clock.fastForward(8_000);
    await page.waitForTimeout(150);
  }
  await page.getByRole('heading', { name: 'Paused to save power' }).waitFor();
  // The dead code's typed form and steps are gone; the veiled code says what to do.
  await expect(page.locator('.user-code')).toHaveCount(0);
  await expect(page.locator('.steps')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Paused to save power · /);
  await shot(page, 'login-paused');
  await page.getByRole('button', { name: 'Click for a new code' }).click();
  await page.getByRole('heading', { name: 'Log in with your phone' }).waitFor();
  await page.locator('.user-code').waitFor();
  // In fast time a code can be replaced before its socket opens (410): the
  // page then follows the next one. Nothing else may go wrong.
  expect(errors.filter((e) => !e.includes('Unexpected response code: 410'))).toEqual([]);
});

test('a phone that opens /login is sent to its own sign-in; a computer is not told so', { tag: '@presentation' }, async ({ page, browser }) => {
  await page.goto('/login');
  await expect(page.locator('.on-a-phone')).toBeHidden();
  const phone = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  const mobile = await phone.newPage();
  await mobile.goto('/login');
  await expect(mobile.getByText("You're on a phone")).toBeVisible();
  await expect(mobile.getByRole('link', { name: 'sign in here' })).toHaveAttribute('href', '/signin');
  await shot(mobile, 'login-on-a-phone');
  await phone.close();
});

test('at 320 x 568 the code is on the first screen, nothing scrolls sideways, and each renewal draws the new code', { tag: '@presentation' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/login');
  await hydrated(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow(), 'no sideways scroll at 320 px').toBeLessThanOrEqual(0);
  const heading = await page.getByRole('heading', { name: 'Log in with your phone' }).boundingBox();
  const code = await page.locator('.qr-code').boundingBox();
  expect(heading!.y + heading!.height, 'the heading above the fold').toBeLessThanOrEqual(568);
  expect(code!.y + code!.height / 2, 'the code starts on the first screen').toBeLessThanOrEqual(568);
  await shot(page, 'login-320x568');
  const before = await page.locator('.qr-code').getAttribute('data-qr-id');
  await page.waitForFunction(
    (id) => (document.querySelector('.qr-code') as HTMLElement | null)?.dataset.qrId !== id,
    before,
    { timeout: 20_000 },
  );
  expect(await qrLink(page), 'the code is the new one').toContain('/l/');
  expect(await overflow()).toBeLessThanOrEqual(0);
});
