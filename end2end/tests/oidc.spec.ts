// OpenID Connect: another web app (examples/rp, at RP_URL) signs its user in
// through this site's QR login, and hears it when the phone logs that
// browser out. scripts/test starts the provider with the example app
// registered (OIDC_CLIENTS) and the app itself, and sets RP_URL; other
// runs skip this.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { BASE_URL, hydrated, qrLink, shot, signedInPhone, watchErrors } from './support';

const RP_URL = process.env.RP_URL ?? '';
/// Where the public clients scripts/test registers come back to (answered
/// by the test itself).
const SPA_URL = process.env.SPA_URL ?? '';
test.skip(!RP_URL, 'needs the example app and a provider that registers it (scripts/test starts both)');

test('cancelling on the QR page goes back to the app, which says so in words', async ({ page }) => {
  await page.goto(RP_URL);
  await page.getByRole('link', { name: 'Log in with your phone' }).click();
  await page.waitForURL(`${BASE_URL}/login?authorization=*`);
  await page.getByRole('button', { name: 'Cancel and go back to Example app' }).click();
  await page.getByRole('heading', { name: 'Sign-in cancelled' }).waitFor();
  await expect(page.getByText('access_denied')).toHaveCount(0);
  await shot(page, 'oidc-cancelled');
});

test('an app signs in by the scan, and the phone logs it out live', async ({ page, browser }) => {
  const phone = await signedInPhone(browser);
  const errors = watchErrors(page);

  // The app: signed out, one button.
  await page.goto(RP_URL);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await shot(page, 'oidc-1-app-signed-out');
  await page.getByRole('link', { name: 'Log in with your phone' }).click();

  // This site's QR page, naming the app.
  await page.waitForURL(`${BASE_URL}/login?authorization=*`);
  await expect(page.locator('.app-banner')).toHaveText('Sign in to Example app');
  await expect(page.getByRole('button', { name: 'Cancel and go back to Example app' })).toBeVisible();
  await hydrated(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await shot(page, 'oidc-2-desktop-code');

  // The phone names the app too, then approves.
  const mobile = await phone.newPage();
  const payload = await qrLink(page);
  await mobile.goto(new URL(payload).pathname);
  // What is granted: this site's sign-in, for the app by its name.
  await expect(mobile.locator('.site-banner')).toHaveText(/^Logging in to .+ for Example app/);
  // Its first sign-in with this account: the phone asks before it learns who this is.
  await expect(mobile.locator('.consent')).toContainText('Example app wants to know it is you: your name and username.');
  await hydrated(mobile);
  await shot(mobile, 'oidc-3-phone-confirm');
  await mobile.getByRole('button', { name: 'Log in', exact: true }).click();

  // Back on the app, signed in as the phone's user.
  await page.waitForURL(`${RP_URL}/`);
  await expect(page.locator('#user')).toHaveText('Demo User');
  await shot(page, 'oidc-4-app-signed-in');

  // The phone logs that browser out: the app hears it from the provider
  // (back-channel logout) and its page shows it without a touch.
  await mobile.goto('/devices');
  await hydrated(mobile);
  const row = mobile.locator('.device').filter({ hasText: 'Chrome on Linux' }).first();
  const clicked = Date.now();
  await row.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByText('You are signed out.')).toBeVisible({ timeout: 10_000 });
  console.log(`# phone "Log out" -> the app signed out: ${Date.now() - clicked} ms`);
  await shot(page, 'oidc-5-app-signed-out-by-phone');

  // Signing in again needs a new scan: the provider's session went too.
  await page.getByRole('link', { name: 'Log in with your phone' }).click();
  await page.waitForURL(`${BASE_URL}/login?authorization=*`);
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  await phone.close();
});

// A second, independent client library (openid-client, on the spec's
// conformance list): discovery, code + PKCE, the ID token's signature
// checked with the JWKS alone by the algorithm each client registered,
// userinfo, a refresh that rotates, and revocation that ends the grant.
for (const [id, alg] of [['spa', 'ES256'], ['spa-rsa', 'RS256']] as const) {
  test(`openid-client signs in with ${alg}, refreshes and revokes`, async ({ page, browser }) => {
    test.skip(!SPA_URL, 'needs the public clients scripts/test registers');
    const phone = await signedInPhone(browser);
    const config = await oidc.discovery(new URL(BASE_URL), id, undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    const redirect_uri = `${SPA_URL}/cb`;
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri,
      scope: 'openid profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    await page.goto(url.href);
    await page.waitForURL(`${BASE_URL}/login?authorization=*`);
    await hydrated(page);
    const mobile = await phone.newPage();
    await mobile.goto(new URL(await qrLink(page)).pathname);
    await hydrated(mobile);
    // Nothing answers there: the request the browser makes is enough.
    const back = page.waitForRequest((request) => request.url().startsWith(`${redirect_uri}?`));
    await mobile.getByRole('button', { name: 'Log in', exact: true }).click();
    const callback = new URL((await back).url());

    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const sub = tokens.claims()!.sub;
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
    const verified = await jwtVerify(tokens.id_token!, jwks, { issuer: BASE_URL, audience: id, algorithms: [alg] });
    expect(verified.protectedHeader.alg).toBe(alg);
    expect(verified.payload.sub).toBe(sub);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, sub);
    expect(info.preferred_username).toBe('demo');

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()!.sub).toBe(sub);
    expect((await oidc.fetchUserInfo(config, refreshed.access_token, sub)).sub).toBe(sub);

    await oidc.tokenRevocation(config, refreshed.refresh_token!);
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(oidc.fetchUserInfo(config, refreshed.access_token, sub)).rejects.toThrow();
    await phone.close();
  });
}

// The device grant (RFC 8628) by openid-client, as a TV app would use it:
// the person types the device's code on the phone's /link page, which says
// it is a device of that app, and confirms; the device's poll then gets
// tokens whose ID token verifies with the JWKS.
test('openid-client signs a device in by the phone (device grant)', async ({ browser }) => {
  test.skip(!SPA_URL, 'needs the device client scripts/test registers');
  const phone = await signedInPhone(browser);
  const config = await oidc.discovery(new URL(BASE_URL), 'tv', undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  const started = await oidc.initiateDeviceAuthorization(config, { scope: 'openid profile' });
  expect(started.verification_uri).toBe(`${BASE_URL}/link`);
  expect(started.verification_uri_complete).toMatch(new RegExp(`^${BASE_URL}/l/`));

  const mobile = await phone.newPage();
  await mobile.goto('/link');
  await mobile.locator('input[name=code]').fill(started.user_code);
  await mobile.getByRole('button', { name: 'Continue' }).click();
  await mobile.getByRole('heading', { name: 'Log in on this device?' }).waitFor();
  await expect(mobile.locator('.site-banner')).toContainText('for Example TV');
  await hydrated(mobile);
  const axe = await new AxeBuilder({ page: mobile }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await shot(mobile, 'oidc-device-phone-confirm');

  const polled = oidc.pollDeviceAuthorizationGrant(config, started);
  await mobile.getByRole('button', { name: 'Log in', exact: true }).click();
  const tokens = await polled;
  const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
  const verified = await jwtVerify(tokens.id_token!, jwks, { issuer: BASE_URL, audience: 'tv', algorithms: ['ES256'] });
  const info = await oidc.fetchUserInfo(config, tokens.access_token, verified.payload.sub!);
  expect(info.preferred_username).toBe('demo');
  expect(tokens.refresh_token).toBeTruthy();
  await phone.close();
});
