// The phone stays in control: linked devices, live logout, tabs that follow,
// and the tablet kiosk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, shot, signedInPhone, watchErrors } from './browser.mjs';


let browser;
let phone;
before(async () => {
  browser = await launch();
  phone = await signedInPhone(browser);
});
after(async () => { await browser?.close(); });

/// Logs `page` (already on /login or /kiosk, hydrated) in with the phone;
/// `onConfirm` may look at the phone's confirmation screen first.
async function approveWithPhone(page, onConfirm = async () => {}) {
  const payload = await page.locator('.qr-link-text').inputValue();
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE_URL}${new URL(payload).pathname}`);
  await mobile.waitForSelector('.confirm');
  await onConfirm(mobile);
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await mobile.close();
  await page.locator('.signed-in').waitFor();
}

async function openLogin(context, path = '/login') {
  const page = await context.newPage();
  await page.goto(`${BASE_URL}${path}`);
  await page.waitForSelector('html[data-hydrated="true"]');
  return page;
}

test('the phone logs a desktop out from Linked devices, and the desktop returns to a code at once', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const desktop = await openLogin(context);
  const errors = watchErrors(desktop);
  // The phone's Linked devices page is open while the desktop logs in.
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE_URL}/devices`);
  await mobile.waitForSelector('html[data-hydrated="true"]');
  await approveWithPhone(desktop);
  const { sessionId } = await desktop.evaluate(async () => (await fetch('/api/session')).json());
  await mobile.getByText('New login: Chrome on Linux, 127.0.0.1').waitFor();
  const row = mobile.locator(`.device[data-session-id="${sessionId}"]`);
  await row.waitFor(); // listed live, without a reload
  assert.match(await row.textContent(), /Chrome on Linux/);
  assert.match(await row.textContent(), /by Chrome on Android/);
  await shot(mobile, 'devices-phone-list');
  const clicked = Date.now();
  await row.getByRole('button', { name: 'Log out' }).click();
  await desktop.getByRole('heading', { name: 'You were signed out' }).waitFor();
  await desktop.locator('.qr-code svg').waitFor();
  console.log(`# phone "Log out" -> desktop back on a code: ${Date.now() - clicked} ms`);
  await shot(desktop, 'devices-desktop-signed-out');
  const session = await desktop.evaluate(async () => (await fetch('/api/session')).status);
  assert.equal(session, 401);
  assert.deepEqual(errors.filter((e) => !e.includes('401')), []);
  await mobile.close();
  await context.close();
});

test('two tabs of one browser sign out together', async () => {
  const context = await browser.newContext();
  const first = await openLogin(context);
  await approveWithPhone(first);
  // The second tab opens signed in: the server reads the cookie.
  const second = await openLogin(context);
  await second.locator('.signed-in').waitFor();
  await first.getByRole('button', { name: 'Sign out' }).click();
  await second.getByRole('heading', { name: 'You were signed out' }).waitFor();
  await first.locator('.qr-code svg').waitFor();
  await shot(second, 'tabs-second-followed');
  await context.close();
});

test('a kiosk tablet signs in, idles out, ends its session and shows a new code', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const kiosk = await openLogin(context, '/kiosk');
  const box = await kiosk.locator('.qr-code').boundingBox();
  assert.ok(box.height > 768 * 0.6, `the code fills the screen (${box.height}px)`);
  await shot(kiosk, 'kiosk-code');
  await approveWithPhone(kiosk, async (mobile) => {
    // The phone says it is a kiosk, and offers no "keep signed in".
    await mobile.getByRole('heading', { name: 'Log in on this kiosk?' }).waitFor();
    await mobile.getByText('This is a kiosk').waitFor();
    assert.equal(await mobile.getByLabel('Keep this browser signed in').count(), 0);
    await shot(mobile, 'kiosk-phone-confirm');
  });
  assert.match(await kiosk.locator('.signed-in h1').textContent(), /Demo User/);
  await shot(kiosk, 'kiosk-signed-in');
  // The test server signs kiosks out after 4 s without a touch.
  await kiosk.locator('.qr-code svg').waitFor({ timeout: 15_000 });
  assert.equal(await kiosk.evaluate(async () => (await fetch('/api/session')).status), 401, 'ended on the server');
  await shot(kiosk, 'kiosk-after-idle');
  // Portrait works too.
  await kiosk.setViewportSize({ width: 768, height: 1024 });
  const portrait = await kiosk.locator('.qr-code').boundingBox();
  assert.ok(portrait.width > 768 * 0.8, `portrait code is ${portrait.width}px wide`);
  await shot(kiosk, 'kiosk-portrait');
  await context.close();
});

test('offline, the page says so and recovers by itself', async () => {
  const context = await browser.newContext();
  const page = await openLogin(context, '/kiosk');
  const before = await page.locator('.qr-code').getAttribute('data-qr-id');
  await context.setOffline(true);
  await page.locator('.offline').waitFor();
  await shot(page, 'kiosk-offline');
  await context.setOffline(false);
  await page.locator('.offline').waitFor({ state: 'detached' });
  await page.waitForFunction((id) => document.querySelector('.qr-code')?.dataset.qrId !== id, before);
  await context.close();
});
