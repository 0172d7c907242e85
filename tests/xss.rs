//! Markup safety: XSS payloads fed through every field a contributor controls
//! never survive as markup in any output file (pages, sitemap, search index,
//! JSON API, JSON-LD, titles and meta tags).

mod common;
use common::*;

/// A cheat-sheet set: raw HTML, event handlers, dangerous URL schemes (with case
/// and whitespace tricks), link titles, image alt, autolinks, reference
/// definitions, breaking out of attributes, JSON and script elements.
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<style>body{display:none}</style>",
    "<a href=\"javascript:alert(1)\">a</a>",
    "<div style=\"background:url(javascript:alert(1))\">d</div>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[l1](javascript:alert(1))",
    "[l2](JaVaScRiPt:alert(1))",
    "[l3](java&#x09;script:alert(1))",
    "[l4](<javascript:alert(1)>)",
    "[l5](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[l6](vbscript:msgbox(1))",
    "![i1\" onerror=\"alert(1)](x.png)",
    "![i2](javascript:alert(1))",
    "[l7](https://ok.example/ \"t\\\" onmouseover=\\\"alert(1)\")",
    "<javascript:alert(1)>",
    "[l8][r]\n\n[r]: javascript:alert(1)",
    "\"><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "'\"><svg/onload=alert(1)>",
    "{{ 7*7 }} {% raw %}x{% endraw %}",
];

fn payload_record(code: u16, reason: &str, text: &str) -> String {
    let block = |t: &str| format!("  description: |\n{0}\n  appears_when: |\n{0}\n  resolution: |\n{0}\n", indent(t));
    format!(
        "code: {code}\nreason: {}\nreferences: [\"RFC 3261 §21.4.24\"]\nen:\n{}ja:\n{}",
        yaml_str(reason),
        block(text),
        block(text)
    )
}

fn indent(t: &str) -> String {
    t.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}

fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
fn no_payload_survives_as_markup_anywhere() {
    let site = sample_site();
    let root = site.path();
    let all = PAYLOADS.join("\n\n");
    // Every Markdown field of two records, and their reason phrases (which flow
    // into <title>, meta tags, Fluent arguments, JSON-LD and the JSON files).
    write(root, "content/sip/437.yaml", &payload_record(437, "Unsupported </title><script>alert(1)</script>", &all));
    write(root, "content/sip/486.yaml", &payload_record(486, "Busy \"><img src=x onerror=alert(1)>", &all));
    let pair = format!(
        "en:\n  differences: |\n{0}\n  which_to_use: |\n{0}\nja:\n  differences: |\n{0}\n  which_to_use: |\n{0}\n",
        indent(&all)
    );
    write(root, "content/sip/pairs/183-vs-486.yaml", &pair);
    let out = root.join("public");
    ok(&build(root, &out, &[]));

    assert!(assert_no_markup_in_output(&out) > 20);
    // The payloads are visible as text where they were written.
    let page = read(&out, "en/sip/437/index.html");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
}

/// The protocol fields: example messages (header values and bodies), the
/// example's caption, header notes, flow notes and flow labels carry the
/// payloads; all of it is shown as text, in pages and in the JSON API.
#[test]
fn protocol_fields_show_markup_as_text() {
    let site = sample_site();
    let root = site.path();
    write(root, "content/sip/486.yaml", &protocol_payload_record());
    let out = root.join("public");
    ok(&build(root, &out, &[]));
    assert_no_markup_in_output(&out);
    let page = read(&out, "en/sip/486/index.html");
    assert!(
        page.contains("Subject: &lt;svg onload=alert(1)&gt; &amp; &quot;quotes&quot;"),
        "example header not shown as text"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
        "example body not shown as text"
    );
    assert!(page.contains(">MESSAGE &quot;x&quot; &amp; &#39;y&#39;</text>"), "flow label not escaped in the diagram");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</text>"),
        "flow note not escaped in the diagram"
    );
}

/// A valid 486 record whose example, caption, header note, flow label and
/// flow note carry the payloads.
fn protocol_payload_record() -> String {
    let all = PAYLOADS.join("\n\n");
    let body = "<script>alert(1)</script><img src=x onerror=alert(1)>\n";
    format!(
        r#"code: 486
reason: Busy Here
references: ["RFC 3261 §21.4.24"]
headers:
  - {{field: Retry-After, level: may, ref: "RFC 3261 §21.4.24"}}
example:
  - |
    MESSAGE sip:bob@biloxi.example.com SIP/2.0
    Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds
    Max-Forwards: 70
    To: Bob <sip:bob@biloxi.example.com>
    From: "</title><script>alert(1)</script>" <sip:alice@atlanta.example.com>;tag=1928301774
    Call-ID: a84b4c76e66710@pc33.atlanta.example.com
    CSeq: 1 MESSAGE
    Subject: <svg onload=alert(1)> & "quotes"
    Content-Type: text/plain
    Content-Length: {len}

{body_indented}
  - |
    SIP/2.0 486 Busy Here
    Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds
    To: Bob <sip:bob@biloxi.example.com>;tag=a6c85cf
    From: "</title><script>alert(1)</script>" <sip:alice@atlanta.example.com>;tag=1928301774
    Call-ID: a84b4c76e66710@pc33.atlanta.example.com
    CSeq: 1 MESSAGE
    Content-Length: 0
flow:
  participants: [ua, proxy, ua2]
  steps:
    - ua -> proxy: MESSAGE "x" & 'y'
    - note proxy: evil
    - proxy -> ua2: MESSAGE
    - ua2 -> proxy: 486 Busy Here
    - proxy -> ua: 486 Busy Here
en:
  description: |
    Busy (RFC 3261 §21.4.24).
  appears_when: |
    Busy.
  resolution: |
    Call later.
  example: |
{all}
  headers:
    Retry-After: |
{all}
  flow:
    evil: "<script>alert(1)</script> & \"x\""
"#,
        len = body.len() + 1,
        body_indented = indent(body.trim_end()),
        all = indent(&indent(&all)),
    )
}

/// Translations arriving through `l10n import` (a PO file from a translation
/// tool) go through the same Markdown and escaping as YAML-edited ones.
#[test]
fn payloads_imported_from_a_po_file_show_as_text() {
    let site = sample_site();
    let root = site.path();
    let r = root.to_str().unwrap();
    let po = codeatlas(&["l10n", "export", "ja", "--root", r]);
    assert!(po.status.success());
    let po = String::from_utf8(po.stdout).unwrap();
    let escaped = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    let payloads = escaped(&PAYLOADS.join("\n\n"));
    // Fill the empty msgstr of 486's description (486 has no ja block).
    let entry = "msgctxt \"sip/486#description\"\n";
    let at = po.find(entry).expect("486 description entry") + entry.len();
    let msgstr = po[at..].find("msgstr \"\"").unwrap() + at;
    let po = format!("{}msgstr \"{payloads}\"{}", &po[..msgstr], &po[msgstr + "msgstr \"\"".len()..]);
    let file = root.join("xss.po");
    std::fs::write(&file, po).unwrap();
    let o = codeatlas(&["l10n", "import", file.to_str().unwrap(), "--root", r]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = root.join("public");
    ok(&build(root, &out, &[]));
    assert_no_markup_in_output(&out);
    let page = read(&out, "ja/sip/486/index.html");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "{page}");
}

/// Looks at every file of a built site: no markup a payload could have made,
/// in HTML, JSON, the sitemaps and robots.txt. Returns how many files there are.
fn assert_no_markup_in_output(out: &std::path::Path) -> usize {
    let files = tree(out);
    for (rel, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        if rel.ends_with(".json") {
            // JSON carries the payloads as data, with no character a browser
            // could read as markup.
            assert!(!text.contains(['<', '>']), "{rel}: raw < or > in JSON");
        } else if rel.ends_with(".xml") || rel.ends_with(".txt") {
            assert!(!text.contains("<script") && !text.to_lowercase().contains("javascript:"), "{rel}");
        } else if rel.ends_with(".html") {
            check_html(rel, &text);
        }
    }
    files.len()
}
