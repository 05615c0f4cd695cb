// Passkeys on the phone's pages (navigator.credentials): "Log in" on the
// confirmation screen (form#approve[data-passkey]), "Add a passkey" on
// /passkeys (form#add-passkey) and "Sign in with a passkey" on /signin
// (#passkey-sign-in). Each hands the server's options to the phone's
// authenticator and posts its answer with the page's own form, so every
// outcome lands on a page the server chose; a refusal is posted as
// "refused" and the server says what happened. Plain JavaScript on purpose:
// as an island it would be in the WASM every page loads.

import { word } from '../words.js';

const fromBase64url = (text) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const toBase64url = (buffer) =>
  btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/// The server's JSON options (binary fields in base64url) as the API wants them.
function creationOptions(options) {
  return {
    ...options,
    challenge: fromBase64url(options.challenge),
    user: { ...options.user, id: fromBase64url(options.user.id) },
    excludeCredentials: (options.excludeCredentials ?? []).map((c) => ({ ...c, id: fromBase64url(c.id) })),
  };
}

function requestOptions(options) {
  return {
    ...options,
    challenge: fromBase64url(options.challenge),
    allowCredentials: (options.allowCredentials ?? []).map((c) => ({ ...c, id: fromBase64url(c.id) })),
  };
}

/// The authenticator's answer as JSON, binary fields in base64url.
function answer(credential) {
  const r = credential.response;
  const response = { clientDataJSON: toBase64url(r.clientDataJSON) };
  if (r.attestationObject) {
    response.attestationObject = toBase64url(r.attestationObject);
  } else {
    response.authenticatorData = toBase64url(r.authenticatorData);
    response.signature = toBase64url(r.signature);
    response.userHandle = r.userHandle ? toBase64url(r.userHandle) : null;
  }
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    response,
    clientExtensionResults: credential.getClientExtensionResults?.() ?? {},
  };
}

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

// /signin: the username typed above, then the phone's prompt.
const signIn = document.getElementById('passkey-sign-in');
if (signIn && window.PublicKeyCredential) {
  signIn.hidden = false;
  const form = document.getElementById('passkey-sign-in-form');
  form.addEventListener('submit', async (event) => {
    const field = form.elements.namedItem('credential');
    if (field.value) return;
    event.preventDefault();
    const username = document.querySelector('input[name="username"]');
    if (!username.value.trim()) {
      form.querySelector('.passkey-status').textContent = word('script-username-first');
      username.focus();
      return;
    }
    const next = form.elements.namedItem('next').value;
    const started = await post('/api/web/passkey-sign-in-options', { username: username.value });
    if (!started.ok) return showError('/signin', started, { next });
    const { ceremony, options } = started.body;
    form.elements.namedItem('ceremony').value = ceremony;
    field.value = await ask(() => navigator.credentials.get({ publicKey: requestOptions(options.publicKey) }));
    form.submit();
  });
}
