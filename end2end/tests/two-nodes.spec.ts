// Two server nodes on one Redis, as behind a load balancer: the desktop's
// browser reaches node A, the phone's reaches node B, under the one name of
// the site (each browser resolves it to its own node). scripts/test starts
// the nodes and sets NODE_A_IP / NODE_B_IP; other runs skip this file.
import { test, expect, chromium, type Browser } from '@playwright/test';
import { args, executablePath } from '../chromium.js';
import { BASE_URL, hydrated, PHONE, qrLink, shot, signIn, watchErrors } from './support';

const NODE_A = process.env.NODE_A_IP;
const NODE_B = process.env.NODE_B_IP;
test.skip(!NODE_A || !NODE_B, 'needs two nodes (scripts/test starts them)');

/// A browser for which the site's name resolves to `ip`.
const browserOn = (ip: string) =>
  chromium.launch({
    executablePath,
    args: [...args, `--host-resolver-rules=MAP ${new URL(BASE_URL).hostname} ${ip}`],
  });

let desktopBrowser: Browser;
let phoneBrowser: Browser;
test.beforeAll(async () => {
  desktopBrowser = await browserOn(NODE_A!);
  phoneBrowser = await browserOn(NODE_B!);
});
test.afterAll(async () => {
  await desktopBrowser?.close();
  await phoneBrowser?.close();
});

test('a desktop on node A is signed in by a phone on node B (warned that it is elsewhere), and logged out from it live', async () => {
  // Behind the load balancer (TRUST_PROXY), the desktop is somewhere else
  // than the phone: the proxy names its address.
  const desktopContext = await desktopBrowser.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.7' },
  });
  const desktop = await desktopContext.newPage();
  const errors = watchErrors(desktop);
  const shown = await desktop.goto('/login');
  expect((await shown!.serverAddr())?.ipAddress, 'the desktop is on node A').toBe(NODE_A);
  await hydrated(desktop);
  const payload = await qrLink(desktop);

  const mobile = await (await phoneBrowser.newContext({ ...PHONE, baseURL: BASE_URL })).newPage();
  const signInPage = await mobile.goto('/signin');
  expect((await signInPage!.serverAddr())?.ipAddress, 'the phone is on node B').toBe(NODE_B);
  await signIn(mobile, 'demo', 'demo-password');
  await mobile.goto(new URL(payload).pathname);
  await mobile.waitForSelector('.confirm');
  // On another network than the phone: the confirmation screen says so first.
  expect(await mobile.locator('.requester-ip').textContent()).toBe('203.0.113.7');
  await expect(mobile.getByRole('alert')).toContainText('This computer is on another network than your phone.');
  await shot(mobile, 'two-nodes-phone-elsewhere');
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  // Approved on B; the desktop's socket on A hears it.
  await desktop.locator('.signed-in').waitFor();
  await shot(desktop, 'two-nodes-desktop-signed-in');
  const { sessionId } = await desktop.evaluate(async () => (await fetch('/api/session')).json());

  await mobile.goto('/devices');
  const row = mobile.locator(`.device[data-session-id="${sessionId}"]`);
  await row.getByRole('button', { name: 'Log out' }).click();
  // Logged out on B; the desktop's session socket on A hears it at once.
  await desktop.getByRole('heading', { name: 'You were signed out' }).waitFor();
  await shot(desktop, 'two-nodes-desktop-signed-out');
  expect(await desktop.evaluate(async () => (await fetch('/api/session')).status)).toBe(401);
  // Plain http under a name that is not localhost: Chromium says it ignores
  // the Cross-Origin-Opener-Policy header (it needs a trustworthy origin).
  const untrustworthy = (e: string) => e.includes('Cross-Origin-Opener-Policy header has been ignored');
  expect(errors.filter((e) => !e.includes('401') && !untrustworthy(e))).toEqual([]);
});
