//! Shared helpers for integration tests: sample sites in temp folders, running
//! the real binary, and reading what it wrote.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub(crate) fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

pub(crate) const RECORD_183: &str = r#"code: 183
reason: Session Progress
references: ["RFC 3261 §21.1.5"]
en:
  description: |
    Conveys information about the progress of the call that is not otherwise classified.
  appears_when: |
    Gateways send it with SDP so the caller hears early media.
  resolution: |
    Nothing needs fixing. If early media is silent, check the SDP.
ja:
  description: |
    他に分類されない呼の進行状況を伝えます。
  appears_when: |
    ゲートウェイが SDP 付きで送信し、発信側に早期メディアを聞かせます。
  resolution: |
    対処は不要です。早期メディアが聞こえない場合は SDP を確認してください。
"#;

pub(crate) const RECORD_437: &str = r#"code: 437
reason: Unsupported Credential
references: ["RFC 8224 §6.2.2"]
en:
  description: |
    The verifier cannot use the credential named in the Identity header.
  appears_when: |
    A STIR verification service does not trust the signing certificate.
  resolution: |
    Use a certificate from a trusted authority. <script>alert("x")</script> [bad](javascript:alert(1)) [good](https://www.rfc-editor.org/rfc/rfc8224.html)
ja:
  description: |
    検証サービスが Identity ヘッダーの資格情報を利用できないことを示します。
  appears_when: |
    STIR の検証サービスが署名証明書を信頼していない場合に返されます。
"#;

pub(crate) const RECORD_486: &str = r#"code: 486
reason: Busy Here
references: ["RFC 3261 §21.4.24"]
en:
  description: |
    The callee's end system was contacted but is busy.
  appears_when: |
    The phone is already on a call.
  resolution: |
    Try again later or try another location.
"#;

/// A small site: the repo's real templates, locales and static files, with three
/// SIP records (437 lacks ja.resolution; 486 has no ja block) and one curated pair.
pub(crate) fn sample_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for d in ["templates", "locales", "static"] {
        copy_dir(&repo().join(d), &root.join(d));
    }
    write(root, "content/site.yaml", "base_url: https://example.org/\ndefault_locale: en\nlocales: [en, ja]\n");
    write(
        root,
        "content/sip/registry.yaml",
        std::fs::read_to_string(repo().join("content/sip/registry.yaml")).unwrap().as_str(),
    );
    write(root, "content/sip/183.yaml", RECORD_183);
    write(root, "content/sip/437.yaml", RECORD_437);
    write(root, "content/sip/486.yaml", RECORD_486);
    write(
        root,
        "content/sip/pairs/183-vs-486.yaml",
        "en:\n  differences: |\n    - One is provisional, the other final (RFC 3261 §21.1.5).\n  which_to_use: |\n    Send 486 when busy.\nja:\n  differences: |\n    - 一方は暫定レスポンス、他方は最終レスポンスです（RFC 3261 §21.1.5）。\n  which_to_use: |\n    話中なら 486 を送ります。\n",
    );
    dir
}

pub(crate) fn codeatlas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codeatlas")).args(args).output().unwrap()
}

pub(crate) fn build(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    codeatlas(&args)
}

pub(crate) fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "build failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every file under `dir` with its bytes, keyed by relative path.
pub(crate) fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect()
}

pub(crate) fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Values of `href="…"` and `src="…"` attributes in an HTML page.
pub(crate) fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap();
            out.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    out
}

/// Checks that every internal link of every HTML page resolves to a file, as a
/// static server mounted at `base_path` would serve it. Returns the number checked.
pub(crate) fn assert_internal_links_resolve(out: &Path, base_path: &str) -> usize {
    let mut checked = 0;
    for (rel, bytes) in tree(out) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for link in links(&html) {
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
                || link.starts_with('#')
            {
                continue;
            }
            assert!(link.starts_with(base_path), "{rel}: link {link} does not start with the base path {base_path}");
            let path = link[base_path.len()..].split(['#', '?']).next().unwrap().to_string();
            let file = if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path };
            assert!(out.join(&file).is_file(), "{rel}: link {link} resolves to missing {file}");
            checked += 1;
        }
    }
    checked
}

/// Visible text of an HTML page (tags removed, entities for & < > " decoded).
pub(crate) fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&")
}

/// The text of every h1–h3 heading (up to its first child element).
pub(crate) fn headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in ["<h1", "<h2", "<h3"] {
        let mut rest = html;
        while let Some(i) = rest.find(tag) {
            rest = &rest[i + tag.len()..];
            let start = rest.find('>').unwrap() + 1;
            let end = rest[start..].find('<').unwrap() + start;
            out.push(rest[start..end].trim().to_string());
        }
    }
    out
}

/// The page without the contents of its `<script>` elements.
pub(crate) fn without_scripts(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<script") {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        rest = match rest.find("</script>") {
            Some(j) => &rest[j + 9..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// Fails on "when when", "is is" …: the glitch of gluing sentence fragments.
/// Looks within each text node (where a sentence lives); only bare words count,
/// since punctuation ends a clause ("sheds load. Load balancers", "timer (Timer C)").
pub(crate) fn assert_no_doubled_words(rel: &str, html: &str) {
    let html = without_scripts(html);
    for node in html.split(['<', '>']).step_by(2) {
        let words: Vec<String> = node.split_whitespace().map(str::to_lowercase).collect();
        for w in words.windows(2) {
            if w[0] == w[1] && w[0].chars().count() > 1 && w[0].chars().all(char::is_alphabetic) {
                panic!("{rel}: doubled word `{} {}` in `{}`", w[0], w[1], node.trim());
            }
        }
    }
}

/// Every tag in the page is one of ours: no script other than the site's own,
/// no event handler, no frame, style, svg or object element, no dangerous URL
/// in any attribute.
pub(crate) fn check_html(rel: &str, html: &str) {
    let lower = html.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let (name, attrs, len) = parse_tag(rest);
        let tag = &rest[..len.min(rest.len())];
        let our_link = name == "link"
            && attrs
                .iter()
                .any(|(k, v)| k == "rel" && ["canonical", "alternate", "stylesheet", "icon"].contains(&v.as_str()));
        // Our diagrams are inline SVG with class="flow" and role="img"; no other SVG may appear.
        let our_svg = name == "svg"
            && attrs.iter().any(|(k, v)| k == "class" && v == "flow")
            && attrs.iter().any(|(k, v)| k == "role" && v == "img")
            && !attrs.iter().any(|(k, _)| k.starts_with("on"));
        let banned =
            matches!(name.as_str(), "iframe" | "style" | "svg" | "math" | "object" | "embed" | "base" | "link");
        assert!(!banned || our_link || our_svg, "{rel}: injected <{tag}>");
        if name == "script" {
            let ours = attrs.iter().any(|(k, v)| k == "src" && v.ends_with("site.js"))
                || attrs.iter().any(|(k, v)| k == "type" && v == "application/ld+json")
                || (rel == "index.html" && attrs.is_empty());
            assert!(ours, "{rel}: injected <{tag}>");
        }
        if name == "form" {
            assert!(
                attrs.iter().any(|(k, v)| k == "class" && (v == "search" || v == "compare")),
                "{rel}: injected <{tag}>"
            );
        }
        for (k, v) in &attrs {
            assert!(!k.starts_with("on"), "{rel}: event handler in <{tag}>");
            let v: String = v.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
            let url_attr = matches!(
                k.as_str(),
                "href"
                    | "src"
                    | "action"
                    | "formaction"
                    | "xlink:href"
                    | "poster"
                    | "srcset"
                    | "background"
                    | "cite"
                    | "data"
            );
            let dangerous = v.starts_with("javascript:") || v.starts_with("data:") || v.starts_with("vbscript:");
            assert!(!(url_attr && dangerous), "{rel}: dangerous URL in <{tag}>");
            assert!(k != "style", "{rel}: style attribute in <{tag}>");
        }
        rest = &rest[len.min(rest.len())..];
    }
    // Inside our JSON-LD, nothing can close the script element early.
    if let Some(i) = html.find("<script type=\"application/ld+json\">") {
        let body = &html[i + 35..];
        let end = body.find("</script>").unwrap();
        assert!(!body[..end].contains('<'), "{rel}: markup inside JSON-LD");
    }
}

/// A tag's name and attributes (values unquoted), and its length up to `>`;
/// quoted values may contain spaces and `>`.
pub(crate) fn parse_tag(s: &str) -> (String, Vec<(String, String)>, usize) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'/' || b[i] == b'!') {
        i += 1;
    }
    let name = s[..i].to_string();
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return (name, attrs, i);
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' {
            i += 1;
        }
        let key = s[start..i].to_string();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                i = vs;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                value = s[vs..i.min(b.len())].to_string();
                i += 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = s[vs..i].to_string();
            }
        }
        if key.is_empty() {
            i += 1;
        } else {
            attrs.push((key, value));
        }
    }
}
