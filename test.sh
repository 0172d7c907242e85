#!/usr/bin/env bash
# Runs every check and test. Installs what the tests need when it is missing
# (Chromium, a Japanese font, Java, the pinned npm tools, actionlint), so it
# works on a bare machine; CI runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-test-deps.sh
# The code stays formatted and clean under the lints of Cargo.toml and clippy.toml.
cargo fmt --all -- --check
cargo clippy --locked --release --all-targets -- -D warnings
cargo test --locked --release --no-fail-fast "$@"
