// "Scan a code" inside the phone's page (/scan). Chromium's fake camera is
// fed a frame of the QR that /login shows right now, as the screen shows it
// (with the site's mark over it when the server lays one: QR_MARK); the
// page reads it with its WASM decoder (this Chromium has no
// BarcodeDetector), opens the confirmation, and the desktop signs in. A
// second reader, zbar, reads the same picture. Also the screens for a code
// of another site, a refused camera and no camera.
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, fullBrowserPath } from '../chromium.js';
import { BASE_URL, PHONE, codeWithTimeLeft, hydrated, shot, signedInPhone, watchErrors } from './support';

const SIDE = 480;

/// The grey levels (SIDE × SIDE) of a screenshot (PNG) drawn on white with
/// a margin, as a camera would see the screen.
async function greyFrame(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async ({ png, side }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.drawImage(image, 60, 60, side - 120, side - 120);
    const { data } = context.getImageData(0, 0, side, side);
    return Array.from({ length: side * side }, (_, i) => data[4 * i]);
  }, { png: png.toString('base64'), side: SIDE });
}

/// A Y4M video of one grey frame: what --use-file-for-fake-video-capture plays.
function writeVideo(file: string, grey: number[]) {
  const header = Buffer.from(`YUV4MPEG2 W${SIDE} H${SIDE} F5:1 Ip A1:1 C420jpeg\nFRAME\n`);
  const chroma = Buffer.alloc((SIDE / 2) * (SIDE / 2) * 2, 128);
  writeFileSync(file, Buffer.concat([header, Buffer.from(grey), chroma]));
}

// scripts/test sets CAMERA on a server whose codes live 60 s: with the
// suites' 8-second codes, a busy machine sometimes read one already replaced.
test.skip(!process.env.CAMERA, 'needs a server with long-lived codes (scripts/test starts one)');

let camera: Browser | undefined;
test.afterAll(async () => { await camera?.close(); });

test('the phone scans the desktop code inside its page, and the desktop signs in', async ({ page, browser }) => {
  const signedIn = await signedInPhone(browser);
  const storageState = await signedIn.storageState();
  await signedIn.close();
  const errors = watchErrors(page);
  await page.goto('/login');
  await hydrated(page);
  // The camera browser is ready before the code is drawn: Chromium reads
  // the video file when a page opens the camera, so the frame written just
  // before that is what it plays.
  const video = join(mkdtempSync(join(tmpdir(), 'scan-')), 'qr.y4m');
  writeVideo(video, new Array(SIDE * SIDE).fill(255));
  // The full browser: the headless shell plays no fake camera.
  camera = await chromium.launch({
    executablePath: fullBrowserPath,
    args: [...args, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  const phone = await camera.newContext({ ...PHONE, baseURL: BASE_URL, storageState, permissions: ['camera'] });
  const mobile = await phone.newPage();
  const phoneErrors = watchErrors(mobile);
  // This Chromium has no BarcodeDetector: the page's own decoder reads the frame.
  const fetched: string[] = [];
  mobile.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await mobile.goto('/phone');

  // A code with time left, so that it is still on screen when the phone reads it.
  await codeWithTimeLeft(page);
  const code = page.locator('.qr-code');
  const mark = await code.evaluate((el) => getComputedStyle(el, '::after').backgroundImage);
  if (process.env.QR_MARK) {
    expect(mark).toContain('/favicon.svg');
    await shot(page, 'scan-0-desktop-code-with-mark');
  } else {
    expect(mark).toBe('none');
  }
  const picture = join(mkdtempSync(join(tmpdir(), 'code-')), 'code.png');
  const png = await code.screenshot({ path: picture });
  // zbar, a reader of its own, reads what the screen shows too.
  const payload = await code.getAttribute('data-payload');
  expect(execFileSync('zbarimg', ['--raw', '-q', picture]).toString().trim()).toBe(payload);
  writeVideo(video, await greyFrame(page, png));
  await mobile.getByRole('link', { name: 'Scan a code' }).click();
  await mobile.waitForURL(/\/l\/[A-Za-z0-9_-]{22}$/);
  expect(fetched).toContain('/scan/scanner_bg.wasm');
  await hydrated(mobile);
  await page.getByRole('heading', { name: /^Check your phone, / }).waitFor();
  await shot(mobile, 'scan-1-phone-confirm');
  await mobile.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.signed-in').waitFor();
  await shot(page, 'scan-2-desktop-signed-in');

  // A code of another site: named as such, and not followed. (A stand-in
  // BarcodeDetector reads it: the browser's own reader where there is one.)
  const foreign = await phone.newPage();
  await foreign.addInitScript(() => {
    (window as any).BarcodeDetector = class {
      static async getSupportedFormats() { return ['qr_code']; }
      async detect() { return [{ rawValue: 'https://login.evil.example/l/AAAAAAAAAAAAAAAAAAAAAA' }]; }
    };
  });
  await foreign.goto('/scan');
  await expect(foreign.locator('#scanner')).toHaveAttribute('data-decoder', 'native');
  await expect(foreign.locator('.scan-status')).toContainText('This code is not for');
  await shot(foreign, 'scan-3-phone-not-this-site');
  expect(foreign.url()).toMatch(/\/scan$/);
  await foreign.close();
  await phone.close();

  // The camera refused, and no camera at all: each says so and offers the typed code.
  const refused = await camera.newContext({ ...PHONE, baseURL: BASE_URL, storageState });
  // No permission granted: the browser refuses the camera, as when a person taps "Block".
  const denied = await refused.newPage();
  await denied.goto('/scan');
  await expect(denied.getByRole('heading', { name: 'The camera is not allowed' })).toBeVisible();
  await expect(denied.locator('#scanner')).toBeHidden();
  await expect(denied.getByRole('link', { name: 'Type the code instead' })).toBeVisible();
  await shot(denied, 'scan-4-phone-camera-refused');
  const none = await refused.newPage();
  await none.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('none', 'NotFoundError'));
  });
  await none.goto('/scan');
  await expect(none.getByRole('heading', { name: 'No camera found' })).toBeVisible();
  await expect(none.locator('#scanner')).toBeHidden();
  await shot(none, 'scan-5-phone-no-camera');
  await refused.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.qr-code svg').waitFor();
  expect(errors).toEqual([]);
  expect(phoneErrors).toEqual([]);
});
