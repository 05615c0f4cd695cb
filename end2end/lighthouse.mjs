// Lighthouse (mobile profile: a mid-range phone on slow 4G, simulated) on
// the two pages people wait for: /login and the phone's /l/{token}. Prints
// every score; fails only when accessibility is under 100 (performance
// depends on the machine, so it is printed, never enforced).
//
// usage: node lighthouse.mjs http://127.0.0.1:PORT
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { args, fullBrowserPath } from './chromium.js';

const base = process.argv[2] ?? process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const origin = { Origin: base };

/// A phone's sign-in cookies for the demo user (development server).
async function phoneCookies() {
  const body = new URLSearchParams({ username: 'demo', password: 'demo-password', next: '/phone' });
  const reply = await fetch(`${base}/api/web/sign-in`, {
    method: 'POST', body, redirect: 'manual', headers: { ...origin, Accept: 'text/html' },
  });
  const cookies = reply.headers.getSetCookie().map((c) => {
    const [name, ...value] = c.split(';')[0].split('=');
    return { name, value: value.join('='), url: base };
  });
  if (!cookies.length) throw new Error(`sign-in gave no cookie (${reply.status})`);
  return cookies;
}

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/// The path of a fresh login code.
async function codePath() {
  const reply = await fetch(`${base}/api/qr/challenge`, {
    method: 'POST', body: '{}', headers: { ...origin, 'Content-Type': 'application/json' },
  });
  const created = await reply.json();
  return new URL(created.qrPayload).pathname;
}

// Debian's Chromium, started by Playwright so the phone's cookie can be put
// in it; Lighthouse drives it over its debugging port and keeps its storage.
// A fresh browser per page: each is measured on a first visit, cache empty.
async function audit(url, cookies) {
  const port = await freePort();
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lighthouse-')), {
    executablePath: fullBrowserPath,
    args: [...args, `--remote-debugging-port=${port}`],
  });
  try {
    await browser.addCookies(cookies);
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: true,
    });
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await browser.close();
  }
}

let failed = false;
// Each page's URL and cookies are made just before its audit: codes are
// short-lived on the test server.
const pages = [
  { name: '/login', prepare: async () => [`${base}/login`, []] },
  { name: '/l/{token} (signed-in phone)', prepare: async () => [`${base}${await codePath()}`, await phoneCookies()] },
];
// Lighthouse now and then fails to record a page's trace (NO_NAVSTART):
// that run measured nothing, so the page is audited again, once, afresh.
async function measured(page) {
  try {
    return await audit(...(await page.prepare()));
  } catch (error) {
    console.log(`lighthouse ${page.name}: ${error.message}; auditing it again`);
    return audit(...(await page.prepare()));
  }
}

for (const page of pages) {
  const { categories, audits } = await measured(page);
  const score = (c) => Math.round(c.score * 100);
  const metric = (id) => audits[id]?.displayValue ?? '?';
  console.log(`lighthouse ${page.name}: performance ${score(categories.performance)}, ` +
    `accessibility ${score(categories.accessibility)} | FCP ${metric('first-contentful-paint')}, ` +
    `LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, ` +
    `CLS ${metric('cumulative-layout-shift')}, TTI ${metric('interactive')}, ` +
    `${metric('total-byte-weight')}`);
  if (score(categories.accessibility) < 100) {
    failed = true;
    for (const ref of categories.accessibility.auditRefs) {
      const result = audits[ref.id];
      if (result.score !== null && result.score < 1) console.log(`  accessibility: ${result.id}: ${result.title}`);
    }
  }
}
if (failed) {
  console.error('lighthouse: accessibility under 100');
  process.exit(1);
}
