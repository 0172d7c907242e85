//! A record's example exchange is real: every message parses (SIP with our
//! RFC 3261 parser, HTTP with `httparse`), speaks the registry's protocol,
//! and the response with the record's code carries the record's reason
//! phrase, answers a request whose method can get the code, has every header
//! field the record marks as required (and none it forbids), and
//! `Content-Length` matches the body wherever it is given.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{Direction, Level, Record, Status, Text};
use crate::wire::{self, Message, Start, Wire};

/// One parsed message and where it is written.
struct Written<'a> {
    message: Message,
    text: &'a Text,
}

impl Written<'_> {
    /// The file position of line `line` (1-based) of the message.
    fn at(&self, line: usize) -> (usize, usize) {
        (self.text.line + line.max(1) - 1, self.text.col)
    }
}

/// Checks one record's example.
pub(crate) fn example(record: &Record, wire: Option<Wire>, registry_name: &str, diags: &mut Diagnostics) {
    if record.example.is_empty() {
        return;
    }
    let Some(wire) = wire else {
        let msg = format!(
            "found an example, expected `wire: sip` or `wire: http` in {registry_name}'s registry.yaml to say which protocol it speaks"
        );
        diags.push(Diagnostic::new(&record.path, record.example[0].line, 1, msg));
        return;
    };
    let mut messages = Vec::new();
    for text in &record.example {
        match wire::parse(wire, &text.source) {
            Ok(message) => messages.push(Written { message, text }),
            Err(e) => {
                let msg = format!("in the example: {}", e.message);
                diags.push(Diagnostic::new(&record.path, text.line + e.line - 1, text.col + e.col - 1, msg));
            }
        }
    }
    if messages.len() != record.example.len() {
        return;
    }
    for m in &messages {
        version(record, wire, m, diags);
        content_length(record, m, diags);
    }
    the_response(record, wire, &messages, diags);
}

fn err(record: &Record, at: (usize, usize), msg: String) -> Diagnostic {
    Diagnostic::new(&record.path, at.0, at.1, format!("in the example: {msg}"))
}

fn version(record: &Record, wire: Wire, m: &Written, diags: &mut Diagnostics) {
    // 505 Version Not Supported answers a request in another version: that
    // request is the point of the example.
    if record.code == 505 && matches!(m.message.start, Start::Request { .. }) {
        return;
    }
    let ok = match wire {
        Wire::Sip => m.message.version.eq_ignore_ascii_case("SIP/2.0"),
        Wire::Http => matches!(m.message.version.as_str(), "HTTP/1.1" | "HTTP/1.0"),
    };
    if !ok {
        let want = if wire == Wire::Sip { "SIP/2.0" } else { "HTTP/1.1" };
        diags.push(err(
            record,
            m.at(1),
            format!("found {}, expected {want}, the protocol of this registry", m.message.version),
        ));
    }
}

fn content_length(record: &Record, m: &Written, diags: &mut Diagnostics) {
    let Some(field) = m.message.field("Content-Length") else { return };
    let given: Option<usize> = field.value.trim().parse().ok();
    if m.message.body_cut() {
        // A body shown cut short (`…`) is longer on the wire than written.
        if given.is_none_or(|n| n <= m.message.body_len) {
            let msg = format!(
                "found `Content-Length: {}` with a body cut short (`…`), expected a length above the {} bytes shown",
                field.value, m.message.body_len
            );
            diags.push(err(record, m.at(field.line), msg));
        }
        return;
    }
    if given != Some(m.message.body_len) {
        let msg = format!(
            "found `Content-Length: {}`, expected {}, the body's length in bytes with CRLF line ends",
            field.value, m.message.body_len
        );
        diags.push(err(record, m.at(field.line), msg));
    }
}

/// The response with the record's code: its reason, the request it answers,
/// and the header fields the record requires. Codes that only ever travel
/// inside a WebDAV 207 body (208, 424) may be shown there, as a `status`
/// line of the body.
fn the_response(record: &Record, wire: Wire, messages: &[Written], diags: &mut Diagnostics) {
    let own = |m: &Written| matches!(m.message.start, Start::Response { code, .. } if code == record.code);
    let inside = |m: &Written| {
        matches!(m.message.start, Start::Response { code: 207, .. }) && in_multistatus(record, &m.message.body)
    };
    let Some((i, response)) = messages
        .iter()
        .enumerate()
        .find(|(_, m)| own(m))
        .or_else(|| messages.iter().enumerate().find(|(_, m)| inside(m)))
    else {
        let msg = format!("found no response with code {}, expected the exchange to show one", record.code);
        diags.push(err(record, (record.example[0].line, record.example[0].col), msg));
        return;
    };
    // A code the registry marks unused has no reason phrase of its own: the
    // example shows what implementations send (418 I'm a teapot).
    if let Start::Response { code, reason } = &response.message.start
        && *code == record.code
        && reason != &record.reason
        && record.status != Some(Status::Unused)
    {
        diags.push(err(
            record,
            response.at(1),
            format!("found the reason phrase `{reason}`, expected `{}`, the record's", record.reason),
        ));
    }
    let Some(request) = answered(wire, messages, i) else {
        let msg = match wire {
            Wire::Sip => {
                "found no earlier request with the response's `CSeq` and `Call-ID`, expected the request it answers"
                    .to_string()
            }
            Wire::Http => "found no request before the response, expected the request it answers".to_string(),
        };
        diags.push(err(record, response.at(1), msg));
        return;
    };
    if let Start::Request { method, .. } = &request.message.start
        && !record.methods.is_empty()
        && !record.methods.contains(method)
    {
        let msg = format!(
            "found the response answering {method}, expected a request that can get {} ({})",
            record.code,
            record.methods.join(", ")
        );
        diags.push(err(record, request.at(1), msg));
    }
    required_fields(record, response, request, diags);
}

/// Whether a 207 body holds the record's code with its reason as the status
/// of a resource: `<D:status>HTTP/1.1 424 Failed Dependency</D:status>`.
fn in_multistatus(record: &Record, body: &str) -> bool {
    body.contains(&format!("HTTP/1.1 {} {}<", record.code, record.reason))
}

/// The request a response answers: for SIP, the latest earlier request with
/// the same `CSeq` and `Call-ID`; for HTTP, the latest earlier request.
fn answered<'a, 'b>(wire: Wire, messages: &'b [Written<'a>], i: usize) -> Option<&'b Written<'a>> {
    let response = &messages[i].message;
    let same = |f: &str, m: &Message| {
        m.field(f).map(|x| x.value.split_whitespace().collect::<Vec<_>>())
            == response.field(f).map(|x| x.value.split_whitespace().collect())
    };
    messages[..i].iter().rev().find(|m| {
        matches!(m.message.start, Start::Request { .. })
            && (wire == Wire::Http
                || (same("CSeq", &m.message) && same("Call-ID", &m.message) && response.field("CSeq").is_some()))
    })
}

/// Every header field the record says MUST (or MUST NOT) be present.
fn required_fields(record: &Record, response: &Written, request: &Written, diags: &mut Diagnostics) {
    for rule in record.headers.iter().filter(|r| matches!(r.level, Level::Must | Level::MustNot)) {
        let m = if rule.direction == Direction::Request { request } else { response };
        let present = m.message.field(&rule.field).is_some();
        match (rule.level, present) {
            (Level::Must, false) => {
                let msg = format!(
                    "found no `{}` in the {}, expected it: the record's headers say it MUST be there ({})",
                    rule.field,
                    rule.direction.key(),
                    rule.reference
                );
                diags.push(err(record, m.at(1), msg));
            }
            (Level::MustNot, true) => {
                let line = m.message.field(&rule.field).map_or(1, |f| f.line);
                let msg = format!(
                    "found `{}` in the {}, expected none: the record's headers say it MUST NOT be there ({})",
                    rule.field,
                    rule.direction.key(),
                    rule.reference
                );
                diags.push(err(record, m.at(line), msg));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SiteRoot;

    /// `message` without the lines of header field `field` (folded lines too).
    fn without(message: &str, field: &str) -> String {
        let prefix = format!("{}:", field.to_ascii_lowercase());
        let mut out = Vec::new();
        let mut skipping = false;
        for line in message.split_inclusive('\n') {
            let folded = line.starts_with([' ', '\t']);
            if line.to_ascii_lowercase().starts_with(&prefix) {
                skipping = true;
            } else if !folded {
                skipping = false;
            }
            if !skipping {
                out.push(line);
            }
        }
        out.concat()
    }

    /// Every shipped example passes, and taking any MUST field out of it (or
    /// putting a MUST NOT field in) makes it fail: the rules bite.
    #[test]
    fn removing_a_required_field_from_any_shipped_example_fails() {
        let root = SiteRoot::open(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let site = crate::site::load(&root).unwrap();
        let mut checked = 0;
        for reg in &site.registries {
            for rec in &reg.records {
                let mut d = Diagnostics::default();
                example(rec, reg.wire, &reg.name, &mut d);
                assert!(d.is_empty(), "{} {}: {:?}", reg.name, rec.code, d.into_sorted());
                for rule in rec.headers.iter().filter(|r| r.level == Level::Must) {
                    let mut broken = rec.clone();
                    let is_response = |s: &str| s.starts_with("SIP/") || s.starts_with("HTTP/");
                    let wanted = rule.direction == Direction::Response;
                    broken
                        .example
                        .iter_mut()
                        .filter(|m| is_response(&m.source) == wanted)
                        .for_each(|m| m.source = without(&m.source, &rule.field));
                    let mut d = Diagnostics::default();
                    example(&broken, reg.wire, &reg.name, &mut d);
                    let found =
                        d.into_sorted().iter().any(|x| x.message.contains(&format!("found no `{}`", rule.field)));
                    assert!(found, "{} {}: removing {} went unnoticed", reg.name, rec.code, rule.field);
                    checked += 1;
                }
            }
        }
        assert!(checked >= 40, "only {checked} MUST rules in the shipped examples");
    }
}
