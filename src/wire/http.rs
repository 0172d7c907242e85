//! HTTP/1.1 messages (RFC 9112) through `httparse`. `httparse` says what is
//! wrong but not where, so a light scan of the lines first finds the line of
//! the usual mistakes (a header line without a colon, a name with spaces);
//! `httparse` stays the judge of what is valid.

use super::{Field, Message, Start, WireError, wire_len};

const MAX_HEADERS: usize = 64;

pub(super) fn parse(text: &str) -> Result<Message, WireError> {
    let (head, body, body_line) = split(text);
    scan(head)?;
    // httparse wants the empty line that ends the header section.
    let mut buf = head.replace("\r\n", "\n");
    buf.push_str("\n\n");
    let bytes = buf.as_bytes();
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let (start, version, raw) = if head.starts_with("HTTP/") {
        let mut r = httparse::Response::new(&mut headers);
        let status = r.parse(bytes).map_err(|e| {
            at_start(&format!("found an invalid status line ({e}), expected e.g. `HTTP/1.1 404 Not Found`"))
        })?;
        complete(status)?;
        let code = r.code.unwrap_or(0);
        let start = Start::Response { code, reason: r.reason.unwrap_or("").to_string() };
        (start, r.version.unwrap_or(1), r.headers.to_vec())
    } else {
        let mut r = httparse::Request::new(&mut headers);
        let status = r
            .parse(bytes)
            .map_err(|e| at_start(&format!("found an invalid request line ({e}), expected e.g. `GET /a HTTP/1.1`")))?;
        complete(status)?;
        let start =
            Start::Request { method: r.method.unwrap_or("").to_string(), target: r.path.unwrap_or("").to_string() };
        (start, r.version.unwrap_or(1), r.headers.to_vec())
    };
    let fields = raw
        .iter()
        .map(|h| {
            let offset = (h.name.as_ptr() as usize).saturating_sub(bytes.as_ptr() as usize);
            let line = buf[..offset.min(buf.len())].matches('\n').count() + 1;
            Field { name: h.name.to_string(), value: String::from_utf8_lossy(h.value).trim().to_string(), line }
        })
        .collect();
    Ok(Message {
        start,
        version: format!("HTTP/1.{version}"),
        fields,
        body_len: wire_len(body),
        body: body.to_string(),
        body_line,
    })
}

fn complete(status: httparse::Status<usize>) -> Result<(), WireError> {
    match status {
        httparse::Status::Complete(_) => Ok(()),
        httparse::Status::Partial => {
            Err(at_start("found an incomplete message head, expected a start line and header fields"))
        }
    }
}

fn at_start(message: &str) -> WireError {
    WireError { line: 1, col: 1, message: message.to_string() }
}

/// The head (start line and fields), the body, and the line the body starts on.
fn split(text: &str) -> (&str, &str, Option<usize>) {
    for sep in ["\r\n\r\n", "\n\n"] {
        if let Some(i) = text.find(sep) {
            let body = &text[i + sep.len()..];
            let line = text[..i + sep.len()].matches('\n').count() + 1;
            return (&text[..i], body, (!body.is_empty()).then_some(line));
        }
    }
    (text.trim_end_matches(['\r', '\n']), "", None)
}

/// Finds the line of the usual mistakes, with what was found.
fn scan(head: &str) -> Result<(), WireError> {
    let mut lines = head.lines().enumerate();
    match lines.next() {
        None => return Err(at_start("found an empty message, expected a start line")),
        Some((_, first)) if first.split(' ').count() < 3 && !first.starts_with("HTTP/") => {
            return Err(at_start(&format!("found `{first}`, expected a request line such as `GET /a HTTP/1.1`")));
        }
        Some(_) => {}
    }
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        let Some(colon) = line.find(':') else {
            return Err(WireError {
                line: i + 1,
                col: 1,
                message: format!("found `{line}`, a header line without a colon, expected `Name: value`"),
            });
        };
        let name = &line[..colon];
        if !super::is_token(name) {
            let col = name.find(|c: char| !super::is_tchar(c)).unwrap_or(0) + 1;
            return Err(WireError {
                line: i + 1,
                col,
                message: format!("found the field name `{name}`, expected a token without spaces"),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_responses_fields_and_bodies() {
        let m = parse("GET /a HTTP/1.1\nHost: example.com\n").unwrap();
        assert_eq!(m.start, Start::Request { method: "GET".into(), target: "/a".into() });
        assert_eq!((m.fields[0].name.as_str(), m.fields[0].line), ("Host", 2));
        let m = parse("HTTP/1.1 429 Too Many Requests\nRetry-After: 3600\nContent-Length: 5\n\nslow\n").unwrap();
        assert_eq!(m.start, Start::Response { code: 429, reason: "Too Many Requests".into() });
        assert_eq!((m.body_len, m.body_line), (6, Some(5)));
        assert_eq!(m.field("retry-after").map(|f| f.value.as_str()), Some("3600"));
    }

    #[test]
    fn mistakes_have_their_line() {
        let e = parse("HTTP/1.1 404 Not Found\nContent-Type text/html\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 1));
        let e = parse("HTTP/1.1 404 Not Found\nBad Name: x\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 4));
        assert!(parse("HTTP/1.1 4040 Not Found\n").is_err());
        assert!(parse("GET\n").is_err());
    }
}
