// Every page in the person's language (issue 24): the whole login with the
// computer in one language and the phone in another (each hears its own),
// Arabic right to left, no sideways scroll at 320 px with German's long
// words and with Arabic, and the language menu without JavaScript.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { BASE_URL, hydrated, message, PHONE, qrLink, shot, signedInPhone, watchErrors } from './support';

/// Letters of each script: a heading in it has some.
const SCRIPT: Record<string, RegExp> = { ar: /[\u0600-\u06ff]/, ja: /[\u3040-\u30ff\u4e00-\u9fff]/ };

for (const [computer, phoneLang] of [['ar', 'ja'], ['ja', 'ar']]) {
  test(`the whole login: the computer in ${computer}, the phone in ${phoneLang}`, { tag: '@languages' }, async ({ browser }) => {
    // Each side's browser asks for its language (Accept-Language).
    const desktop = await browser.newContext({ baseURL: BASE_URL, locale: computer, viewport: { width: 1280, height: 800 } });
    const page = await desktop.newPage();
    const errors = watchErrors(page);
    await page.goto('/login');
    await hydrated(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', computer);
    await expect(html).toHaveAttribute('dir', computer === 'ar' ? 'rtl' : 'ltr');
    await expect(page).toHaveTitle(SCRIPT[computer]);
    // The island's countdown speaks the page's language, in the browser.
    await expect(page.locator('.expiry-text')).toHaveText(SCRIPT[computer]);
    // What a person compares character by character stays left to right.
    expect(await page.locator('.user-code').evaluate((code) => getComputedStyle(code).direction)).toBe('ltr');
    await shot(page, `languages-${computer}-1-computer-code`);
    const path = new URL(await qrLink(page)).pathname;

    const phone = await signedInPhone(browser, undefined, { ...PHONE, locale: phoneLang });
    const mobile = await phone.newPage();
    await mobile.goto(path);
    await hydrated(mobile);
    await mobile.waitForSelector('.confirm');
    await expect(mobile.locator('html')).toHaveAttribute('lang', phoneLang);
    await expect(mobile.locator('.valid-for')).toHaveText(SCRIPT[phoneLang]);
    await shot(mobile, `languages-${phoneLang}-2-phone-confirm`);
    // The computer hears of the scan in its own language, with the name.
    // (Right to left, Fluent isolates the name: FSI … PDI.)
    const who = computer === 'ar' ? '\u2068Demo User\u2069' : 'Demo User';
    await expect(page.locator('.login-card h1')).toHaveText(message(computer, 'login-heading-check-phone').replace('{ $who }', who));
    await mobile.getByRole('button', { name: message(phoneLang, 'decision-log-in') }).click();
    await page.locator('.signed-in').waitFor();
    await expect(page.locator('.user-name')).toHaveText('Demo User');
    await mobile.getByRole('heading', { name: message(phoneLang, 'approve-done-heading') }).waitFor();
    await shot(page, `languages-${computer}-3-computer-signed-in`);
    await shot(mobile, `languages-${phoneLang}-4-phone-done`);
    expect(errors).toEqual([]);
    await phone.close();
    await desktop.close();
  });
}

/// How far `page` scrolls sideways (0: not at all).
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function narrow(browser: Browser, lang: string, signedIn: boolean) {
  // Not `isMobile`: a mobile browser widens its layout to what overflows,
  // and the overflow would not show.
  const options = { ...PHONE, isMobile: false, baseURL: BASE_URL, locale: lang, viewport: { width: 320, height: 640 } };
  return signedIn ? signedInPhone(browser, undefined, options) : browser.newContext(options);
}

test('at 320 px nothing scrolls sideways in German or Arabic', { tag: '@presentation' }, async ({ browser }) => {
  test.setTimeout(120_000);
  const wide: string[] = [];
  for (const lang of ['de', 'ar']) {
    const stranger = await narrow(browser, lang, false);
    const page = await stranger.newPage();
    for (const path of ['/', '/login', '/kiosk', '/signin', '/signup', '/recover', '/no-such-page']) {
      await page.goto(path);
      if ((await overflow(page)) > 0) wide.push(`${lang} ${path}: ${await overflow(page)} px`);
    }
    await page.goto('/login');
    const code = new URL(await qrLink(page)).pathname;
    const phone = await narrow(browser, lang, true);
    const mobile = await phone.newPage();
    for (const path of [code, '/phone', '/devices', '/activity', '/phones', '/passkeys', '/password', '/link', '/scan', '/signout']) {
      await mobile.goto(path);
      if ((await overflow(mobile)) > 0) wide.push(`${lang} ${path}: ${await overflow(mobile)} px`);
    }
    await shot(mobile, `languages-${lang}-320-devices`);
    await phone.close();
    await stranger.close();
  }
  expect(wide, wide.join('\n')).toEqual([]);
});

test('the language menu works without JavaScript and is remembered', { tag: '@languages' }, async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, baseURL: BASE_URL, javaScriptEnabled: false, locale: 'de' });
  const page = await context.newPage();
  // The browser's language first; a link's ?lang= for that page.
  await page.goto('/signin?next=/devices');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto('/signin?next=/devices&lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The menu: a form post, a 303 back to the same page (its query kept,
  // the link's language dropped), then every page in the choice.
  await page.selectOption('#language', 'ja');
  await Promise.all([page.waitForURL('**/signin?next=%2Fdevices'), page.locator('.language-menu button').click()]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#language')).toHaveValue('ja');
  await expect(page.locator('.language-menu label')).toHaveText(message('ja', 'common-language'));
  const cookie = (await context.cookies()).find((each) => each.name === 'qr_lang');
  expect(cookie?.value).toBe('ja');
  expect(cookie?.httpOnly).toBe(true);
  await page.goto('/recover');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.selectOption('#language', 'ar');
  await Promise.all([page.waitForURL('**/recover'), page.locator('.language-menu button').click()]);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await shot(page, 'languages-ar-menu-no-javascript');
  await context.close();
});
