//! `server admin disable-user NAME` / `enable-user NAME`: the real binary,
//! against the Redis a server node would share.

use std::process::Command;
use std::sync::Arc;

use auth::requester::Caller;
use auth::{accounts, devices, Store};
use protocol::{LoginRequest, Password, RegisterRequest};

use crate::support::{redis_store, redis_url, state};

fn admin(words: &[&str]) -> std::process::Output {
    let keys = std::env::temp_dir().join(format!("qr-login-admin-{}.pem", uuid::Uuid::new_v4()));
    Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("admin")
        .args(words)
        .env("REDIS_URL", redis_url())
        .env("JWT_KEY_PATH", &keys)
        .env("LEPTOS_CONFIG", "/nonexistent")
        .output()
        .unwrap()
}

#[tokio::test]
async fn the_admin_command_disables_and_enables_an_account() {
    let store: Arc<dyn Store> = Arc::new(redis_store().await);
    let state = state(store).core;
    let name = format!("admin-{}", &uuid::Uuid::new_v4().simple().to_string()[..10]);
    let register = RegisterRequest {
        username: name.clone(),
        password: Password::new("long enough"),
        display_name: None,
    };
    let client = Caller::operator("test");
    accounts::register(&state, register, &client).await.unwrap();
    let login = LoginRequest {
        username: name.clone(),
        password: Password::new("long enough"),
        device_name: "Pixel".into(),
        device_type: "android".into(),
    };
    let (token, _) = devices::sign_in(&state, login, &client).await.unwrap();

    let disabled = admin(&["disable-user", &name]);
    assert!(
        disabled.status.success(),
        "{}",
        String::from_utf8_lossy(&disabled.stderr)
    );
    assert!(String::from_utf8_lossy(&disabled.stdout).contains("disabled"));
    assert!(
        devices::authenticate(&state, &token).await.is_err(),
        "a disabled account's phone is refused"
    );
    assert!(
        devices::list(
            &state,
            &accounts::find_by_username(&state, &name)
                .await
                .unwrap()
                .unwrap()
                .id
        )
        .await
        .unwrap()
        .is_empty(),
        "and its phone sessions are ended, not only refused"
    );

    let enabled = admin(&["enable-user", &name]);
    assert!(
        enabled.status.success(),
        "{}",
        String::from_utf8_lossy(&enabled.stderr)
    );
    // Enabled again, it signs in anew: the old phone session stays ended.
    assert!(devices::authenticate(&state, &token).await.is_err());
    let login = LoginRequest {
        username: name.clone(),
        password: Password::new("long enough"),
        device_name: "Pixel".into(),
        device_type: "android".into(),
    };
    assert!(devices::sign_in(&state, login, &client).await.is_ok());

    let unknown = admin(&["disable-user", "no-such-user-here"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no such user"));
    let usage = admin(&["frobnicate"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr)
        .to_lowercase()
        .contains("usage"));
}

/// `server --help` names the commands; a username may begin with a dash;
/// `admin oidc-secret` needs no store and opens none (here, one that cannot
/// be reached).
#[test]
fn the_commands_explain_themselves_and_a_secret_needs_no_store() {
    let help = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["admin", "--help"])
        .output()
        .unwrap();
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    for command in ["disable-user", "enable-user", "oidc-secret"] {
        assert!(text.contains(command), "{text}");
    }
    let secret = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["admin", "oidc-secret"])
        .env("REDIS_URL", "redis://127.0.0.1:1")
        .env("LEPTOS_CONFIG", "/nonexistent")
        .output()
        .unwrap();
    assert!(
        secret.status.success(),
        "{}",
        String::from_utf8_lossy(&secret.stderr)
    );
    // A username may begin with a dash: it is a name, not an option (here
    // refused only for the in-memory store, after being read as a name).
    let dashed = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["admin", "disable-user", "-bob"])
        .env("LEPTOS_CONFIG", "/nonexistent")
        .env_remove("REDIS_URL")
        .env_remove("REDIS_CLUSTER_URLS")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&dashed.stderr).contains("shared store"),
        "{}",
        String::from_utf8_lossy(&dashed.stderr)
    );
    let printed = String::from_utf8_lossy(&secret.stdout);
    assert!(
        printed.contains("client secret") && printed.contains("secret_sha256 = \""),
        "{printed}"
    );
}
