// axe-core on every page of both sides, light and dark: no serious or
// critical violation of WCAG 2.1 A/AA (contrast included, so the dark
// scheme is checked as well as the light one).
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL, hydrated, message, PHONE, qrLink, signedInPhone } from './support';

/// The serious and critical violations on `page`, one line each: of the
/// WCAG 2.1 A/AA rules, or of `rules` alone.
async function violations(page: Page, rules?: string[]) {
  const axe = new AxeBuilder({ page });
  const result = await (rules ? axe.withRules(rules) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/// Every rule in the light scheme; then, on the same page, the contrast in
/// the dark one (`dark`): the scheme changes colours only (its stylesheet's
/// custom properties), so the other rules would find the same things again.
async function check(page: Page, path: string, found: string[], live = false, dark = true) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  if (live) await hydrated(page);
  for (const line of await violations(page)) found.push(`${path} [light] ${line}`);
  if (!dark) return;
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const line of await violations(page, ['color-contrast'])) found.push(`${path} [dark] ${line}`);
}

/// A fresh login code's path (the desktop's part).
async function codePath(page: Page) {
  await page.goto('/login');
  return new URL(await qrLink(page)).pathname;
}

/// The language every context of the run asks for: the menu's cookie.
const speaking = (context: BrowserContext, lang: string) =>
  context.addCookies([{ name: 'qr_lang', value: lang, url: BASE_URL }]);

// Presentation only: scripts/test runs English and Arabic (right to left)
// against one store, Japanese against the other (tags), not each twice.
for (const [lang, tag] of [['en', '@presentation'], ['ar', '@presentation'], ['ja', '@languages']]) {
test(`every page has no serious or critical accessibility violation, light or dark (${lang})`, { tag }, async ({ page, browser }) => {
  // About 35 pages, each analysed twice by axe: about 1.2 s a page on two
  // cores while the other lane runs (43 s in all), but 3 to 4 s a page in
  // the full browser's headless mode, which ran out of 120 s.
  test.setTimeout(240_000);
  const found: string[] = [];
  await speaking(page.context(), lang);
  // The dark scheme's contrast once, in English: a language changes the
  // words, not the colours.
  const look = (on: Page, path: string, live = false) => check(on, path, found, live, lang === 'en');
  // The computer's side.
  // With an app's old logout link: the page that asks before logging out.
  const confirmLogout = `/oauth/notice?about=confirm_logout&logout=${'0'.repeat(32)}`;
  for (const path of ['/', '/login', '/kiosk', '/no-such-page', confirmLogout]) await look(page, path, path.includes('login') || path === '/kiosk');

  // The phone's side, signed out then signed in.
  const stranger = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  await speaking(stranger, lang);
  const anonymous = await stranger.newPage();
  const held = await codePath(page);
  // The code first: opened in time, it waits for this phone.
  for (const path of [held, `/signup?next=${held}`, '/signin', '/signin?error=unauthorized', '/signup', '/signup?error=bad_request', '/recover', '/recover?error=unauthorized', '/recovery']) {
    await look(anonymous, path);
  }
  await stranger.close();
  // The computer while the phone that opened its code signs in.
  await hydrated(page);
  await page.getByRole('heading', { name: message(lang, 'login-heading-signing-in') }).waitFor();
  for (const line of await violations(page)) found.push(`/login (signing in) [light] ${line}`);
  if (lang === 'en') {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const line of await violations(page, ['color-contrast'])) found.push(`/login (signing in) [dark] ${line}`);
  }

  const phone = await signedInPhone(browser);
  await speaking(phone, lang);
  const mobile = await phone.newPage();
  for (const path of ['/phone', '/devices', '/devices?confirm=all', '/recovery', '/recovery?recovered=1&error=unauthorized', '/activity', '/phones', '/password', '/link', '/link?code=HELLO', '/scan', '/signin', '/signout', '/decided?outcome=authorized',
    '/decided?outcome=denied', '/l/not-a-code', '/l/' + 'A'.repeat(22)]) {
    await look(mobile, path, ['/phone', '/devices', '/activity'].includes(path));
  }
  const code = await codePath(page);
  await look(mobile, code, true);
  // The same code once this phone approved it: "Already approved".
  await mobile.getByRole('button', { name: message(lang, 'decision-log-in') }).click();
  await mobile.getByRole('heading', { name: message(lang, 'approve-done-heading') }).waitFor();
  await look(mobile, code);
  await phone.close();
  expect(found, found.join('\n')).toEqual([]);
});
}
