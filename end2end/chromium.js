// Debian's Chromium as every browser run here starts it (Playwright's own
// browser download cannot be reached from these machines). Shared by
// playwright.config.ts, tests that launch their own browsers, and lighthouse.mjs.
export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
