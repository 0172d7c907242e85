#!/usr/bin/env bash
# Builds the release binary and writes the site to public/.
# Extra arguments go to `codeatlas build`, e.g. ./build.sh --base-url https://user.github.io/repo/
set -euo pipefail
cd "$(dirname "$0")"
cargo build --release --locked --quiet
exec ./target/release/codeatlas build --root . "$@"
