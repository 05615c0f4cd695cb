//! `example-device`: signs in to a qr-login provider by the phone and says
//! who signed in. `ISSUER` (default `http://127.0.0.1:3000`) and
//! `CLIENT_ID` (default `example-device`) name the provider and the tool's
//! registration (examples/device/clients.toml).

use std::process::ExitCode;

use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    // The tool's own settings, read once here (the server's rule is not its).
    #[allow(clippy::disallowed_methods)]
    let setting =
        |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
    let issuer = setting("ISSUER", "http://127.0.0.1:3000");
    let client_id = setting("CLIENT_ID", "example-device");
    let signed_in = example_device::sign_in(&issuer, &client_id, |prompt| {
        if let Some(link) = &prompt.verification_uri_complete {
            // Light modules on the terminal's dark background: what a
            // phone's camera reads best from a screen.
            if let Ok(code) = QrCode::new(link.as_bytes()) {
                let drawn = code
                    .render::<Dense1x2>()
                    .dark_color(Dense1x2::Light)
                    .light_color(Dense1x2::Dark)
                    .build();
                println!("{drawn}");
            }
            println!(
                "Scan this with your phone, or open {}",
                prompt.verification_uri
            );
        } else {
            println!("On your phone, open {}", prompt.verification_uri);
        }
        println!(
            "and type the code {} (good for {} minutes).\nWaiting for your phone…",
            prompt.user_code,
            prompt.expires_in.as_secs() / 60
        );
    })
    .await;
    match signed_in {
        Ok(who) => {
            let name = who.name.as_deref().unwrap_or("(no name)");
            let username = who.username.as_deref().unwrap_or(&who.subject);
            println!("Signed in as {name} (@{username}).");
            if who.refresh_token.is_some() {
                println!("The tool may stay signed in: it holds a refresh token.");
            }
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("{why}");
            ExitCode::FAILURE
        }
    }
}
