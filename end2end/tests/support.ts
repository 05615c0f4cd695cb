// Shared by the browser tests: screenshots kept under end2end/screenshots/
// for review, console errors collected, the emulated phone, and a phone
// context signed in as the development demo user.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

const SCREENSHOTS = new URL(`../screenshots/${process.env.SCREENSHOT_SET ?? 'local'}/`, import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

export const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });

/// Collects the page's console errors and uncaught exceptions (hydration
/// mismatches, WASM panics and Content-Security-Policy violations show there).
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/// An emulated phone (Pixel-sized, touch, Android Chrome).
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
};

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

/// Waits until the page's islands run (pages with something live only:
/// the others are plain HTML and load no WASM at all).
export const hydrated = (page: Page) => page.waitForSelector('html[data-hydrated="true"]');

/// Fills in and sends the sign-in form of `page` (on /signin), landing on `landing`.
export async function signIn(page: Page, username: string, password: string, landing: string | RegExp = '/phone', screenshot?: string) {
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  if (screenshot) await shot(page, screenshot);
  await Promise.all([page.waitForURL(landing), page.click('button[type="submit"]')]);
}

/// A phone context signed in as the development demo user; `screenshot`
/// names a picture of the filled-in sign-in form.
export async function signedInPhone(browser: Browser, screenshot?: string, options: BrowserContextOptions = {}) {
  const phone = await browser.newContext({ ...PHONE, ...options, baseURL: BASE_URL });
  const page = await phone.newPage();
  await page.goto('/signin');
  await signIn(page, 'demo', 'demo-password', '/phone', screenshot);
  await page.close();
  return phone;
}

/// The link the QR code on `page` (/login, /kiosk) says.
export const qrLink = async (page: Page) => (await page.locator('.qr-code').getAttribute('data-payload'))!;

/// Waits, if it must, until the code on `page` (/login, /kiosk) has at least
/// `seconds` left before its page renews it (two seconds before expiry):
/// then a phone has time to use it. Returns its typed code.
export async function codeWithTimeLeft(page: Page, seconds = 4): Promise<string> {
  const code = page.locator('.user-code');
  const left = Number(await page.locator('.expiry-seconds').textContent());
  if (!(left - 2 >= seconds)) {
    const before = await code.textContent();
    await page.waitForFunction((old) => document.querySelector('.user-code')?.textContent !== old, before, { timeout: 20_000 });
  }
  return (await code.textContent())!;
}

/// A one-line message of `i18n/locales/<lang>.ftl`, as a page shows it: the
/// tests expect the words of the very files the server formats.
export function message(lang: string, key: string): string {
  const file = readFileSync(new URL(`../../i18n/locales/${lang}.ftl`, import.meta.url), 'utf8');
  const line = file.split('\n').find((each) => each.startsWith(`${key} =`));
  if (!line || line.trim().endsWith('=')) throw new Error(`no one-line message ${key} in ${lang}.ftl`);
  return line.slice(line.indexOf('=') + 1).trim();
}
