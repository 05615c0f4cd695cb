// Attacks a real browser can carry out: a page of another origin on the same
// site (another port of this host is same-site, like a sibling subdomain)
// posting a form with the phone's cookies, a sign-in link that tries to
// lead off the site, and scripts the Content-Security-Policy must stop.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { BASE_URL, hydrated, qrLink, shot, signedInPhone, signIn, watchErrors } from './support';

let phone: BrowserContext;
test.beforeAll(async ({ browser }) => { phone = await signedInPhone(browser); });
test.afterAll(async () => { await phone?.close(); });

// Same host, another port: same-site, so the browser sends the phone's
// SameSite=Lax cookie with a form post from it, but another origin.
const SIBLING = BASE_URL.replace(/:\d+$/, ':9');

test('a form on a sibling page cannot approve a login with the phone\'s cookie', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/login');
  await hydrated(page);
  const token = new URL(await qrLink(page)).pathname.split('/').pop();

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
  expect(response.status()).toBe(403);
  expect((await response.json()).error).toBe('cross_site');
  await shot(hostile, 'security-sibling-form-refused');
  // Nothing happened on the desktop: still a code, nobody scanned it.
  await page.waitForTimeout(1_000);
  expect(await page.locator('.signed-in').count()).toBe(0);
  await page.getByRole('heading', { name: 'Log in with your phone' }).waitFor();
  await hostile.close();
  await phone.unroute(`${SIBLING}/**`);

  // The phone's own page still approves it.
  const mobile = await phone.newPage();
  await mobile.goto(`/l/${token}`);
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  expect(errors).toEqual([]);
  // Landed before it closes (see flow.spec.ts).
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await mobile.close();
});

test('a sign-in link cannot lead off the site', async ({ browser }) => {
  for (const [next, landing] of [['/%09/evil.example', '/phone'], ['/\\evil.example', '/phone'], ['//evil.example', '/phone'], ['/devices', '/devices']]) {
    const context = await browser.newContext({ baseURL: BASE_URL });
    const page = await context.newPage();
    await page.goto(`/signin?next=${encodeURIComponent(next).replace('%2509', '%09')}`);
    await signIn(page, 'demo', 'demo-password', landing);
    expect(new URL(page.url()).origin).toBe(BASE_URL);
    await context.close();
  }
});

test('pages run under a Content-Security-Policy with no violation', async ({ page }) => {
  const violations: string[] = [];
  const watch = (p: Page) => p.on('console', (msg) => { if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text()); });
  const visit = async (p: Page, path: string, live: boolean) => {
    const response = await p.goto(path);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'nonce-/);
    // Only pages with something live load a WASM.
    if (live) await hydrated(p);
  };
  watch(page);
  for (const path of ['/login', '/kiosk', '/signin', '/signup', '/']) await visit(page, path, path === '/login' || path === '/kiosk');
  // The phone's pages, with their own bundle (a code's page and the live lists).
  await page.goto('/login');
  const code = new URL(await qrLink(page)).pathname;
  const mobile = await phone.newPage();
  watch(mobile);
  for (const path of [code, '/phone', '/devices', '/activity']) await visit(mobile, path, true);
  await mobile.close();
  expect(violations, 'no page broke its own policy').toEqual([]);

  // A script the page did not bring is refused, and an inline style too
  // (injected CSS can read a page out through its selectors).
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(1, 2, 3)">injected</p>');
  });
  expect(await page.evaluate(() => (window as any).injected)).toBeUndefined();
  expect(await page.locator('#styled').evaluate((p) => getComputedStyle(p).color)).not.toBe('rgb(1, 2, 3)');
  expect(violations.length, 'the injected script and style were refused').toBe(2);
});
