// /login on the requesting device: server-rendered QR, hydration, WASM redraw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, shot, watchErrors } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the first HTML already holds the QR as inline SVG', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${BASE_URL}/login`);
  assert.equal(response.status(), 200);
  const html = await response.text();
  assert.match(html, /<div[^>]*class="qr-code"[^>]*><svg /);
  assert.match(html, /data-qr-id="[0-9a-f]{32}"/);
  await shot(page, 'login-first-paint');
  await context.close();
});

test('after hydration the page fetches the next QR and draws it in WASM, without reloading', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${BASE_URL}/login`);
  const qr = page.locator('.qr-code');
  const firstId = await qr.getAttribute('data-qr-id');
  const firstSvg = await qr.innerHTML();

  await page.waitForSelector('html[data-hydrated="true"]', { timeout: 30_000 });
  // Survives only if the page is never reloaded.
  await page.evaluate(() => { window.sameDocument = true; });

  // The test server gives codes a few seconds of life: the page renews them.
  await page.waitForFunction(
    (id) => document.querySelector('.qr-code')?.dataset.qrId !== id,
    firstId,
    { timeout: 20_000 },
  );
  const secondSvg = await qr.innerHTML();
  assert.notEqual(secondSvg, firstSvg, 'the browser drew a different QR');
  assert.match(secondSvg, /^<svg /);
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page reload');
  const seconds = Number(await page.locator('.expiry-seconds').textContent());
  assert.ok(seconds > 0, `countdown shows ${seconds}`);
  await shot(page, 'login-redrawn-in-wasm');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with JavaScript disabled the QR is still there to scan', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/login`);
  const box = await page.locator('.qr-code svg').boundingBox();
  assert.ok(box && box.width >= 200, `QR is ${box?.width}px wide`);
  await shot(page, 'login-no-javascript');
  await context.close();
});

test('a hidden tab renews nothing until it is visible again', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${BASE_URL}/login`);
  await page.waitForSelector('html[data-hydrated="true"]');
  const hide = (hidden) => page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
  }, hidden);
  await hide(true);
  const hiddenId = await page.locator('.qr-code').getAttribute('data-qr-id');
  // Past the code's renewal time and its expiry (the test server's codes live 8 s).
  await page.waitForTimeout(10_000);
  assert.equal(await page.locator('.qr-code').getAttribute('data-qr-id'), hiddenId, 'no renewal while hidden');
  await hide(false);
  await page.waitForFunction(
    (id) => document.querySelector('.qr-code')?.dataset.qrId !== id,
    hiddenId,
    { timeout: 5_000 },
  );
  assert.deepEqual(errors, []);
  await context.close();
});
