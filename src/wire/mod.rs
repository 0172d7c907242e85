//! Messages as they appear on the wire, for checking the example exchanges
//! of records: SIP with our parser of RFC 3261's message grammar (`sip`; no
//! well-kept SIP parsing crate exists), HTTP/1.1 with `httparse`, the parser
//! hyper uses. Both give the same shape (`Message`) with line numbers, so the
//! checks in `validate` treat the two protocols alike. A leaf utility.

pub mod sip;

/// An HTTP `token` (RFC 9110 §5.6.2): what a field name or a method may
/// hold. SIP's `token` (RFC 3261 §25.1) is narrower; the SIP parser checks
/// its own, so a name that passes here may still be refused in a SIP example.
pub fn is_token(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_tchar)
}

/// An HTTP `tchar` (RFC 9110 §5.6.2).
pub fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Which protocol a registry's examples speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Wire {
    /// SIP/2.0 (RFC 3261).
    Sip,
    /// HTTP/1.1 (RFC 9112).
    Http,
}

/// A message's first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// `INVITE sip:bob@biloxi.example.com SIP/2.0`, `GET /a HTTP/1.1`.
    Request {
        /// The method.
        method: String,
        /// The Request-URI or request target.
        target: String,
    },
    /// `SIP/2.0 486 Busy Here`, `HTTP/1.1 429 Too Many Requests`.
    Response {
        /// The status code.
        code: u16,
        /// The reason phrase.
        reason: String,
    },
}

/// One header field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The field name, compact SIP forms expanded (`v` → `Via`).
    pub name: String,
    /// The value, folded lines joined.
    pub value: String,
    /// 1-based line of the field in the message.
    pub line: usize,
}

/// A parsed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The first line.
    pub start: Start,
    /// The version as written (`SIP/2.0`, `HTTP/1.1`).
    pub version: String,
    /// The header fields in order.
    pub fields: Vec<Field>,
    /// The body's length on the wire, where lines end with CRLF.
    pub body_len: usize,
    /// The body as written.
    pub body: String,
    /// 1-based line where the body starts, if there is one.
    pub body_line: Option<usize>,
}

impl Message {
    /// Whether the body is shown cut short: its last line is `…` alone, as
    /// where a body too large to show is the point of the example (413, 513).
    pub fn body_cut(&self) -> bool {
        self.body.trim_end().lines().last().is_some_and(|l| l.trim() == "…")
    }

    /// The first field named `name` (case-insensitive).
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name.eq_ignore_ascii_case(name))
    }
}

/// Why a message does not parse: 1-based line and column in the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError {
    /// The line.
    pub line: usize,
    /// The column, counted in characters rather than bytes so that it matches what an editor shows.
    pub col: usize,
    /// What was found and what was expected.
    pub message: String,
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for WireError {}

/// Parses `text` as a message of `wire`. Lines may end with LF (examples are
/// written in YAML); the body's length is counted as if they ended with CRLF.
pub fn parse(wire: Wire, text: &str) -> Result<Message, WireError> {
    match wire {
        Wire::Sip => parse_sip(text),
        Wire::Http => http::parse(text),
    }
}

/// The length of a body on the wire: each line ends with CRLF.
fn wire_len(body: &str) -> usize {
    body.len() + body.bytes().filter(|b| *b == b'\n').count() - body.matches("\r\n").count()
}

fn parse_sip(text: &str) -> Result<Message, WireError> {
    let m = sip::parse(text)?;
    let (start, version) = match m.start {
        sip::StartLine::Request { method, uri, version } => {
            (Start::Request { method: method.to_string(), target: uri.to_string() }, version.to_string())
        }
        sip::StartLine::Response { version, code, reason } => {
            (Start::Response { code, reason: reason.to_string() }, version.to_string())
        }
    };
    let fields = m
        .headers
        .iter()
        .map(|h| Field { name: h.canonical_name().to_string(), value: h.value.clone(), line: h.line })
        .collect();
    let body_line = (!m.body.is_empty()).then(|| text[..m.body_offset].matches('\n').count() + 1);
    Ok(Message { start, version, fields, body_len: wire_len(m.body), body: m.body.to_string(), body_line })
}

mod http;
