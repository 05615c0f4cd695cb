# Sourced by the other scripts: the tools' paths and the build-time variables
# that cargo-leptos also sets, so that plain `cargo test`/`clippy` reuse its
# build instead of starting over (leptos_config reads LEPTOS_OUTPUT_NAME at
# compile time).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=qr-login
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
