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
