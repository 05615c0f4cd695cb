//! A software passkey: what a phone's authenticator answers to WebAuthn
//! options, made by hand (P-256, "none" attestation, CBOR written out), so
//! the tests drive the server's passkey checks as a real phone would.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use p256::ecdsa::signature::Signer as _;
use p256::ecdsa::{Signature, SigningKey};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Flags of the authenticator data: user present, user verified, attested
/// credential data included.
const UP: u8 = 0x01;
const UV: u8 = 0x04;
const AT: u8 = 0x40;

pub struct SoftPasskey {
    key: SigningKey,
    id: Vec<u8>,
    rp_id: String,
    origin: String,
    counter: u32,
    /// Whether the person passed the phone's own check (fingerprint, PIN).
    pub verifies_user: bool,
    /// A resident key keeps the account's handle from the creation options
    /// and names it in every answer; `None`: not made yet, or not resident.
    pub user_handle: Option<String>,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// CBOR: a head of major type `major` with argument `n`.
fn head(major: u8, n: usize, out: &mut Vec<u8>) {
    let m = major << 5;
    match n {
        0..=23 => out.push(m | n as u8),
        24..=255 => out.extend([m | 24, n as u8]),
        _ => {
            out.push(m | 25);
            out.extend((n as u16).to_be_bytes());
        }
    }
}

fn bytes(data: &[u8], out: &mut Vec<u8>) {
    head(2, data.len(), out);
    out.extend(data);
}

fn text(data: &str, out: &mut Vec<u8>) {
    head(3, data.len(), out);
    out.extend(data.as_bytes());
}

/// A small integer, negative ones as CBOR writes them (-1 - n).
fn int(n: i8, out: &mut Vec<u8>) {
    if n >= 0 {
        head(0, n as usize, out);
    } else {
        head(1, (-1 - i16::from(n)) as usize, out);
    }
}

/// A fresh P-256 key (two v4 UUIDs of randomness are plenty for a test).
fn random_key() -> SigningKey {
    let seed = [
        uuid::Uuid::new_v4().into_bytes(),
        uuid::Uuid::new_v4().into_bytes(),
    ]
    .concat();
    SigningKey::from_slice(&seed).unwrap()
}

impl SoftPasskey {
    /// A new passkey for the site at `origin` (`http://localhost:1234`).
    pub fn new(origin: &str) -> Self {
        let rp_id = origin
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split(':').next())
            .unwrap();
        Self::in_app(rp_id, origin)
    }

    /// A passkey of the site `rp_id` used from a native app, whose answers
    /// name the app's own origin (`android:apk-key-hash:…`).
    pub fn in_app(rp_id: &str, origin: &str) -> Self {
        Self {
            key: random_key(),
            id: uuid::Uuid::new_v4().as_bytes().to_vec(),
            rp_id: rp_id.to_owned(),
            origin: origin.to_owned(),
            counter: 0,
            verifies_user: true,
            user_handle: None,
        }
    }

    pub fn id(&self) -> String {
        b64(&self.id)
    }

    fn client_data(&self, kind: &str, options: &Value) -> Vec<u8> {
        let challenge = options["publicKey"]["challenge"].as_str().unwrap();
        json!({ "type": kind, "challenge": challenge, "origin": self.origin, "crossOrigin": false })
            .to_string()
            .into_bytes()
    }

    fn auth_data(&mut self, flags: u8) -> Vec<u8> {
        self.counter += 1;
        let mut data = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        let verified = if self.verifies_user { UV } else { 0 };
        data.push(flags | UP | verified);
        data.extend(self.counter.to_be_bytes());
        data
    }

    /// The answer of `navigator.credentials.create` to `options`.
    pub fn create(&mut self, options: &Value) -> Value {
        if options["publicKey"]["authenticatorSelection"]["residentKey"] == "required" {
            self.user_handle = options["publicKey"]["user"]["id"]
                .as_str()
                .map(str::to_owned);
        }
        let client_data = self.client_data("webauthn.create", options);
        let mut auth_data = self.auth_data(AT);
        auth_data.extend([0; 16]); // AAGUID: none
        auth_data.extend((self.id.len() as u16).to_be_bytes());
        auth_data.extend(&self.id);
        let point = self.key.verifying_key().to_encoded_point(false);
        // COSE_Key: kty EC2, alg ES256, crv P-256, x, y.
        let mut cose = Vec::new();
        head(5, 5, &mut cose);
        for (label, value) in [(1, 2), (3, -7), (-1, 1)] {
            int(label, &mut cose);
            int(value, &mut cose);
        }
        int(-2, &mut cose);
        bytes(point.x().unwrap(), &mut cose);
        int(-3, &mut cose);
        bytes(point.y().unwrap(), &mut cose);
        auth_data.extend(cose);
        let mut attestation = Vec::new();
        head(5, 3, &mut attestation);
        text("fmt", &mut attestation);
        text("none", &mut attestation);
        text("attStmt", &mut attestation);
        head(5, 0, &mut attestation);
        text("authData", &mut attestation);
        bytes(&auth_data, &mut attestation);
        json!({
            "id": self.id(),
            "rawId": self.id(),
            "type": "public-key",
            "response": {
                "attestationObject": b64(&attestation),
                "clientDataJSON": b64(&client_data),
            },
            "clientExtensionResults": {},
        })
    }

    /// The answer of `navigator.credentials.get` to `options`.
    pub fn get(&mut self, options: &Value) -> Value {
        self.sign(options, None)
    }

    /// An answer signed by another key than the one registered.
    pub fn get_forged(&mut self, options: &Value) -> Value {
        self.sign(options, Some(random_key()))
    }

    fn sign(&mut self, options: &Value, key: Option<SigningKey>) -> Value {
        let client_data = self.client_data("webauthn.get", options);
        let auth_data = self.auth_data(0);
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let signature: Signature = key.as_ref().unwrap_or(&self.key).sign(&signed);
        json!({
            "id": self.id(),
            "rawId": self.id(),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&auth_data),
                "clientDataJSON": b64(&client_data),
                "signature": b64(signature.to_der().as_bytes()),
                "userHandle": self.user_handle,
            },
            "clientExtensionResults": {},
        })
    }
}
