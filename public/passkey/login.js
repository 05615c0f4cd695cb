// "Use a passkey" on /login and /kiosk (#passkey-login), shown where the
// browser has WebAuthn. This much loads with the page; the ceremony
// (computer.js) only on the first click, and none of it is in the WASM.

import { word } from '../words.js';

const section = document.getElementById('passkey-login');
if (section && window.PublicKeyCredential) {
  section.hidden = false;
  section.querySelector('button').addEventListener('click', async () => {
    try {
      const { signIn } = await import('./computer.js');
      await signIn(section);
    } catch {
      section.querySelector('.passkey-status').textContent = word('network-unreachable-retry');
    }
  });
}
