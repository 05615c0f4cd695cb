// The whole login with two browsers: a desktop showing /login and a phone
// (emulated) signed in as the demo user that scans, reviews and decides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, PHONE, launch, shot, signedInPhone, watchErrors } from './browser.mjs';


let browser;
let phone;
before(async () => {
  browser = await launch();
  phone = await signedInPhone(browser, 'phone-sign-in');
});
after(async () => { await browser?.close(); });

/// A desktop page on /login, hydrated, and the path its QR code opens.
/// `beforeLoad` may change the page first (say, refuse its WebSockets).
async function desktopWithCode(beforeLoad = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await beforeLoad(page);
  const errors = watchErrors(page);
  await page.goto(`${BASE_URL}/login`);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.evaluate(() => { window.sameDocument = true; });
  const payload = await page.locator('.qr-link-text').inputValue();
  return { context, page, errors, path: new URL(payload).pathname };
}

test('phone approves: the desktop is logged in by push, without a reload', async () => {
  const desktop = await desktopWithCode();
  await shot(desktop.page, 'flow-1-desktop-code');
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE_URL}${desktop.path}`);
  await mobile.waitForSelector('html[data-hydrated="true"]');
  // The confirmation screen says who is asking before anything is approved.
  await mobile.waitForSelector('.confirm');
  assert.equal(await mobile.locator('.requester-browser').textContent(), 'Chrome');
  assert.equal(await mobile.locator('.requester-os').textContent(), 'Linux');
  assert.equal(await mobile.locator('.requester-ip').textContent(), '127.0.0.1');
  await shot(mobile, 'flow-2-phone-confirm');
  await desktop.page.getByRole('heading', { name: 'Confirm on your phone' }).waitFor();
  await shot(desktop.page, 'flow-3-desktop-scanned');

  const tapped = Date.now();
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await desktop.page.locator('.signed-in').waitFor();
  const switchMs = Date.now() - tapped;
  console.log(`# tap "Log in" on the phone -> desktop signed in: ${switchMs} ms`);
  assert.equal(await desktop.page.locator('.user-name').textContent(), 'Demo User');
  assert.equal(await desktop.page.evaluate(() => window.sameDocument), true, 'no reload');
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await shot(mobile, 'flow-4-phone-done');
  await shot(desktop.page, 'flow-5-desktop-signed-in');

  // "Keep this browser signed in" was ticked: the cookie outlives the browser.
  const kept = (await desktop.context.cookies()).find((c) => c.name === 'qr_session');
  assert.ok(kept && kept.expires > Date.now() / 1000 + 86_400, `lasting cookie: ${JSON.stringify(kept)}`);
  assert.equal(kept.httpOnly, true);

  // The session is an HttpOnly cookie the server knows: a reload stays signed in.
  const session = await desktop.page.evaluate(async () => (await fetch('/api/session')).json());
  assert.equal(session.user.displayName, 'Demo User');
  assert.equal(await desktop.page.evaluate(() => document.cookie.includes('qr_session')), false);
  await desktop.page.reload();
  await desktop.page.locator('.signed-in').waitFor();

  // The same code again: already used, with its own screen.
  await mobile.goto(`${BASE_URL}${desktop.path}`);
  await mobile.getByRole('heading', { name: 'This code was already used' }).waitFor();
  await shot(mobile, 'flow-6-phone-already-used');

  // The phone's activity page lists the login.
  await mobile.goto(`${BASE_URL}/activity`);
  await mobile.getByText('New login approved').first().waitFor();
  await shot(mobile, 'flow-7-phone-activity');

  // Signing out on the desktop brings a fresh code back.
  await desktop.page.getByRole('button', { name: 'Sign out' }).click();
  await desktop.page.locator('.qr-code svg').waitFor();
  assert.deepEqual(desktop.errors, []);
  await mobile.close();
  await desktop.context.close();
});

test('"This session only" gives the desktop a cookie that ends with the browser', async () => {
  const desktop = await desktopWithCode();
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE_URL}${desktop.path}`);
  await mobile.waitForSelector('html[data-hydrated="true"]');
  await mobile.getByLabel('Keep this browser signed in').uncheck();
  await shot(mobile, 'flow-session-only');
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await desktop.page.locator('.signed-in').waitFor();
  const cookie = (await desktop.context.cookies()).find((c) => c.name === 'qr_session');
  assert.equal(cookie?.expires, -1, 'a browser-session cookie');
  await mobile.close();
  await desktop.context.close();
});

test('phone says "Not me": the desktop shows the login was declined', async () => {
  const desktop = await desktopWithCode();
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE_URL}${desktop.path}`);
  await mobile.getByRole('button', { name: 'Not me' }).click();
  await mobile.getByRole('heading', { name: 'Login declined' }).waitFor();
  await desktop.page.getByRole('heading', { name: 'Login declined' }).waitFor();
  await shot(desktop.page, 'deny-desktop');
  await shot(mobile, 'deny-phone');
  // A new code on request.
  const before = await desktop.page.locator('.qr-code').getAttribute('data-qr-id');
  await desktop.page.getByRole('button', { name: 'Show a new code' }).click();
  await desktop.page.waitForFunction(
    (id) => { const qr = document.querySelector('.qr-code'); return qr && qr.dataset.qrId !== id; },
    before,
  );
  assert.deepEqual(desktop.errors, []);
  await mobile.close();
  await desktop.context.close();
});

test('a phone that is not signed in is asked to sign in first', async () => {
  const desktop = await desktopWithCode();
  const stranger = await browser.newContext(PHONE);
  const mobile = await stranger.newPage();
  await mobile.goto(`${BASE_URL}${desktop.path}`);
  await mobile.getByRole('heading', { name: 'Sign in to approve' }).waitFor();
  await shot(mobile, 'phone-sign-in-first');
  await mobile.goto(`${BASE_URL}/l/not-a-token`);
  await stranger.close();
  await desktop.context.close();
});

test('where WebSockets cannot connect, the desktop follows by long polling', async () => {
  let refused = 0;
  const desktop = await desktopWithCode((page) =>
    page.routeWebSocket(/\/api\/qr\/ws/, (socket) => { refused += 1; socket.close(); }));
  // Three quick failures, then the page switches to /api/qr/status.
  const polling = desktop.page.waitForRequest((r) => r.url().includes('/api/qr/status'), { timeout: 15_000 });
  await polling;
  assert.ok(refused >= 3, `WebSocket tried ${refused} times before polling`);
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE_URL}${desktop.path}`);
  await desktop.page.getByRole('heading', { name: 'Confirm on your phone' }).waitFor();
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await desktop.page.locator('.signed-in').waitFor();
  assert.equal(await desktop.page.evaluate(() => window.sameDocument), true, 'no reload');
  await shot(desktop.page, 'long-poll-signed-in');
  await mobile.close();
  await desktop.context.close();
});
