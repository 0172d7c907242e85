//! Parser for the SIP example messages that contributors write into records.
//!
//! It follows the message grammar of RFC 3261 (§7 and the ABNF of §25) for the start line and the shape of
//! header fields, and reports the first problem with a 1-based line and column (counted in characters, as an
//! editor shows them, relative to the message text; a caller that found the message inside a YAML block adds
//! the block's position and indentation).
//!
//! Deliberately not checked, because an example that is well-formed at this level is what records need and
//! the rest would mean a full SIP stack:
//! - the inside of header values (`Via` parameters, name-addr, the comma-separated list rule of §7.3.1) and
//!   of the body; header values are kept as text;
//! - the inside of `sip:` and `sips:` URIs (user, host, port, parameters); a Request-URI is checked as
//!   `scheme ":"` followed by printable ASCII;
//! - that `Content-Length` matches the body, which depends on whether the record is read with CRLF or LF;
//! - the headers a request must carry (§8.1.1) and which headers a method allows.
//!
//! Stricter than the ABNF, because in hand-written examples these are mistakes rather than intent: the
//! CRLFs a stream may carry before a message (§7.5) and header-section lines made only of spaces or tabs
//! (which the grammar reads as folding) are errors. Laxer: a reason phrase may hold any printable
//! character, where the ABNF wants `"`, `<`, `#` and the like escaped.
//!
//! The parser never panics, whatever it is given; the hostile-input test at the bottom keeps it that way.

use std::fmt::Write as _;

/// One SIP message as written: start line, header fields in order, body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message<'a> {
    /// The request or status line.
    pub start: StartLine<'a>,
    /// The header fields in order.
    pub headers: Vec<Header<'a>>,
    /// Everything after the empty line that ends the headers, untouched: an SDP body keeps its own line endings.
    pub body: &'a str,
    /// Byte offset of `body` in the input, so that a later check of the body can point back into the record.
    pub body_offset: usize,
}

/// The first line of a message; it decides whether the message is a request or a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartLine<'a> {
    /// `Method SP Request-URI SP SIP-Version`. The version is kept as written (it may be `sip/2.0`).
    Request {
        /// The method.
        method: &'a str,
        /// The Request-URI.
        uri: &'a str,
        /// The version as written.
        version: &'a str,
    },
    /// `SIP-Version SP Status-Code SP Reason-Phrase`. The reason phrase is kept as written and may be empty.
    Response {
        /// The version as written.
        version: &'a str,
        /// The status code.
        code: u16,
        /// The reason phrase.
        reason: &'a str,
    },
}

/// One header field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header<'a> {
    /// The name as written, which may be a compact form such as `v`; see [`Header::canonical_name`].
    pub name: &'a str,
    /// The value with folded continuation lines joined by a single space, and leading and trailing SP/HTAB
    /// trimmed. It is owned because joining folded lines makes text that is not a slice of the input.
    pub value: String,
    /// 1-based line of the field's first line.
    pub line: usize,
}

/// Compact header names: the ones of RFC 3261 §7.3.3 and those IANA registers for extensions.
const COMPACT_FORMS: [(char, &str); 19] = [
    ('a', "Accept-Contact"),
    ('b', "Referred-By"),
    ('c', "Content-Type"),
    ('d', "Request-Disposition"),
    ('e', "Content-Encoding"),
    ('f', "From"),
    ('i', "Call-ID"),
    ('j', "Reject-Contact"),
    ('k', "Supported"),
    ('l', "Content-Length"),
    ('m', "Contact"),
    ('o', "Event"),
    ('r', "Refer-To"),
    ('s', "Subject"),
    ('t', "To"),
    ('u', "Allow-Events"),
    ('v', "Via"),
    ('x', "Session-Expires"),
    ('y', "Identity"),
];

/// The full name for a one-letter compact name. Header names are case-insensitive (§7.3.1), so `V` is `Via` too.
fn expand_compact(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let c = c.to_ascii_lowercase();
    COMPACT_FORMS.iter().find(|&&(short, _)| short == c).map(|&(_, full)| full)
}

impl Header<'_> {
    /// The name with a compact form expanded (`i` becomes `Call-ID`); any other name is returned as written,
    /// so that callers still compare it case-insensitively.
    pub fn canonical_name(&self) -> &str {
        expand_compact(self.name).unwrap_or(self.name)
    }
}

impl<'a> Message<'a> {
    /// The first field with this name, compared case-insensitively; a compact form and its full name match
    /// each other in both directions (`header("v")` finds `Via:` and `header("Via")` finds `v:`).
    pub fn header(&self, name: &str) -> Option<&Header<'a>> {
        self.headers_named(name).next()
    }

    /// Every field with this name, in message order; names are matched as in [`Message::header`].
    pub fn headers_named(&self, name: &str) -> impl Iterator<Item = &Header<'a>> {
        let wanted = expand_compact(name).unwrap_or(name);
        self.headers.iter().filter(move |h| h.canonical_name().eq_ignore_ascii_case(wanted))
    }
}

/// A problem in a message: the one error type of `wire`, under the name this
/// parser has always used.
pub use super::WireError as ParseError;

/// The punctuation RFC 3261 allows in a `token`, written out for error messages.
const TOKEN_PUNCTUATION: &str = "- . ! % * _ + ` ' ~";

/// RFC 3261 `token`: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".
fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '!' | '%' | '*' | '_' | '+' | '`' | '\'' | '~')
}

/// SP or HTAB, the only white space the SIP grammar knows (`WSP`).
fn is_wsp(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn trim_wsp(s: &str) -> &str {
    s.trim_matches(is_wsp)
}

/// Characters that would be invisible or misleading if printed as they are in an error message.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || c == '\u{AD}'
        || c == '\u{FEFF}'
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}')
}

/// One character named for an error message.
fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        '\t' => "a tab".into(),
        '`' => "a backtick".into(),
        c if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
        c if is_invisible(c) => format!("the invisible character U+{:04X}", u32::from(c)),
        c => format!("`{c}`"),
    }
}

/// A piece of input quoted in an error message: invisible characters escaped, and cut short, because the
/// piece may be a whole hostile line.
fn found(s: &str) -> String {
    if s.is_empty() {
        return "the end of the line".into();
    }
    let mut out = String::from("`");
    for (n, c) in s.chars().enumerate() {
        if n == 40 {
            out.push('…');
            break;
        }
        if is_invisible(c) && c != ' ' {
            let _ = write!(out, "\\u{{{:04X}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out.push('`');
    out
}

/// A line of the start line or header section, without its terminator.
struct Line<'a> {
    text: &'a str,
    number: usize,
}

impl<'a> Line<'a> {
    fn error(&self, byte: usize, message: impl Into<String>) -> ParseError {
        let col = self.text.char_indices().take_while(|&(i, _)| i < byte).count() + 1;
        ParseError { line: self.number, col, message: message.into() }
    }

    /// The character starting at byte `at`, or `None` at the end of the line.
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    /// `text[from..to]`, but empty instead of a panic if the range were ever wrong.
    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.text.get(from..to).unwrap_or("")
    }

    /// Byte index of the first SP or HTAB at or after `from`, or the end of the line.
    fn word_end(&self, from: usize) -> usize {
        let rest = self.text.get(from..).unwrap_or("");
        rest.find(is_wsp).map_or(self.text.len(), |i| from + i)
    }
}

/// Cuts the start line and header section into lines. It hands out one line at a time instead of splitting
/// the whole input because the body after the empty line is opaque and must not be checked for line endings.
struct Lines<'a> {
    input: &'a str,
    /// Byte offset of the next line.
    pos: usize,
    /// Number of the line handed out last.
    number: usize,
}

impl<'a> Lines<'a> {
    fn next_line(&mut self) -> Result<Option<Line<'a>>, ParseError> {
        let rest = match self.input.get(self.pos..) {
            Some(rest) if !rest.is_empty() => rest,
            _ => return Ok(None),
        };
        self.number += 1;
        // CRLF is the wire format, but a bare LF is accepted because records are YAML written in editors.
        let (text, consumed) = match rest.find('\n') {
            Some(i) => {
                let raw = &rest[..i];
                (raw.strip_suffix('\r').unwrap_or(raw), i + 1)
            }
            None => (rest, rest.len()),
        };
        let line = Line { text, number: self.number };
        // A lone CR is neither line ending, and editors show it inconsistently, so it is never accepted.
        if let Some(i) = text.find('\r') {
            return Err(
                line.error(i, "found a carriage return without a line feed, expected each line to end with CRLF or LF")
            );
        }
        self.pos += consumed;
        Ok(Some(line))
    }
}

/// Parses one SIP message. See the module documentation for what is and is not checked.
pub fn parse(input: &str) -> Result<Message<'_>, ParseError> {
    let mut lines = Lines { input, pos: 0, number: 0 };
    let Some(first) = lines.next_line()? else {
        return Err(ParseError {
            line: 1,
            col: 1,
            message: "found an empty message, expected a request line or a status line".into(),
        });
    };
    let start = parse_start_line(&first)?;
    let mut headers: Vec<Header<'_>> = Vec::new();
    // Without an empty line the message simply has no body; the end of the input ends the headers.
    let mut body_offset = input.len();
    while let Some(line) = lines.next_line()? {
        if line.text.is_empty() {
            body_offset = lines.pos;
            break;
        }
        if line.text.starts_with(is_wsp) {
            // The grammar would read such a line as folding white space, but in a hand-written example it is
            // nearly always an "empty" line with stray spaces, and the body would then fail as bad headers.
            if trim_wsp(line.text).is_empty() {
                return Err(line.error(
                    0,
                    "found a line of only spaces or tabs, expected an empty line to end the headers \
                     or a folded value",
                ));
            }
            let Some(field) = headers.last_mut() else {
                return Err(line.error(
                    0,
                    "found a continuation line with no header field before it, expected a header field \
                     `Name: value`",
                ));
            };
            check_text(&line, 0, "the folded header value")?;
            if !field.value.is_empty() {
                field.value.push(' ');
            }
            field.value.push_str(trim_wsp(line.text));
            continue;
        }
        headers.push(parse_header(&line)?);
    }
    Ok(Message { start, headers, body: input.get(body_offset..).unwrap_or(""), body_offset })
}

fn parse_start_line<'a>(line: &Line<'a>) -> Result<StartLine<'a>, ParseError> {
    let first = line.slice(0, line.word_end(0));
    let second = line.text.split(is_wsp).nth(1).unwrap_or("");
    // A method is a token and can never contain `/`, so a first word like `SIP/3.0` or `HTTP/1.1` is a wrong
    // version in a status line, and saying so is clearer than complaining about the method. `SIP 200 OK`
    // is treated the same way.
    let version_like = first.split_once('/').is_some_and(|(_, v)| v.starts_with(|c: char| c.is_ascii_digit()));
    let sip_and_code = first.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("SIP"))
        && !second.is_empty()
        && second.bytes().all(|b| b.is_ascii_digit());
    if version_like || sip_and_code { parse_status_line(line) } else { parse_request_line(line) }
}

/// Status-Line = SIP-Version SP Status-Code SP Reason-Phrase
fn parse_status_line<'a>(line: &Line<'a>) -> Result<StartLine<'a>, ParseError> {
    let v_end = line.word_end(0);
    let version = check_version(line, 0, v_end)?;
    let c_start = expect_space(line, v_end, "a three-digit status code", true)?;
    let c_end = line.word_end(c_start);
    let digits = line.slice(c_start, c_end);
    if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(line.error(c_start, format!("found {}, expected a three-digit status code", found(digits))));
    }
    let code = digits.bytes().fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    if !(100..=699).contains(&code) {
        return Err(line.error(c_start, format!("found `{digits}`, expected a status code from 100 to 699")));
    }
    // The reason phrase may itself start with a space, so only one separator is consumed here.
    let r_start = expect_space(line, c_end, "a reason phrase (such as `OK`)", false)?;
    check_text(line, r_start, "the reason phrase")?;
    Ok(StartLine::Response { version, code, reason: line.slice(r_start, line.text.len()) })
}

/// Request-Line = Method SP Request-URI SP SIP-Version
fn parse_request_line<'a>(line: &Line<'a>) -> Result<StartLine<'a>, ParseError> {
    let m_end = line.text.find(|c| !is_token_char(c)).unwrap_or(line.text.len());
    if m_end == 0 {
        return Err(match line.char_at(0) {
            None => line.error(
                0,
                "found an empty line, expected a request line (`METHOD uri SIP/2.0`) \
                 or a status line (`SIP/2.0 code reason`)",
            ),
            Some(c) => line.error(
                0,
                format!("found {}, expected a method such as `INVITE` or the version `SIP/2.0`", describe(c)),
            ),
        });
    }
    if line.char_at(m_end) == Some(':') {
        // `Via: …` on the first line: the start line itself is missing.
        let name = line.slice(0, m_end);
        return Err(line.error(
            0,
            format!(
                "found the header field `{name}` where the start line belongs, expected a request line \
                 (`METHOD uri SIP/2.0`) or a status line (`SIP/2.0 code reason`) first"
            ),
        ));
    }
    if let Some(c) = line.char_at(m_end).filter(|&c| !is_wsp(c)) {
        return Err(line.error(
            m_end,
            format!("found {} in the method, expected only letters, digits and {TOKEN_PUNCTUATION}", describe(c)),
        ));
    }
    let method = line.slice(0, m_end);
    let u_start = expect_space(line, m_end, "the Request-URI", true)?;
    let u_end = line.word_end(u_start);
    let uri = line.slice(u_start, u_end);
    check_uri(line, u_start, uri)?;
    let v_start = expect_space(line, u_end, "the version `SIP/2.0`", true)?;
    let v_end = line.word_end(v_start);
    let version = check_version(line, v_start, v_end).map_err(|e| {
        // A space typed inside the URI pushes the version one word to the right; name the real mistake.
        let rest = line.slice(v_end, line.text.len());
        if rest.split(is_wsp).any(|w| w.eq_ignore_ascii_case("SIP/2.0")) {
            line.error(u_end, "found a space inside the Request-URI, expected a URI without spaces (write `%20`)")
        } else {
            e
        }
    })?;
    if let Some(c) = line.char_at(v_end) {
        return Err(line.error(v_end, format!("found {} after the version, expected the end of the line", describe(c))));
    }
    Ok(StartLine::Request { method, uri, version })
}

/// SIP-Version, which RFC 3261 §7.1 says is compared case-insensitively; only 2.0 exists.
/// `SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT` (RFC 3261 §25.1). Any
/// version parses; which one an example may use is for `validate` to say
/// (a request answered by 505 carries another on purpose).
fn check_version<'a>(line: &Line<'a>, from: usize, to: usize) -> Result<&'a str, ParseError> {
    let version = line.slice(from, to);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let ok = version.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("SIP/"))
        && version[4..].split_once('.').is_some_and(|(a, b)| digits(a) && digits(b));
    if ok {
        Ok(version)
    } else {
        Err(line.error(from, format!("found {}, expected the version `SIP/2.0`", found(version))))
    }
}

/// The single SP that separates start-line elements, at byte `at`; returns where the next element starts.
/// With `single`, a second SP or an HTAB right after it is an error, because the next element cannot start
/// with white space and two spaces are a typo that would otherwise surface as a confusing error later.
fn expect_space(line: &Line<'_>, at: usize, next: &str, single: bool) -> Result<usize, ParseError> {
    match line.char_at(at) {
        None => Err(line.error(at, format!("found the end of the line, expected a space and then {next}"))),
        Some(' ') => match line.char_at(at + 1) {
            Some(c) if single && is_wsp(c) => {
                let what =
                    if c == ' ' { "a second space".to_string() } else { format!("{} after the space", describe(c)) };
                Err(line.error(at + 1, format!("found {what}, expected a single space before {next}")))
            }
            _ => Ok(at + 1),
        },
        Some(c) => Err(line.error(at, format!("found {}, expected a space before {next}", describe(c)))),
    }
}

/// Request-URI = SIP-URI / SIPS-URI / absoluteURI, checked as `scheme ":"` and then printable ASCII.
/// The inside of a `sip:` URI (user, host, port, parameters) is not parsed; see the module documentation.
fn check_uri(line: &Line<'_>, start: usize, uri: &str) -> Result<(), ParseError> {
    let Some(first) = uri.chars().next() else {
        return Err(line.error(start, "found the end of the line, expected a Request-URI such as `sip:bob@biloxi.com`"));
    };
    if !first.is_ascii_alphabetic() {
        let how = if first == '<' { " without angle brackets," } else { "" };
        return Err(line.error(
            start,
            format!("found {}, expected a Request-URI{how} starting with a scheme such as `sip:`", describe(first)),
        ));
    }
    // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    let scheme_end =
        uri.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))).unwrap_or(uri.len());
    if !uri[scheme_end..].starts_with(':') {
        return Err(
            line.error(start, format!("found {}, expected a Request-URI with a scheme such as `sip:`", found(uri)))
        );
    }
    let rest_start = scheme_end + 1;
    let rest = &uri[rest_start..];
    if rest.is_empty() {
        return Err(line.error(
            start + rest_start,
            format!("found nothing after {}, expected the rest of the URI", found(&uri[..rest_start])),
        ));
    }
    if let Some((i, c)) = rest.char_indices().find(|&(_, c)| !c.is_ascii_graphic()) {
        return Err(line.error(
            start + rest_start + i,
            format!("found {} in the Request-URI, expected printable ASCII (write others as `%XX`)", describe(c)),
        ));
    }
    Ok(())
}

/// Text after byte `from` may hold UTF-8, SP and HTAB but no other control character (TEXT-UTF8char and LWS).
fn check_text(line: &Line<'_>, from: usize, what: &str) -> Result<(), ParseError> {
    let rest = line.text.get(from..).unwrap_or("");
    match rest.char_indices().find(|&(_, c)| c.is_control() && c != '\t') {
        Some((i, c)) => {
            Err(line.error(from + i, format!("found {} in {what}, expected text, spaces and tabs", describe(c))))
        }
        None => Ok(()),
    }
}

/// message-header = field-name HCOLON value, with HCOLON = *( SP / HTAB ) ":" SWS.
fn parse_header<'a>(line: &Line<'a>) -> Result<Header<'a>, ParseError> {
    let text = line.text;
    let name_end = text.find(|c| !is_token_char(c)).unwrap_or(text.len());
    let colon = text.len() - text[name_end..].trim_start_matches(is_wsp).len();
    if name_end > 0 && line.char_at(colon) == Some(':') {
        check_text(line, colon + 1, "the header value")?;
        let value = trim_wsp(&text[colon + 1..]).to_string();
        return Ok(Header { name: &text[..name_end], value, line: line.number });
    }
    if !text.contains(':') {
        // Reported where the colon was expected, right after the name. A line such as `v=0` is the first line
        // of an SDP body whose separating empty line was forgotten, the commonest slip, so it gets a hint.
        let sdp_like = name_end == 1 && line.char_at(1) == Some('=');
        let hint = if sdp_like { " (an empty line must separate the headers from the body)" } else { "" };
        return Err(line.error(name_end, format!("found a header line without a colon, expected `Name: value`{hint}")));
    }
    let c = line.char_at(name_end).unwrap_or(':');
    let message = if name_end == 0 && c == ':' {
        "found `:` at the start of the line, expected a header name before it".to_string()
    } else if name_end == 0 {
        format!("found {}, expected a header name such as `Via`", describe(c))
    } else if is_wsp(c) {
        format!("found {} after the header name `{}`, expected `:`", describe(c), &text[..name_end])
    } else {
        format!("found {} in the header name, expected only letters, digits and {TOKEN_PUNCTUATION}", describe(c))
    };
    Err(line.error(name_end, message))
}

#[cfg(test)]
mod tests;
