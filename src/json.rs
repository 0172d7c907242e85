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
