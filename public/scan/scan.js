// The phone's scanner on /scan: the back camera inside the page, a frame
// every 250 ms, read by the browser's BarcodeDetector where it has one and
// otherwise by scanner_bg.wasm (the `scanner` crate, rqrr), which only this
// page loads. Only this site's login codes are followed; anything else is
// named as not this site's. Plain JavaScript on purpose: as an island it
// would be in the WASM every page loads.
import { word } from '../words.js';

const root = document.getElementById('scanner');
const status = root.querySelector('.scan-status');
const video = root.querySelector('video');
const { site, origin, scheme } = root.dataset;
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

const say = (text) => { status.textContent = text; };

/// One of the page's prepared screens (camera refused, no camera).
function fail(name) {
  root.hidden = true;
  document.getElementById(`scan-${name}`).hidden = false;
}

/// The approve page that `text` opens, when it is a login code of this site.
function approvePath(text) {
  let url;
  try { url = new URL(text); } catch { return null; }
  const path = url.pathname.match(/^\/l\/([^/]+)$/);
  if (url.origin === origin && path && TOKEN.test(path[1])) return url.pathname;
  const token = url.searchParams.get('token');
  if (scheme && url.protocol === `${scheme}:` && url.host === 'qr-auth' && token && TOKEN.test(token)) return `/l/${token}`;
  return null;
}

/// A function from a drawn frame to the texts of the codes in it.
async function decoder() {
  if ('BarcodeDetector' in window) {
    try {
      if ((await window.BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
        const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        root.dataset.decoder = 'native';
        return async (canvas) => (await detector.detect(canvas)).map((code) => code.rawValue);
      }
    } catch { /* fall back to the WASM reader */ }
  }
  const wasm = await import('./scanner.js');
  await wasm.default();
  root.dataset.decoder = 'wasm';
  return async (canvas, context) => {
    const { width, height, data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const text = wasm.decode(width, height, data);
    return text === undefined ? [] : [text];
  };
}

async function start() {
  if (!navigator.mediaDevices?.getUserMedia) return fail('none');
  root.hidden = false;
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    return fail(error?.name === 'NotAllowedError' || error?.name === 'SecurityError' ? 'denied' : 'none');
  }
  video.srcObject = stream;
  await video.play().catch(() => {});
  const decode = await decoder();
  say(word('script-scan-point'));
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const look = async () => {
    if (video.videoWidth) {
      // 640 px on the long side are plenty for a code on a screen, and cheap.
      const scale = Math.min(1, 640 / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      for (const text of await decode(canvas, context)) {
        const path = approvePath(text);
        if (path) {
          say(word('script-scan-found'));
          stream.getTracks().forEach((track) => track.stop());
          location.assign(path);
          return;
        }
        say(word('script-scan-other-site', { site }));
      }
    }
    setTimeout(look, 250);
  };
  look();
}

start();
