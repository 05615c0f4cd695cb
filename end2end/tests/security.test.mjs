// Attacks a real browser can carry out: a page of another origin on the same
// site (another port of this host counts as same-site, like a sibling
// subdomain) posting a form with the phone's cookies, and a sign-in link
// that tries to lead off the site.
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

// Same host, another port: same-site, so the browser sends the phone's
// SameSite=Lax cookie with a form post from it, but another origin.
const SIBLING = BASE_URL.replace(/:\d+$/, ':9');

test('a form on a sibling page cannot approve a login with the phone\'s cookie', async () => {
  const desktop = await browser.newContext();
  const page = await desktop.newPage();
  const errors = watchErrors(page);
  await page.goto(`${BASE_URL}/login`);
  await page.waitForSelector('html[data-hydrated="true"]');
  const token = new URL(await page.locator('.qr-link-text').inputValue()).pathname.split('/').pop();

  await phone.route(`${SIBLING}/**`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<form id="f" method="post" action="${BASE_URL}/api/web/decide">
             <input name="token" value="${token}"><input name="approve" value="true">
           </form><script>document.getElementById('f').submit()</script>`,
  }));
  const hostile = await phone.newPage();
  const refused = hostile.waitForResponse((r) => r.url().endsWith('/api/web/decide'));
  await hostile.goto(`${SIBLING}/prize`);
  const response = await refused;
  assert.equal(response.status(), 403);
  assert.equal((await response.json()).error, 'cross_site');
  await shot(hostile, 'security-sibling-form-refused');
  // Nothing happened on the desktop: still a code, nobody scanned it.
  await page.waitForTimeout(1_000);
  assert.equal(await page.locator('.signed-in').count(), 0);
  await page.getByRole('heading', { name: 'Log in with your phone' }).waitFor();
  await hostile.close();
  await phone.unroute(`${SIBLING}/**`);

  // The phone's own page still approves it.
  const mobile = await phone.newPage();
  await mobile.goto(`${BASE_URL}/l/${token}`);
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  assert.deepEqual(errors, []);
  await mobile.close();
  await desktop.close();
});

test('a sign-in link cannot lead off the site', async () => {
  for (const [next, landing] of [['/%09/evil.example', '/phone'], ['/\\evil.example', '/phone'], ['//evil.example', '/phone'], ['/devices', '/devices']]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/signin?next=${encodeURIComponent(next).replace('%2509', '%09')}`);
    await page.waitForSelector('html[data-hydrated="true"]');
    await page.fill('input[name="username"]', 'demo');
    await page.fill('input[name="password"]', 'demo-password');
    await Promise.all([page.waitForURL(`${BASE_URL}${landing}`), page.click('button[type="submit"]')]);
    assert.equal(new URL(page.url()).origin, BASE_URL);
    await context.close();
  }
});

test('pages run under a Content-Security-Policy with no violation', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (msg) => /Content Security Policy|Refused to/.test(msg.text()) && violations.push(msg.text()));
  for (const path of ['/login', '/kiosk', '/signin', '/signup', '/']) {
    const response = await page.goto(`${BASE_URL}${path}`);
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval' 'nonce-/);
    await page.waitForSelector('html[data-hydrated="true"]');
  }
  assert.deepEqual(violations, []);
  await context.close();
});

test('a phone signs another phone out from Signed-in phones', async () => {
  const other = await signedInPhone(browser);
  const page = await phone.newPage();
  await page.goto(`${BASE_URL}/phones`);
  await page.waitForSelector('html[data-hydrated="true"]');
  const rows = page.locator('.phone-session');
  assert.ok((await rows.count()) >= 2, 'both phones are listed');
  assert.equal(await page.locator('.phone-session .badge').count(), 1, 'this phone is marked');
  await shot(page, 'phones-list');
  // The newest other phone: the one signed in just now.
  const target = rows.filter({ hasNot: page.locator('.badge') }).last();
  const before = await rows.count();
  await target.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.phone-session').length === n - 1, before);
  const check = await other.newPage();
  await check.goto(`${BASE_URL}/phone`);
  await check.getByRole('heading', { name: 'Not signed in' }).waitFor();
  await other.close();
  await page.close();
});

test('changing the password signs the other phones out', async () => {
  const name = `pw${Date.now()}`;
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(`${BASE_URL}/signup`);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.fill('input[name="username"]', name);
  await page.fill('input[name="password"]', 'first password');
  await Promise.all([page.waitForURL(`${BASE_URL}/phone`), page.click('button[type="submit"]')]);
  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto(`${BASE_URL}/signin`);
  await other.waitForSelector('html[data-hydrated="true"]');
  await other.fill('input[name="username"]', name);
  await other.fill('input[name="password"]', 'first password');
  await Promise.all([other.waitForURL(`${BASE_URL}/phone`), other.click('button[type="submit"]')]);

  await page.goto(`${BASE_URL}/password`);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.fill('input[name="current_password"]', 'first password');
  await page.fill('input[name="new_password"]', 'second password');
  await page.click('button[type="submit"]');
  await page.getByText('Password changed').waitFor();
  await shot(page, 'password-changed');
  await other.goto(`${BASE_URL}/phone`);
  await other.getByRole('heading', { name: 'Not signed in' }).waitFor();
  await page.goto(`${BASE_URL}/phone`);
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  await first.close();
  await second.close();
});
