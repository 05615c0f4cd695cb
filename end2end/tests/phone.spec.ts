// The phone's own account pages: its signed-in phones and its password.
import { test, expect } from '@playwright/test';
import { shot, signIn, signedInPhone } from './support';

test('a phone signs another phone out from Signed-in phones', async ({ browser, page }) => {
  await page.goto('/signin');
  await signIn(page, 'demo', 'demo-password');
  const other = await signedInPhone(browser);
  await page.goto('/phones');
  const rows = page.locator('.phone-session');
  expect(await rows.count(), 'both phones are listed').toBeGreaterThanOrEqual(2);
  expect(await page.locator('.phone-session .badge').count(), 'this phone is marked').toBe(1);
  await shot(page, 'phones-list');
  // The newest other phone: the one signed in just now.
  const target = rows.filter({ hasNot: page.locator('.badge') }).last();
  const before = await rows.count();
  await target.getByRole('button', { name: /^Sign out/ }).click();
  await expect(rows).toHaveCount(before - 1);
  const check = await other.newPage();
  await check.goto('/phone');
  await check.getByRole('heading', { name: 'Not signed in' }).waitFor();
  await other.close();
});

test('changing the password signs the other phones out', async ({ browser, page }) => {
  const name = `pw${Date.now()}`;
  await page.goto('/signup');
  await signIn(page, name, 'first password', /\/recovery\?/);
  const second = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await second.newPage();
  await other.goto('/signin');
  await signIn(other, name, 'first password');

  await page.goto('/password');
  await page.fill('input[name="current_password"]', 'first password');
  await page.fill('input[name="new_password"]', 'second password');
  await page.click('button[type="submit"]');
  await page.getByText('Password changed').waitFor();
  await shot(page, 'password-changed');
  await other.goto('/phone');
  await other.getByRole('heading', { name: 'Not signed in' }).waitFor();
  await page.goto('/phone');
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  await second.close();
});

test('the phone pages go on the home screen: a manifest that opens on the account, with icons that load', async ({ page }) => {
  await page.goto('/signin');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(href!)).json();
  expect(manifest.start_url).toBe('/phone');
  expect(manifest.display).toBe('standalone');
  for (const icon of manifest.icons) {
    const answer = await page.request.get(icon.src);
    expect(answer.status(), icon.src).toBe(200);
    expect(answer.headers()['content-type'], icon.src).toBe(icon.type);
  }
  expect(manifest.shortcuts[0].url).toBe('/scan');
});
