// Shared by the browser tests: Debian's Chromium, the server under test, and
// screenshots kept under end2end/screenshots/ for review.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
export const SCREENSHOTS = `${new URL('../screenshots/', import.meta.url).pathname}${process.env.SCREENSHOT_SET ?? ''}/`;
mkdirSync(SCREENSHOTS, { recursive: true });

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/// Collects the page's console errors and uncaught exceptions (hydration
/// mismatches and WASM panics show up there).
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

export const shot = (page, name) => page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });

/// An emulated phone (Pixel-sized, touch, Android Chrome).
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
};

/// A phone context signed in as the development demo user; `screenshot`
/// names a picture of the filled-in sign-in form.
export async function signedInPhone(browser, screenshot) {
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  await page.goto(`${BASE_URL}/signin`);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.fill('input[name="username"]', 'demo');
  await page.fill('input[name="password"]', 'demo-password');
  if (screenshot) await shot(page, screenshot);
  await Promise.all([page.waitForURL(`${BASE_URL}/phone`), page.click('button[type="submit"]')]);
  await page.close();
  return phone;
}
