#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing, so it works
# on a bare machine (CI runs exactly this script).
set -euo pipefail
cd "$(dirname "$0")"
cargo test --locked --release "$@"
