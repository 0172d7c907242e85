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

    let files = tree(&out);
    assert!(files.len() > 20);
    for (rel, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        if rel.ends_with(".json") {
            // JSON carries the payloads as data, with no character a browser
            // could read as markup.
            assert!(!text.contains(['<', '>']), "{rel}: raw < or > in JSON");
            continue;
        }
        if rel.ends_with(".xml") || rel.ends_with(".txt") {
            assert!(!text.contains("<script") && !text.to_lowercase().contains("javascript:"), "{rel}");
            continue;
        }
        if !rel.ends_with(".html") {
            continue;
        }
        check_html(rel, &text);
    }
    // The payloads are visible as text where they were written.
    let page = read(&out, "en/sip/437/index.html");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
}
