#!/usr/bin/env bash
# Builds the release binary and writes the site to public/.
# Extra arguments go to `codeatlas build`, e.g. ./build.sh --base-url https://user.github.io/repo/
# `cargo run` finds the binary wherever Cargo puts it (CARGO_TARGET_DIR included).
set -euo pipefail
cd "$(dirname "$0")"
exec cargo run --release --locked --quiet -- build --root . "$@"
