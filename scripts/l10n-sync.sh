#!/usr/bin/env bash
# Moves the record texts between content/ and gettext PO files in po/, the form
# translation platforms (Crowdin, Weblate; see CONTRIBUTING.md, "Translating")
# and PO editors read. The records stay the source of truth; po/ is generated, so
# git ignores it.
#
#   scripts/l10n-sync.sh export   po/codeatlas.pot (the English template) and
#                                 po/<locale>.po for every other locale of
#                                 content/site.yaml
#   scripts/l10n-sync.sh import   every po/*.po back into the records, one file at
#                                 a time, stopping at the first one refused
#
# Import before you export: export rewrites po/ from the records. Import reads
# the locale from each file's Language header, gettext forms included (Crowdin
# writes `ja_JP`, `zh_CN`).
# CODEATLAS names the binary (default: this repository's release build, brought up
# to date first) and ROOT the site folder (default: this repository).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
if [[ -z ${CODEATLAS:-} ]]; then
  (cd "$repo" && cargo build --release --locked --quiet)
fi
bin="${CODEATLAS:-${CARGO_TARGET_DIR:-$repo/target}/release/codeatlas}"
[[ $bin == */* && $bin != /* ]] && bin="$PWD/$bin"
cd "${ROOT:-$repo}"

# content/site.yaml: `default_locale: en` and `locales: [en, ja, …]`, as
# `codeatlas l10n add` writes them.
site=content/site.yaml
default=$(sed -n 's/^default_locale:[[:space:]]*\([^[:space:]#]*\).*/\1/p' "$site" | tr -d "\"'")
locales=$(sed -n 's/^locales:[[:space:]]*\[\([^]]*\)\].*/\1/p' "$site" | tr -d "\"'" | tr ',' ' ')
if [[ -z $default || -z $locales ]]; then
  echo "$site: expected \`default_locale: <tag>\` and \`locales: [<tag>, …]\` on one line each" >&2
  exit 1
fi

case "${1:-}" in
  export)
    mkdir -p po
    "$bin" l10n export "$default" --root . --out po/codeatlas.pot
    for locale in $locales; do
      [[ $locale == "$default" ]] || "$bin" l10n export "$locale" --root . --out "po/$locale.po"
    done
    ;;
  import)
    shopt -s nullglob
    files=(po/*.po)
    if [[ ${#files[@]} -eq 0 ]]; then
      echo "po/: no .po files to import (run \`$0 export\` or download them first)" >&2
      exit 1
    fi
    for file in "${files[@]}"; do
      if ! "$bin" l10n import "$file" --root .; then
        echo "stopped at $file: nothing from it was imported, nor from the files after it" >&2
        exit 1
      fi
    done
    ;;
  *)
    echo "usage: $0 export|import" >&2
    exit 2
    ;;
esac
