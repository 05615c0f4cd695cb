// Debian's Chromium as every browser run here starts it (Playwright's own
// browser download cannot be reached from these machines). Shared by
// playwright.config.ts, tests that launch their own browsers, and lighthouse.mjs.
//
// The tests drive Debian's headless shell (chromium-headless-shell): the
// same engine without the full browser's headless mode, which on two cores
// took the browser lanes from 296 s to about 150 s. The full browser stays
// where the shell falls short or a person's browser is the point: the fake
// camera (scan.spec.ts) and Lighthouse's figures.
export const executablePath = process.env.CHROMIUM ?? '/usr/lib/chromium/chromium-headless-shell';
export const fullBrowserPath = process.env.CHROMIUM_FULL ?? '/usr/bin/chromium';
export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
