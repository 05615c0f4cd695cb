// The computer signs itself in with a passkey: the browser's own prompt,
// which on a computer without one offers "use a phone or tablet" (hybrid:
// the browser's QR code, then Bluetooth proves the phone is near). The
// answer goes to POST /api/session/passkey, whose reply sets the session
// cookie; the page then goes where a phone's approval would have sent it.

import { word } from '../words.js';
import { answer, requestOptions } from './webauthn.js';

/** A JSON call of this site; a network failure reads as an error body. */
async function call(path, body) {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const reply = await response.json().catch(() => ({}));
    return { ok: response.ok, body: reply };
  } catch {
    return { ok: false, body: { message: word('network-unreachable-retry') } };
  }
}

/** Where the page goes once signed in: the app waiting, the page that sent
 * the computer here, or this page again (now its signed-in view). */
function onward({ authorization, onward: next }) {
  if (authorization) return `/oauth/continue/${encodeURIComponent(authorization)}`;
  return next || window.location.pathname;
}

export async function signIn(section) {
  const button = section.querySelector('button');
  const status = section.querySelector('.passkey-status');
  const say = (text) => { status.textContent = text; };
  if (button.disabled) return;
  button.disabled = true;
  let done = false;
  try {
    const started = await call('/api/auth/passkey/options', {});
    if (!started.ok) return say(started.body.message ?? word('network-unreachable-retry'));
    say(word('login-passkey-waiting'));
    let credential;
    try {
      const publicKey = requestOptions(started.body.options.publicKey);
      credential = await navigator.credentials.get({ publicKey });
    } catch {
      return say(word('login-passkey-cancelled'));
    }
    const { kiosk, authorization } = section.dataset;
    const signedIn = await call('/api/session/passkey', {
      ceremony: started.body.ceremony,
      credential: answer(credential),
      keepSignedIn: section.querySelector('input[name="keep-signed-in"]')?.checked === true,
      kiosk: kiosk === 'true',
      ...(authorization ? { authorization } : {}),
    });
    if (!signedIn.ok) return say(signedIn.body.message ?? word('network-unreachable-retry'));
    say(word('login-passkey-signed-in'));
    window.location.replace(onward(section.dataset));
    done = true; // The button stays off while the page goes.
  } finally {
    button.disabled = done;
  }
}
