#!/usr/bin/env python3
"""Writes a synthetic codeatlas site: content/ in the exact format README.md
describes, plus copies of the repo's templates/, locales/ and static/.

    python3 benches/gen_site.py --out SITE --registry sip:75 --registry http:64   # real size
    python3 benches/gen_site.py --out SITE --registry big:300                     # large size

The output depends only on the arguments (the text comes from a seeded PRNG), so
two runs with the same --seed write the same bytes. Standard library only.
"""

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SIP_CLASSES = {1: "provisional", 2: "success", 3: "redirection", 4: "client-failure",
               5: "server-failure", 6: "global-failure"}
HTTP_CLASSES = {1: "informational", 2: "successful", 3: "redirection", 4: "client-error",
                5: "server-error"}
# Share of a registry's codes in each class (before capping at 100 per class).
CLASS_WEIGHTS = {1: 0.08, 2: 0.06, 3: 0.09, 4: 0.50, 5: 0.17, 6: 0.10}

# ---------------------------------------------------------------- vocabulary

REASON_WORDS = [
    "Request", "Session", "Interval", "Too", "Small", "Large", "Unsupported", "Credential",
    "Bad", "Identity", "Header", "Extension", "Required", "Conditional", "Precondition",
    "Failed", "Temporarily", "Unavailable", "Permanently", "Moved", "Gateway", "Timeout",
    "Busy", "Here", "Everywhere", "Decline", "Not", "Acceptable", "Allowed", "Address",
    "Incomplete", "Ambiguous", "Pending", "Loop", "Detected", "Encoding", "Media", "Type",
    "Content", "Range", "Proxy", "Authentication", "Consent", "Security", "Agreement",
    "Priority", "Event", "Package", "Provide", "Referrer", "Flow", "Failed", "Conflict",
    "Payload", "Expired", "Invalid", "Certificate", "Alert", "Rejected", "Queued", "Early",
]

HEADERS = ["Identity", "Session-Expires", "Min-SE", "Retry-After", "Contact", "Via", "Route",
           "Record-Route", "Require", "Supported", "Proxy-Require", "WWW-Authenticate",
           "Proxy-Authenticate", "Authorization", "Content-Type", "Accept", "Accept-Encoding",
           "Max-Forwards", "Event", "Allow-Events", "Subscription-State", "Security-Client",
           "Location", "Cache-Control", "ETag", "If-Match", "If-None-Match", "Content-Range",
           "Warning", "Reason", "P-Asserted-Identity", "Geolocation-Error", "Accept-Resource-Priority"]
ACTORS = ["the UAS", "the registrar", "a stateful proxy", "the origin server", "the gateway",
          "the verification service", "a back-to-back user agent", "the load balancer",
          "the session border controller", "an intermediary cache", "the application server",
          "the presence server", "the media server", "a reverse proxy", "the edge proxy"]
OBJECTS = ["request", "INVITE", "re-INVITE", "SUBSCRIBE", "REGISTER", "PUBLISH", "UPDATE",
           "PRACK", "session refresh", "dialog", "transaction", "response", "upload",
           "conditional request", "credential", "message body", "target URI", "redirect"]
CONDITIONS = ["is missing or malformed", "names an extension the server does not support",
              "carries a value below the configured minimum", "points at an unknown resource",
              "exceeds the size the server is willing to process", "fails validation",
              "contradicts an earlier header field in the same message",
              "refers to a credential that has expired", "uses an unsupported algorithm",
              "arrives after the dialog was terminated", "lacks a required parameter"]
EFFECTS = ["the transaction ends without establishing a session",
           "the client must retry with a corrected request",
           "no further provisional responses are sent",
           "caches may store the response for a short time",
           "the dialog stays in its previous state",
           "the request is not forwarded any further",
           "the client is expected to choose another target"]
CONTEXTS = ["during call setup", "on a session refresh", "behind a carrier-grade NAT",
            "in a STIR/SHAKEN deployment", "on an IMS core network", "between two SIP trunks",
            "when a CDN fronts the origin", "in a REST API gateway", "during a rolling upgrade",
            "after a certificate rotation", "in a WebRTC-to-SIP gateway",
            "on a multi-tenant PBX", "under heavy load"]
TOOLS = ["sngrep", "Wireshark", "tcpdump", "the proxy's debug log", "curl -v",
         "the SBC's trace facility", "Homer", "sipp", "the browser's network panel"]
SITES = ["https://www.rfc-editor.org/rfc/rfc3261.html", "https://www.rfc-editor.org/rfc/rfc9110.html",
         "https://www.iana.org/assignments/sip-parameters/", "https://datatracker.ietf.org/wg/sipcore/about/",
         "https://www.iana.org/assignments/http-status-codes/", "https://www.rfc-editor.org/rfc/rfc8224.html",
         "https://datatracker.ietf.org/wg/stir/about/", "https://www.rfc-editor.org/rfc/rfc4028.html"]
RFCS = [2616, 3261, 3262, 3265, 3311, 3325, 3329, 3515, 3903, 4028, 4412, 4474, 5079, 5360,
        5839, 6086, 6665, 7231, 7232, 7233, 7235, 7538, 7540, 8224, 8470, 8599, 9110, 9111, 9113]

JA_ACTORS = ["UAS", "レジストラ", "ステートフルプロキシ", "オリジンサーバー", "ゲートウェイ",
             "検証サービス", "B2BUA", "ロードバランサー", "セッションボーダーコントローラー",
             "中間キャッシュ", "アプリケーションサーバー", "プレゼンスサーバー", "リバースプロキシ"]
JA_OBJECTS = ["リクエスト", "INVITE", "re-INVITE", "SUBSCRIBE", "REGISTER", "PUBLISH", "UPDATE",
              "セッションリフレッシュ", "ダイアログ", "トランザクション", "レスポンス", "条件付きリクエスト",
              "資格情報", "メッセージ本文", "リダイレクト"]
JA_CONDITIONS = ["存在しないか形式が正しくない", "サーバーが対応していない拡張を指定している",
                 "設定された最小値を下回っている", "未知のリソースを指している",
                 "サーバーが処理できるサイズを超えている", "検証に失敗した",
                 "同じメッセージ内の別のヘッダーと矛盾している",
                 "有効期限の切れた資格情報を参照している", "対応していないアルゴリズムを使っている",
                 "必須のパラメーターを欠いている"]
JA_EFFECTS = ["セッションが確立されないままトランザクションが終了する",
              "クライアントはリクエストを修正して再送する必要がある",
              "それ以上の暫定レスポンスは送られない",
              "キャッシュが短時間このレスポンスを保持できる",
              "ダイアログが以前の状態のまま維持される",
              "リクエストがそれ以上転送されない",
              "クライアントが別の宛先を選ぶ"]
JA_CONTEXTS = ["発信時", "セッションリフレッシュ時", "キャリアグレード NAT の内側で",
               "STIR/SHAKEN の環境で", "IMS コアネットワークで", "SIP トランク同士の接続で",
               "CDN がオリジンの前段にある構成で", "REST API ゲートウェイで", "ローリングアップデート中に",
               "証明書の更新後に", "WebRTC と SIP のゲートウェイで", "マルチテナントの PBX で", "高負荷時に"]


class Text:
    """Seeded sentence and paragraph makers for English and Japanese."""

    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def ref(self):
        return f"RFC {self.c(RFCS)} §{self.r.randint(4, 22)}.{self.r.randint(1, 9)}"

    def link(self, label):
        return f"[{label}]({self.c(SITES)})"

    # ---- English

    def en_sentence(self, code):
        c, r = self.c, self.r
        forms = [
            lambda: f"{c(ACTORS).capitalize()} returns {code} when the `{c(HEADERS)}` header field of the {c(OBJECTS)} {c(CONDITIONS)} ({self.ref()}).",
            lambda: f"In practice this happens {c(CONTEXTS)}, where {c(ACTORS)} rejects the {c(OBJECTS)} before any media is negotiated.",
            lambda: f"The response tells the client that **the {c(OBJECTS)} itself was understood**, but that {c(EFFECTS)}.",
            lambda: f"Unlike a generic failure, {code} names the cause precisely, so {c(EFFECTS)}.",
            lambda: f"Older implementations sometimes send it when the `{c(HEADERS)}` value {c(CONDITIONS)}, which the current text no longer allows ({self.ref()}).",
            lambda: f"A capture taken with {c(TOOLS)} usually shows the {c(OBJECTS)} followed directly by the {code} response from {c(ACTORS)}.",
            lambda: f"See the {self.link('registry entry')} and the {self.link('defining specification')} for the exact wording.",
            lambda: f"If {c(ACTORS)} adds a `{c(HEADERS)}` header field to the response, the client should read it before doing anything else.",
            lambda: f"The code is defined for every method except `ACK`, and {c(EFFECTS)} once it is received.",
            lambda: f"Operators see it most often {c(CONTEXTS)}, typically after a configuration change on {c(ACTORS)}.",
            lambda: f"Retrying the identical {c(OBJECTS)} will fail again: **something in the message has to change** first.",
            lambda: f"Logging the full `{c(HEADERS)}` header field on both sides makes the cause easy to spot in {c(TOOLS)}.",
        ]
        return self.c(forms)()

    def en_para(self, code, n):
        return " ".join(self.en_sentence(code) for _ in range(n))

    def en_list(self, code, n, ordered=False):
        c = self.c
        items = [
            lambda: f"Check the `{c(HEADERS)}` header field that {c(ACTORS)} sends",
            lambda: f"Compare the {c(OBJECTS)} with a working one captured with {c(TOOLS)}",
            lambda: f"Confirm that {c(ACTORS)} supports the extension named in `{c(HEADERS)}`",
            lambda: f"Look for the failure {c(CONTEXTS)}; it is **the usual trigger**",
            lambda: f"Read the {self.link('relevant section')} before changing timers",
            lambda: f"Raise the limit on {c(ACTORS)} only if {c(EFFECTS)}",
        ]
        out = []
        for i in range(n):
            mark = f"{i + 1}." if ordered else "-"
            out.append(f"{mark} {self.c(items)()}.")
        return "\n".join(out)

    def en_record(self, code):
        r = self.r
        desc = self.en_para(code, r.randint(2, 3)) + "\n\n" + self.en_para(code, r.randint(1, 2))
        when = self.en_para(code, r.randint(1, 2)) + "\n\n" + self.en_list(code, r.randint(2, 3))
        res = self.en_para(code, r.randint(1, 2)) + "\n\n" + self.en_list(code, r.randint(2, 3), ordered=True)
        return {"description": desc, "appears_when": when, "resolution": res}

    # ---- Japanese

    def ja_sentence(self, code):
        c = self.c
        forms = [
            lambda: f"{c(JA_ACTORS)}は、{c(JA_OBJECTS)}のヘッダーが{c(JA_CONDITIONS)}場合に {code} を返します。",
            lambda: f"実際には{c(JA_CONTEXTS)}発生することが多く、メディアのネゴシエーション前に{c(JA_ACTORS)}が{c(JA_OBJECTS)}を拒否します。",
            lambda: f"このレスポンスは、**{c(JA_OBJECTS)}自体は理解された**ものの、{c(JA_EFFECTS)}ことを示します。",
            lambda: f"一般的なエラーとは異なり、{code} は原因を具体的に示すため、{c(JA_EFFECTS)}ことになります。",
            lambda: f"古い実装では、ヘッダーの値が{c(JA_CONDITIONS)}ときにも送られることがありますが、現在の仕様では認められていません。",
            lambda: f"{c(TOOLS)} で取得したキャプチャでは、通常{c(JA_OBJECTS)}の直後に{c(JA_ACTORS)}からの {code} レスポンスが見えます。",
            lambda: f"正確な定義は[レジストリーの項目]({c(SITES)})と[仕様]({c(SITES)})を参照してください。",
            lambda: f"{c(JA_ACTORS)}がレスポンスにヘッダーを付けた場合、クライアントはまずその内容を確認してください。",
            lambda: f"このレスポンスを受信すると、{c(JA_EFFECTS)}ことになります。",
            lambda: f"同じ{c(JA_OBJECTS)}をそのまま再送しても再び失敗します。**メッセージのどこかを変える必要があります**。",
        ]
        return self.c(forms)()

    def ja_para(self, code, n):
        return "".join(self.ja_sentence(code) for _ in range(n))

    def ja_list(self, n, ordered=False):
        c = self.c
        items = [
            lambda: f"{c(JA_ACTORS)}が送るヘッダーを確認する",
            lambda: f"{c(TOOLS)} で取得した正常な{c(JA_OBJECTS)}と比較する",
            lambda: f"ヘッダーで指定された拡張に{c(JA_ACTORS)}が対応しているか確かめる",
            lambda: f"{c(JA_CONTEXTS)}失敗していないか調べる（**よくある原因**です）",
            lambda: f"タイマーを変更する前に[該当セクション]({c(SITES)})を読む",
        ]
        return "\n".join(f"{f'{i + 1}.' if ordered else '-'} {self.c(items)()}。" for i in range(n))

    def ja_record(self, code, en):
        """A Japanese counterpart of `en` with the same citations and code spans
        (check requires them in every language), in the house typography."""
        r = self.r
        desc = self.ja_para(code, r.randint(2, 3)) + "\n\n" + self.ja_para(code, r.randint(1, 2))
        when = self.ja_para(code, r.randint(1, 2)) + "\n\n" + self.ja_list(r.randint(2, 3))
        res = self.ja_para(code, r.randint(1, 2)) + "\n\n" + self.ja_list(r.randint(2, 3), ordered=True)
        ja = {"description": desc, "appears_when": when, "resolution": res}
        return {k: ja_typography(with_anchors(v, en[k])) for k, v in ja.items()}

    # ---- pairs

    def en_pair(self, a, b):
        c = self.c
        bullets = []
        for _ in range(self.r.randint(3, 5)):
            bullets.append(f"- **{c(['Cause', 'Scope', 'Retry', 'Caching', 'Who sends it', 'Permanence'])}.** "
                           f"{a} means the {c(OBJECTS)} {c(CONDITIONS)}, while {b} means {c(EFFECTS)}. ({self.ref()})")
        which = (f"Send {a} when {c(ACTORS)} can say exactly what is wrong with the {c(OBJECTS)}; send {b} "
                 f"when {c(EFFECTS)}. {self.en_sentence(a)}\n\nRule of thumb: if the client can fix the "
                 f"`{c(HEADERS)}` header field, use {a}; otherwise {b}.")
        return {"differences": "\n".join(bullets), "which_to_use": which}

    def ja_pair(self, a, b, en):
        c = self.c
        bullets = [f"- **{c(['原因', '範囲', '再送', 'キャッシュ', '送信元', '恒久性'])}。** {a} は{c(JA_OBJECTS)}が"
                   f"{c(JA_CONDITIONS)}ことを、{b} は{c(JA_EFFECTS)}ことを示します。"
                   for _ in range(self.r.randint(3, 5))]
        which = (f"{c(JA_ACTORS)}が{c(JA_OBJECTS)}の問題を具体的に示せる場合は {a}、そうでなければ {b} を返します。"
                 f"{self.ja_sentence(a)}\n\n目安：クライアントがヘッダーを直せるなら {a}、それ以外は {b} です。")
        ja = {"differences": "\n".join(bullets), "which_to_use": which}
        return {k: ja_typography(with_anchors(v, en[k])) for k, v in ja.items()}


# ---------------------------------------------------------------- what check requires

# Inline code and RFC citations: every translation has the same ones.
ANCHOR = re.compile(r"`[^`]+`|RFC \d+ §[\w.]+")


def with_anchors(ja, en):
    """`ja` with a closing line that holds the citations and code spans of `en`."""
    seen = list(dict.fromkeys(ANCHOR.findall(en)))
    codes = [a for a in seen if a.startswith("`")]
    refs = [a for a in seen if a.startswith("RFC")]
    line = []
    if codes:
        line.append("関連するヘッダー：" + "、".join(codes) + "。")
    if refs:
        line.append("（" + "、".join(refs) + "）")
    return ja + ("\n\n" + "".join(line) if line else "")


CJK = "\u3040-\u30ff\u3400-\u9fff々"
COUNTERS = "つ|秒|台|回|件|本|枚|個|年|月|日"


def ja_typography(text):
    """The house typography of locales/ja/typography.yaml: a space between
    Japanese and Latin text or code, none between a numeral and its counter."""
    text = re.sub(rf"([{CJK}])([A-Za-z0-9`])", r"\1 \2", text)
    text = re.sub(rf"([A-Za-z0-9`])([{CJK}])", r"\1 \2", text)
    return re.sub(rf"(\d) ({COUNTERS})", r"\1\2", text)


def cited(*texts):
    """The RFC sections the texts cite, in order."""
    return list(dict.fromkeys(a for t in texts for a in ANCHOR.findall(t) if a.startswith("RFC")))


# ---------------------------------------------------------------- YAML output

def q(s):
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def block(key, text, indent):
    pad = " " * indent
    lines = [f"{pad}{key}: |"]
    for line in text.rstrip("\n").split("\n"):
        lines.append(f"{pad}  {line}" if line else "")
    return "\n".join(lines)


def record_yaml(code, reason, status, refs, locales):
    out = [f"code: {code}", f"reason: {q(reason)}"]
    if status:
        out.append(f"status: {status}")
    out.append("references:")
    out += [f"  - {q(r)}" for r in refs]
    for loc, fields in locales.items():
        out.append(f"{loc}:")
        for k in ("description", "appears_when", "resolution", "differences", "which_to_use"):
            if k in fields:
                out.append(block(k, fields[k], 2))
    return "\n".join(out) + "\n"


def pair_yaml(locales):
    out = []
    for loc, fields in locales.items():
        out.append(f"{loc}:")
        for k, v in fields.items():
            out.append(block(k, v, 2))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the site

def pick_codes(rng, n, classes):
    digits = sorted(classes)
    if n > 100 * len(digits):
        sys.exit(f"at most {100 * len(digits)} codes fit in {len(digits)} classes, asked for {n}")
    weights = {d: CLASS_WEIGHTS.get(d, 0.1) for d in digits}
    total = sum(weights.values())
    if n < len(digits):
        # Fewer codes than classes: one code in each of the n most common classes.
        digits = sorted(sorted(digits, key=lambda d: -weights[d])[:n])
    counts = {d: min(100, max(1, round(n * weights[d] / total))) for d in digits}
    # Fix rounding and capping so the counts add up to n exactly.
    while sum(counts.values()) < n:
        d = max((d for d in digits if counts[d] < 100), key=lambda d: (100 - counts[d]) * weights[d])
        counts[d] += 1
    while sum(counts.values()) > n:
        d = max((d for d in digits if counts[d] > 1), key=lambda d: counts[d])
        counts[d] -= 1
    codes = []
    for d in digits:
        codes += rng.sample(range(d * 100, d * 100 + 100), counts[d])
    return sorted(codes)


def reason_for(rng, used):
    while True:
        words = rng.sample(REASON_WORDS, rng.randint(2, 4))
        reason = " ".join(words)
        if reason not in used:
            used.add(reason)
            return reason


def write_registry(content, reg_id, n, rng, untranslated):
    classes = HTTP_CLASSES if reg_id == "http" else SIP_CLASSES
    d = content / reg_id
    (d / "pairs").mkdir(parents=True, exist_ok=True)
    cls = "\n".join(f"  {k}: {v}" for k, v in classes.items())
    (d / "registry.yaml").write_text(f"name: {reg_id.upper()}\nclasses:\n{cls}\n", encoding="utf-8")
    text = Text(rng)
    codes = pick_codes(rng, n, classes)
    used = set()
    for code in codes:
        status = None
        roll = rng.random()
        if roll < 0.06:
            status = rng.choice(["deprecated", "obsoleted", "temporary", "unused"])
        refs = [text.ref() for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.1:
            refs.append(f"draft-ietf-{rng.choice(['sipcore', 'stir', 'httpbis'])}-{rng.choice(['retry', 'consent', 'priority', 'geo'])}-{rng.randint(1, 9)}")
        en = text.en_record(code)
        ja = text.ja_record(code, en)
        refs = list(dict.fromkeys(refs + cited(*en.values())))
        if rng.random() < untranslated:
            # An untranslated field: the ja page shows the English text with a note.
            del ja[rng.choice(list(ja))]
        body = record_yaml(code, reason_for(rng, used), status, refs, {"en": en, "ja": ja})
        (d / f"{code}.yaml").write_text(body, encoding="utf-8")
    n_pairs = min(len(codes) * (len(codes) - 1) // 2, max(1, round(len(codes) / 6)))
    pairs = set()
    while len(pairs) < n_pairs:
        a, b = sorted(rng.sample(codes, 2))
        pairs.add((a, b))
    for a, b in sorted(pairs):
        en = text.en_pair(a, b)
        body = pair_yaml({"en": en, "ja": text.ja_pair(a, b, en)})
        (d / "pairs" / f"{a}-vs-{b}.yaml").write_text(body, encoding="utf-8")
    return len(codes), n_pairs


def page_count(sizes, locales=2):
    # Per locale: the home page, the translation status page, and per registry
    # its index, its codes and every pair.
    return locales * (2 + sum(1 + n + n * (n - 1) // 2 for _, n in sizes))


def generate(out, sizes, seed=1, untranslated=0.03):
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    content.mkdir(parents=True)
    (content / "site.yaml").write_text(
        "base_url: https://example.org/codeatlas/\ndefault_locale: en\nlocales: [en, ja]\n", encoding="utf-8")
    for i, (reg_id, n) in enumerate(sizes):
        rng = random.Random(f"{seed}:{i}:{reg_id}:{n}")
        write_registry(content, reg_id, n, rng, untranslated)
    for sub in ("templates", "locales", "static"):
        shutil.copytree(REPO / sub, out / sub)
    return page_count(sizes)


def parse_registry(s):
    reg_id, _, n = s.partition(":")
    if not reg_id or not n.isdigit() or not all(ch.islower() or ch.isdigit() or ch == "-" for ch in reg_id):
        raise argparse.ArgumentTypeError(f"expected NAME:COUNT such as sip:75, found {s!r}")
    return reg_id, int(n)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="folder to write the site into (replaced)")
    ap.add_argument("--registry", action="append", type=parse_registry, required=True,
                    metavar="NAME:COUNT", help="a registry and its number of codes; repeatable")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--untranslated", type=float, default=0.03,
                    help="share of records whose ja block lacks one field (default 0.03)")
    args = ap.parse_args(argv)
    pages = generate(args.out, args.registry, args.seed, args.untranslated)
    print(f"wrote {args.out}: {', '.join(f'{r}:{n}' for r, n in args.registry)}; {pages} pages expected")


if __name__ == "__main__":
    main()
