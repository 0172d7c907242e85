"""Prepares the Hugo twin of a generated codeatlas site (used by run.py).

The Hugo site is benches/hugo/ plus, written here from the codeatlas site:
data/ (content/ copied as is: Hugo reads the same YAML), i18n/<lang>.json
(converted from locales/<lang>/*.ftl), static/ (copied), and the [languages]
tables of hugo.toml (from content/site.yaml and the Fluent files).
"""

import json
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "hugo"

_PLACEABLE = re.compile(r"\{\s*\$([A-Za-z0-9_-]+)\s*\}")
_SELECT = re.compile(r"\{\s*\$([A-Za-z0-9_-]+)\s*->\s*\n(.*?)\n\s*\}", re.S)
_VARIANT = re.compile(r"^\s*(\*?)\[([A-Za-z0-9_-]+)\]\s*(.*)$")


def parse_ftl(text):
    """{id: value} for the simple Fluent this project uses: messages, multi-line
    values, placeables `{ $x }` and select expressions (kept as Fluent source)."""
    msgs, cur = {}, None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            if not line.strip() and cur:
                msgs[cur] += "\n"
            continue
        m = re.match(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=\s?(.*)$", line)
        if m and not line[0].isspace():
            cur = m.group(1)
            msgs[cur] = m.group(2)
        elif cur and (line[0].isspace() or line.startswith("}")):
            msgs[cur] += "\n" + line
    return {k: v.strip() for k, v in msgs.items()}


def _go(text):
    """Fluent placeables to go-i18n (Go template) placeables; multi-line text joined."""
    text = " ".join(part.strip() for part in text.split("\n"))
    return _PLACEABLE.sub(lambda m: "{{ ." + m.group(1).replace("-", "_") + " }}", text)


def _variants(value):
    """(variants {name: text}, default name) of a message with one select expression,
    or None."""
    m = _SELECT.search(value)
    if not m:
        return None
    out, default = {}, None
    for line in m.group(2).split("\n"):
        v = _VARIANT.match(line)
        if v:
            out[v.group(2)] = value[: m.start()] + v.group(3) + value[m.end():]
            if v.group(1):
                default = v.group(2)
    return out, default


def ftl_to_i18n(locales_dir, langs):
    """{lang: {id: go-i18n text}}. A select expression becomes one id per variant,
    `id--variant`; every locale gets every variant id any locale has (with its own
    text), so Hugo never falls back to another language for a variant."""
    parsed = {}
    for lang in langs:
        text = "".join(p.read_text(encoding="utf-8") for p in sorted((Path(locales_dir) / lang).glob("*.ftl")))
        parsed[lang] = parse_ftl(text)
    variant_names = {}
    for msgs in parsed.values():
        for k, v in msgs.items():
            sel = _variants(v)
            if sel:
                variant_names.setdefault(k, set()).update(sel[0])
    out = {}
    for lang, msgs in parsed.items():
        res = {}
        for k, v in msgs.items():
            sel = _variants(v)
            if sel:
                variants, default = sel
                res[k] = _go(variants[default])
                for name in variant_names[k]:
                    res[f"{k}--{name}"] = _go(variants.get(name, variants[default]))
            else:
                res[k] = _go(v)
                for name in variant_names.get(k, ()):
                    res[f"{k}--{name}"] = res[k]
        out[lang] = res
    return out


def read_site_yaml(path):
    """default_locale, locales and base_url of content/site.yaml (flat keys only)."""
    conf = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-z_]+):\s*(.*?)\s*(#.*)?$", line)
        if m:
            conf[m.group(1)] = m.group(2)
    locales = [s.strip() for s in conf.get("locales", "[]").strip("[]").split(",") if s.strip()]
    return conf["base_url"], conf["default_locale"], locales


def prepare(site, dest):
    """Writes the Hugo site for codeatlas site `site` into `dest` (replaced).
    Returns the base URL to pass to hugo."""
    site, dest = Path(site), Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(TEMPLATE, dest)
    shutil.copytree(site / "content", dest / "data")
    if (site / "static").is_dir():
        shutil.copytree(site / "static", dest / "static")
    base_url, default, locales = read_site_yaml(site / "content" / "site.yaml")
    msgs = ftl_to_i18n(site / "locales", locales)
    (dest / "i18n").mkdir(exist_ok=True)
    for lang, m in msgs.items():
        (dest / "i18n" / f"{lang}.json").write_text(json.dumps(m, ensure_ascii=False, indent=1), encoding="utf-8")
    conf = (dest / "hugo.toml").read_text(encoding="utf-8")
    conf = re.sub(r'(?m)^defaultContentLanguage = .*$', f'defaultContentLanguage = {json.dumps(default)}', conf)
    conf = re.sub(r'(?m)^baseURL = .*$', f'baseURL = {json.dumps(base_url)}', conf)
    for i, lang in enumerate(locales):
        conf += (f"\n[languages.{lang}]\n  weight = {i + 1}\n  label = {json.dumps(msgs[lang].get('language-name', lang), ensure_ascii=False)}\n"
                 f"  [languages.{lang}.params]\n    rootHeading = {json.dumps(msgs[lang].get('root-heading', ''), ensure_ascii=False)}\n")
    (dest / "hugo.toml").write_text(conf, encoding="utf-8")
    return base_url
