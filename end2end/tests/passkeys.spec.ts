// Passkeys: the phone adds one (after its password), then "Log in" on the
// confirmation screen asks for it; a refused check approves nothing; and a
// passkey signs the phone in without the password. The phone's
// authenticator is Chromium's virtual one (DevTools protocol, WebAuthn
// domain), which answers with user verification until told not to.
// Passkeys need a domain name: scripts/test starts a server whose
// PUBLIC_URL is http://localhost:PORT and sets PASSKEYS; other runs skip this.
// It runs twice: plain, and with NUMBER_MATCHING, where the number tapped
// is the "Log in" that asks for the passkey.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { test, expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL, hydrated, message, PHONE, qrLink, shot, watchErrors } from './support';

test.skip(!process.env.PASSKEYS, 'needs a server whose PUBLIC_URL is a domain name (scripts/test starts one)');

const PASSWORD = 'passkey test password';

/// A virtual authenticator on `page`'s browser (fingerprint and all), over
/// `transport`: `internal` (the device's own) or `cable` (a phone reached
/// over the browser's hybrid transport: QR code and Bluetooth).
async function addAuthenticator(cdp: CDPSession, transport: 'internal' | 'cable') {
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport,
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

/// A phone whose page has a virtual platform authenticator; returns the
/// page and a switch for its user verification.
async function phoneWithAuthenticator(phone: BrowserContext) {
  const page = await phone.newPage();
  const cdp = await phone.newCDPSession(page);
  const authenticatorId = await addAuthenticator(cdp, 'internal');
  const verifies = (isUserVerified: boolean) => cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified });
  const credentials = async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  return { page, verifies, credentials };
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()} ${v.id}: ${v.help}`);
}

const MATCHING = Boolean(process.env.NUMBER_MATCHING);
const SHOTS = MATCHING ? 'passkey-matching' : 'passkey';

/// What approves on the phone: "Log in", or with number matching the
/// number the desktop shows.
async function approveButton(desktop: Page, mobile: Page) {
  if (!MATCHING) return mobile.getByRole('button', { name: 'Log in', exact: true });
  await desktop.getByRole('heading', { name: /^Check your phone, / }).waitFor();
  const shown = (await desktop.locator('.match-number').textContent())!.trim();
  return mobile.getByRole('button', { name: shown, exact: true });
}

/// The desktop's current code, opened on the phone's page.
async function openCode(desktop: Page, mobile: Page) {
  await desktop.goto('/login');
  await hydrated(desktop);
  const payload = await qrLink(desktop);
  await mobile.goto(new URL(payload).pathname);
  await mobile.getByRole('heading', { name: 'Log in on this computer?' }).waitFor();
  await hydrated(mobile);
}

test('a passkey is added, asked at "Log in", refused without the check, and signs the phone in', async ({ page, browser }) => {
  expect(new URL(BASE_URL).hostname).toBe('localhost');
  const desktopErrors = watchErrors(page);
  const phone = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  const { page: mobile, verifies, credentials } = await phoneWithAuthenticator(phone);
  const phoneErrors = watchErrors(mobile);
  const found: string[] = [];

  // A fresh account, signed in on the phone.
  const name = `pk${Date.now()}`;
  await mobile.goto('/signup');
  await mobile.fill('input[name="username"]', name);
  await mobile.fill('input[name="password"]', PASSWORD);
  await Promise.all([mobile.waitForURL(/\/recovery\?/), mobile.click('button[type="submit"]')]);
  await Promise.all([mobile.waitForURL('/phone'), mobile.getByRole('link', { name: 'I saved them: continue' }).click()]);

  // Adding one: the password first, then the phone's own check.
  await mobile.getByRole('link', { name: 'Passkeys' }).click();
  await mobile.getByRole('heading', { name: 'Passkeys' }).waitFor();
  await expect(mobile.getByText('This account has no passkey yet.')).toBeVisible();
  found.push(...(await seriousViolations(mobile)));
  await mobile.fill('#add-passkey input[name="name"]', 'Test phone');
  await mobile.fill('#add-passkey input[name="password"]', 'not the password');
  await mobile.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(mobile.getByRole('alert')).toHaveText('That password is not right. Nothing was changed.');
  expect(await credentials()).toHaveLength(0);
  await mobile.fill('#add-passkey input[name="name"]', 'Test phone');
  await mobile.fill('#add-passkey input[name="password"]', PASSWORD);
  await mobile.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(mobile.getByRole('status').first()).toHaveText('Passkey added. Logins you approve now ask for it.');
  await expect(mobile.locator('.passkey-name')).toHaveText(['Test phone']);
  expect(await credentials()).toHaveLength(1);
  await shot(mobile, `${SHOTS}-1-phone-added`);

  // "Log in" asks for it, and the desktop is signed in.
  await openCode(page, mobile);
  await expect(mobile.getByText(/asks for this phone's passkey/)).toBeVisible();
  found.push(...(await seriousViolations(mobile)));
  await shot(mobile, `${SHOTS}-2-phone-confirm`);
  await (await approveButton(page, mobile)).click();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await page.locator('.signed-in').waitFor();
  await shot(page, `${SHOTS}-3-desktop-signed-in`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();

  // The phone's check fails: nothing is approved, and the phone says why.
  await verifies(false);
  await openCode(page, mobile);
  await (await approveButton(page, mobile)).click();
  await expect(mobile.getByRole('alert')).toContainText('Your passkey did not confirm this login, so nothing was approved.');
  await mobile.getByRole('heading', { name: 'Log in on this computer?' }).waitFor();
  await shot(mobile, `${SHOTS}-4-phone-refused`);
  await expect(page.getByRole('heading', { name: /^Check your phone, / })).toBeVisible();
  await expect(page.locator('.signed-in')).toHaveCount(0);
  // Tried again with the check: approved.
  await verifies(true);
  await hydrated(mobile);
  await (await approveButton(page, mobile)).click();
  await mobile.getByRole('heading', { name: 'Done' }).waitFor();
  await page.locator('.signed-in').waitFor();

  // Signed out, the phone signs in again with the passkey alone, and no
  // username: the passkey (a resident key) names the account. First by
  // the username field's autofill (conditional mediation), which
  // Chromium's virtual authenticator answers at once with its one passkey.
  const signOut = async () => {
    await mobile.goto('/phone');
    await mobile.getByRole('link', { name: 'Sign out of this phone…' }).click();
    // The first way out logs out what it logged in, as before.
    await mobile.getByRole('button', { name: /^Sign out/ }).first().click();
  };
  const autofilled = mobile.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/web/passkey-sign-in'));
  await signOut();
  await autofilled;
  await mobile.waitForURL('/phone');
  await mobile.getByRole('heading', { name: /Hello/ }).waitFor();
  // Then by the button, as in a browser without the autofill.
  await mobile.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await signOut();
  await mobile.waitForURL(/\/signin/);
  const withPasskey = mobile.getByRole('button', { name: 'Sign in with a passkey' });
  await expect(mobile.locator('input[name="username"]')).toHaveAttribute('autocomplete', 'username webauthn');
  found.push(...(await seriousViolations(mobile)));
  await shot(mobile, `${SHOTS}-5-phone-sign-in`);
  await Promise.all([mobile.waitForURL('/phone'), withPasskey.click()]);
  await mobile.getByRole('heading', { name: /Hello/ }).waitFor();
  expect((await credentials())[0].isResidentCredential).toBe(true);

  // The list says it was used, and removing it needs the password.
  await mobile.goto('/passkeys');
  await expect(mobile.locator('.passkey')).toContainText('last used');
  await mobile.fill('.remove-passkey input[name="password"]', PASSWORD);
  await mobile.getByRole('button', { name: 'Remove' }).click();
  await expect(mobile.getByRole('status').first()).toHaveText('Passkey removed.');
  await expect(mobile.locator('.passkey')).toHaveCount(0);

  expect(found).toEqual([]);
  expect(desktopErrors).toEqual([]);
  // The one failed call is the wrong password's, which the browser logs.
  const refusedPassword = (e: string) => e.includes('status of 401');
  expect(phoneErrors.filter(refusedPassword)).toHaveLength(1);
  expect(phoneErrors.filter((e) => !refusedPassword(e))).toEqual([]);
  await phone.close();
});

/// A new account whose phone added a passkey; the passkey as the phone's
/// authenticator holds it (a resident key, with its private key).
async function accountWithPasskey(phone: BrowserContext) {
  const { page: mobile, credentials } = await phoneWithAuthenticator(phone);
  const name = `pc${Date.now()}`;
  await mobile.goto('/signup');
  await mobile.fill('input[name="username"]', name);
  await mobile.fill('input[name="password"]', PASSWORD);
  await Promise.all([mobile.waitForURL(/\/recovery\?/), mobile.click('button[type="submit"]')]);
  await mobile.goto('/passkeys');
  await mobile.fill('#add-passkey input[name="name"]', 'My phone');
  await mobile.fill('#add-passkey input[name="password"]', PASSWORD);
  await mobile.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(mobile.locator('.passkey-name')).toHaveText(['My phone']);
  const [credential] = await credentials();
  expect(credential.isResidentCredential).toBe(true);
  return { mobile, credential };
}

test('the computer signs itself in with a passkey reached over hybrid, and says what went wrong', async ({ page, browser }) => {
  test.skip(MATCHING, 'the computer\'s passkey does not depend on number matching');
  const desktopErrors = watchErrors(page);
  const phone = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  const { mobile, credential } = await accountWithPasskey(phone);
  const found: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const usePasskey = page.getByRole('button', { name: 'Use a passkey' });
  const status = page.locator('#passkey-login .passkey-status');

  // The kiosk does not offer it (KIOSK_PASSKEYS is off); /login does,
  // beside the QR code, and its one line says why.
  const kiosk = await page.context().newPage();
  await kiosk.goto('/kiosk');
  await kiosk.locator('.qr-code svg').waitFor();
  await expect(kiosk.locator('#passkey-login')).toHaveCount(0);
  await kiosk.close();
  await page.goto('/login');
  await hydrated(page);
  await expect(usePasskey).toBeVisible();
  await expect(page.locator('.passkey-why')).toHaveText(message('en', 'login-passkey-why'));
  found.push(...(await seriousViolations(page)));
  await shot(page, 'passkey-computer-1-offered');

  // A passkey this site does not know (removed from the account, say):
  // a clear sentence, and nothing signed in.
  let authenticatorId = await addAuthenticator(cdp, 'cable');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await cdp.send('WebAuthn.addCredential', {
    authenticatorId,
    credential: {
      credentialId: randomBytes(16).toString('base64'),
      isResidentCredential: true,
      rpId: credential.rpId,
      privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      userHandle: credential.userHandle,
      signCount: 0,
    },
  });
  await usePasskey.click();
  await expect(status).toHaveText(message('en', 'error-passkey-browser-refused'));
  found.push(...(await seriousViolations(page)));
  await shot(page, 'passkey-computer-2-unknown');
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });

  // The phone's passkey, over hybrid; its check refused first: nothing.
  authenticatorId = await addAuthenticator(cdp, 'cable');
  await cdp.send('WebAuthn.addCredential', { authenticatorId, credential });
  await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
  await usePasskey.click();
  await expect(status).toHaveText(message('en', 'login-passkey-cancelled'));
  await expect(page.locator('.signed-in')).toHaveCount(0);
  found.push(...(await seriousViolations(page)));

  // Then with it: this browser is signed in, as an approval would have.
  await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });
  await Promise.all([page.waitForEvent('load'), usePasskey.click()]);
  await page.locator('.signed-in').waitFor();
  await expect(page.locator('#passkey-login')).toHaveCount(0);
  await shot(page, 'passkey-computer-3-signed-in');

  // The phone lists it, named after the passkey, as a passkey's login.
  await mobile.goto('/devices');
  const row = mobile.locator('.device').first();
  await expect(row).toContainText('by My phone');
  await expect(row).toContainText(message('en', 'devices-came-passkey'));
  // No phone approved it: not "You just approved this one".
  await expect(row.locator('.badge')).toHaveCount(0);
  found.push(...(await seriousViolations(mobile)));
  await shot(mobile, 'passkey-computer-4-phone-devices');

  expect(found).toEqual([]);
  // The unknown passkey's refusal is a 403 the browser logs; nothing else.
  const refused = (e: string) => e.includes('status of 403');
  expect(desktopErrors.filter(refused)).toHaveLength(1);
  expect(desktopErrors.filter((e) => !refused(e))).toEqual([]);
  await phone.close();
});
