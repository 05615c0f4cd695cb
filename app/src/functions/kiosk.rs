//! What the kiosk page asks the server.

use leptos::prelude::*;

use crate::protocol::ErrorBody;

/// Seconds without a touch after which a signed-in kiosk signs itself out.
#[server(prefix = "/api/web", endpoint = "kiosk-idle")]
pub async fn kiosk_idle_secs() -> Result<u64, ErrorBody> {
    let request = super::context::Request::current()?;
    Ok(request.core.settings.kiosk_idle.as_secs())
}
