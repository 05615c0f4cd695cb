// Passkeys on the phone's pages (navigator.credentials): "Log in" on the
// confirmation screen (form#approve[data-passkey]), "Add a passkey" on
// /passkeys (form#add-passkey) and "Sign in with a passkey" on /signin
// (#passkey-sign-in, and the username field's autofill). Each hands the server's options to the phone's
// authenticator and posts its answer with the page's own form, so every
// outcome lands on a page the server chose; a refusal is posted as
// "refused" and the server says what happened. Plain JavaScript on purpose:
// as an island it would be in the WASM every page loads.

import { word } from '../words.js';
import { answer, creationOptions, requestOptions } from './webauthn.js';

/// The answer to `prompt` as text for a form field; "refused" when the
/// person cancelled or the phone could not (the server then says so).
async function ask(prompt) {
  try {
    return JSON.stringify(answer(await prompt()));
  } catch {
    return 'refused';
  }
}

/// A server function's JSON answer (a form post would get a page).
async function post(path, fields) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(fields),
  });
  const body = await response.json().catch(() => ({ error: 'unavailable' }));
  return { ok: response.ok, body, retry: response.headers.get('Retry-After') ?? '' };
}

/// The page `path` with the error of a failed call, to say it in words.
function showError(path, { body, retry }, extra = {}) {
  const query = new URLSearchParams({ error: body.error ?? 'internal', retry, ...extra });
  window.location.assign(`${path}?${query}`);
}

// The confirmation screen: "Log in" (or the number picked) asks first.
const approve = document.querySelector('form#approve[data-passkey]');
approve?.addEventListener('submit', async (event) => {
  const field = approve.elements.namedItem('passkey');
  if (field.value) return;
  event.preventDefault();
  const pick = event.submitter;
  if (pick?.name) {
    const chosen = Object.assign(document.createElement('input'), { type: 'hidden', name: pick.name, value: pick.value });
    approve.append(chosen);
  }
  const { publicKey } = JSON.parse(approve.dataset.passkey);
  field.value = await ask(() => navigator.credentials.get({ publicKey: requestOptions(publicKey) }));
  approve.submit();
});

// /passkeys: the password, then the phone's prompt, then the new passkey.
const add = document.getElementById('add-passkey');
add?.addEventListener('submit', async (event) => {
  const field = add.elements.namedItem('credential');
  if (field.value) return;
  event.preventDefault();
  const password = add.elements.namedItem('password');
  add.querySelector('.passkey-status').textContent = word('script-checking-password');
  const options = await post('/api/web/passkey-options', { password: password.value });
  if (!options.ok) return showError('/passkeys', options);
  const { publicKey } = options.body;
  field.value = await ask(() => navigator.credentials.create({ publicKey: creationOptions(publicKey) }));
  password.value = '';
  add.submit();
});

// /signin: no username; the phone offers the passkeys it holds for this
// site, on the button or in the username field's autofill (conditional
// mediation, where the browser has it). One ceremony serves both: the
// button stops the autofill's request and asks with the same options.
const signIn = document.getElementById('passkey-sign-in');
if (signIn && window.PublicKeyCredential) {
  signIn.hidden = false;
  const form = document.getElementById('passkey-sign-in-form');
  const next = form.elements.namedItem('next').value;
  // Asked once, as a promise, whichever asks first; asked again after a failure.
  let started = null;
  const begin = () => (started ??= post('/api/web/passkey-sign-in-options', {}).then((reply) => {
    if (!reply.ok) started = null;
    return reply;
  }));
  const finish = (ceremony, credential) => {
    form.elements.namedItem('ceremony').value = ceremony;
    form.elements.namedItem('credential').value = credential;
    form.submit();
  };
  const autofill = new AbortController();
  let autofilling = null;
  form.addEventListener('submit', async (event) => {
    if (form.elements.namedItem('credential').value) return;
    event.preventDefault();
    autofill.abort();
    await autofilling; // Settled (stopped) before the button's request.
    const { ok, body, retry } = await begin();
    if (!ok) return showError('/signin', { body, retry }, { next });
    const publicKey = requestOptions(body.options.publicKey);
    finish(body.ceremony, await ask(() => navigator.credentials.get({ publicKey })));
  });
  canAutofill().then(async (available) => {
    if (!available) return;
    const { ok, body } = await begin();
    if (!ok || autofill.signal.aborted) return; // The button says why, if it fails too.
    const publicKey = requestOptions(body.options.publicKey);
    autofilling = navigator.credentials.get({ mediation: 'conditional', publicKey, signal: autofill.signal })
      .then((credential) => finish(body.ceremony, JSON.stringify(answer(credential))))
      .catch(() => {}); // Stopped by the button, or nothing chosen.
  });
}

async function canAutofill() {
  try {
    return (await PublicKeyCredential.isConditionalMediationAvailable?.()) === true;
  } catch {
    return false;
  }
}
