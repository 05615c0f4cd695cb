// Browser tests in Debian's Chromium (Playwright's own browser download
// cannot be reached from these machines; PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is
// set by scripts/install-tools).
//
// scripts/test starts one server per store and sets BASE_URL. Run alone
// (`npx playwright test`, or `cargo leptos end-to-end`), the tests use the
// server at BASE_URL or start the built one on 127.0.0.1:3000 with the
// settings they rely on.
import { defineConfig } from '@playwright/test';
import { args, executablePath } from './chromium.js';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const store = process.env.SCREENSHOT_SET ?? 'local';
// Each run's own results and report (scripts/test runs two at once, and
// several of them take their screenshots into one set).
const run = process.env.RUN_NAME ?? store;

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  // One server, one demo account: the tests run one after another.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  outputDir: `test-results/${run}`,
  reporter: [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${run}` }]],
  use: {
    baseURL,
    // A trace of every failing test (DOM snapshots and network; no screencast,
    // which would double the run's time).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args },
  },
  projects: [
    // The computer that shows the code (a phone approves from its own context).
    { name: 'desktop', testMatch: /(login|flow|typed-code|lifecycle|security|accessibility|languages)\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
    // A phone that scans with its camera (scripts/test starts a server with long-lived codes; skipped otherwise).
    { name: 'camera', testMatch: /scan\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
    // The phone's own pages.
    {
      name: 'phone',
      testMatch: /(phone|no-javascript)\.spec\.ts/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
      },
    },
    // A tablet on a wall in kiosk mode.
    { name: 'tablet', testMatch: /kiosk\.spec\.ts/, use: { viewport: { width: 1024, height: 768 }, hasTouch: true } },
    // A server with NUMBER_MATCHING=true (scripts/test starts it; skipped otherwise).
    { name: 'matching', testMatch: /number-matching\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
    // A server at http://localhost (passkeys need a domain name; scripts/test starts it; skipped otherwise).
    { name: 'passkeys', testMatch: /passkeys\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
    // Another web app signing in through this one (OpenID Connect; scripts/test starts both; skipped otherwise).
    { name: 'oidc', testMatch: /oidc\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
    // Two server nodes on one Redis (scripts/test starts them; skipped otherwise).
    { name: 'nodes', testMatch: /two-nodes\.spec\.ts/ },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: '../target/release/server',
        url: `${baseURL}/healthz`,
        reuseExistingServer: true,
        env: {
          LISTEN_ADDR: '127.0.0.1:3000',
          APP_ENV: 'development',
          QR_TTL_SECS: '8',
          KIOSK_IDLE_SECS: '4',
          MAX_LINKED_SESSIONS: '100',
          CHALLENGES_PER_MINUTE: '100000',
          SIGN_INS_PER_MINUTE: '100000',
          SIGN_UPS_PER_HOUR: '100000',
          CODE_MISSES_PER_MINUTE: '100000',
          USER_CODE_MISSES_PER_HOUR: '100000',
          JWT_KEY_PATH: 'test-results/jwt.pem',
          LEPTOS_SITE_ROOT: '../target/site',
        },
      },
});
