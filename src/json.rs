//! JSON written into files and pages.

/// JSON with `<`, `>` and `&` written as `\u003c`… : the same data for any JSON
/// reader, and nothing a browser could take for markup if a file were ever
/// served or sniffed as HTML.
pub fn markup_safe(json: String) -> String {
    if !json.contains(['<', '>', '&']) {
        return json;
    }
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// Appends `s` as a JSON string literal, escaped as `serde_json` escapes it and
/// then markup-safe: the same bytes as `markup_safe(serde_json::to_string(s))`,
/// written straight into `out` (pages build their structured data this way).
pub fn push_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escaped: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            b'<' => "\\u003c",
            b'>' => "\\u003e",
            b'&' => "\\u0026",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escaped.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(escaped);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_match_serde_json_then_markup_safe() {
        let mut cases: Vec<String> =
            ["", "plain", "a \"quoted\" \\ back", "</script><!--", "x & y > z", "日本語 «»", "\u{2028}\u{7f}"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        cases.push((0u8..0x20).map(char::from).collect());
        for s in cases {
            let mut ours = String::new();
            push_string(&mut ours, &s);
            assert_eq!(ours, markup_safe(serde_json::to_string(&s).unwrap()), "{s:?}");
        }
    }
}
