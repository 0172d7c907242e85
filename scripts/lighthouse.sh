#!/usr/bin/env bash
# Lighthouse (accessibility, SEO, best practices) on every kind of page of a served
# codeatlas site, in both locales, with the system Chromium. Builds and serves nothing:
#
#   ./build.sh --out /some/dir/repo --base-url http://127.0.0.1:8080/repo/
#   node scripts/serve.mjs /some/dir/repo 8080 /repo/ &
#   scripts/lighthouse.sh http://127.0.0.1:8080/repo/ [REPORT_DIR]
#
# Build with --base-url equal to the served URL: canonical links and hreflang
# alternates point at the base URL, and Lighthouse's SEO audits follow them.
# The JSON reports go to REPORT_DIR (default: a temporary folder, printed at the end).
# Exits 1 if any score is below MIN_SCORE (default 100).
set -euo pipefail
cd "$(dirname "$0")/.."

base="${1:?usage: scripts/lighthouse.sh BASE_URL [REPORT_DIR]}"
case "$base" in */) ;; *) base="$base/" ;; esac
reports="${2:-$(mktemp -d -t codeatlas-lighthouse.XXXXXX)}"
mkdir -p "$reports"
min="${MIN_SCORE:-100}"

export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
lighthouse=node_modules/.bin/lighthouse
if [ ! -x "$CHROME_PATH" ] || [ ! -x "$lighthouse" ]; then
  echo "Chromium ($CHROME_PATH) or Lighthouse ($lighthouse) is missing: run ./test.sh, which installs them." >&2
  exit 2
fi
version="$("$lighthouse" --version)"
if [ "$version" != "12.2.3" ]; then
  echo "expected Lighthouse 12.2.3, found $version: run npm ci" >&2
  exit 2
fi
# The same flags as the browser tests (tests/browser/browser.mjs); chrome-launcher
# gives every run a fresh user-data-dir.
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

pages=()
for l in ${LOCALES:-en ja ko zh-Hans}; do
  pages+=("$l/" "$l/sip/" "$l/sip/183/" "$l/sip/183-vs-437/" "$l/http/" "$l/http/404/" "$l/http/200-vs-404/")
done

# The canonical link of the home must be on the served site, or the SEO scores
# describe a different site.
canonical="$(node -e '
  fetch(process.argv[1]).then((r) => r.text()).then((t) => {
    const m = t.match(/<link rel="canonical" href="([^"]*)"/);
    console.log(m ? m[1] : "");
  }).catch((e) => { console.error(String(e)); process.exit(1); });
' "${base}en/")" || { echo "cannot fetch ${base}en/: is the site served there?" >&2; exit 2; }
if [ "$canonical" != "${base}en/" ]; then
  echo "warning: ${base}en/ has canonical $canonical; rebuild with --base-url $base" >&2
fi

for p in "${pages[@]}"; do
  name="$(printf '%s' "$p" | tr '/' '_' | sed 's/_$//')"
  echo "lighthouse ${base}${p}" >&2
  "$lighthouse" "${base}${p}" \
    --only-categories=accessibility,seo,best-practices \
    --chrome-flags="$flags" \
    --output=json --output-path="$reports/$name.json" \
    --quiet
done

node - "$reports" "$min" "${pages[@]}" <<'EOF'
const [reports, min, ...pages] = process.argv.slice(2);
const fs = require("node:fs");
const cats = ["accessibility", "seo", "best-practices"];
const rows = [];
let low = 0;
const failing = [];
for (const p of pages) {
  const name = p.replace(/\//g, "_").replace(/_$/, "");
  const r = JSON.parse(fs.readFileSync(`${reports}/${name}.json`, "utf8"));
  const scores = cats.map((c) => Math.round((r.categories[c]?.score ?? 0) * 100));
  if (scores.some((s) => s < Number(min))) low++;
  rows.push([p, ...scores]);
  for (const c of cats) {
    for (const ref of r.categories[c].auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) failing.push(`${p}: [${c}] ${a.id}: ${a.title}`);
    }
  }
}
const head = ["page", "accessibility", "seo", "best-practices"];
const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => "| " + r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join(" | ") + " |";
console.log(line(head));
console.log("|" + w.map((n, i) => (i ? "-".repeat(n + 1) + ":" : "-".repeat(n + 2))).join("|") + "|");
rows.forEach((r) => console.log(line(r)));
if (failing.length) {
  console.log("\naudits that lost points:");
  failing.forEach((f) => console.log("  " + f));
}
console.log(`\nreports: ${reports}`);
process.exit(low ? 1 : 0);
EOF
