//! The SIP ↔ ISUP cause mapping the site shows (`content/sip/q850.yaml`) is
//! the one RFC 3398 prints: every row of both tables, every footnote and every
//! default, compared with `tests/data/rfc3398-tables.txt`, a copy of the
//! RFC's text with only the page furniture removed.

mod common;

use codeatlas::site::{CauseMapping, Diagnostic22, Mark, NoCause};

fn mapping() -> CauseMapping {
    let path = common::repo().join("content/sip/q850.yaml");
    let source = std::fs::read_to_string(&path).unwrap();
    codeatlas::site::parse_q850(&path, &source).expect("content/sip/q850.yaml parses")
}

/// The lines of one `== <title> ==` part of the transcription.
fn part(title: &str) -> Vec<String> {
    let text = std::fs::read_to_string(common::repo().join("tests/data/rfc3398-tables.txt")).unwrap();
    let start = text.find(&format!("== {title} ==\n")).unwrap_or_else(|| panic!("part {title}")) + title.len() + 7;
    let rest = &text[start..];
    let end = rest.find("\n== ").unwrap_or(rest.len());
    rest[..end].lines().map(str::to_string).collect()
}

/// Whitespace collapsed to single spaces.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A trailing `(*)`, `(+)` or `(=)` split off.
fn mark(s: &str) -> (String, Option<Mark>) {
    for (m, mark) in [("(*)", Mark::Star), ("(+)", Mark::Plus), ("(=)", Mark::Equals)] {
        if let Some(rest) = s.trim_end().strip_suffix(m) {
            return (rest.trim_end().to_string(), Some(mark));
        }
    }
    (s.trim_end().to_string(), None)
}

/// Table rows: lines starting (after three spaces) with a number, each with
/// the text of its continuation lines (a cell wrapped onto the next line).
fn rows(lines: &[String], continuation_indent: usize) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for l in lines {
        let body = l.trim_start();
        let indent = l.len() - body.len();
        if indent == 3 && body.split(' ').next().is_some_and(|w| w.parse::<u16>().is_ok()) {
            out.push((l.clone(), String::new()));
        } else if indent >= continuation_indent
            && !body.is_empty()
            && !l.contains("---")
            && let Some((_, more)) = out.last_mut()
        {
            more.push(' ');
            more.push_str(body);
        }
    }
    out
}

/// Footnotes: `(<mark>) text…` up to the next blank line.
fn footnotes(lines: &[String], skip_before: &str) -> Vec<(Mark, String)> {
    let from = lines.iter().position(|l| l.contains(skip_before)).unwrap_or(0);
    let mut out: Vec<(Mark, String)> = Vec::new();
    let mut current: Option<(Mark, String)> = None;
    for l in &lines[from..] {
        let t = l.trim();
        if t.is_empty() {
            out.extend(current.take());
            continue;
        }
        let started = [("(*) ", Mark::Star), ("(+) ", Mark::Plus), ("(=) ", Mark::Equals)]
            .into_iter()
            .find_map(|(p, m)| t.strip_prefix(p).map(|rest| (m, rest.to_string())));
        match (started, current.as_mut()) {
            (Some(s), _) => {
                out.extend(current.take());
                current = Some(s);
            }
            (None, Some((_, text))) => {
                text.push(' ');
                text.push_str(t);
            }
            (None, None) => {}
        }
    }
    out.extend(current);
    out
}

#[test]
fn isup_to_sip_is_the_table_of_section_7_2_4_1() {
    let map = mapping();
    let lines = part("RFC 3398 §7.2.4.1");
    let printed = rows(&lines, 6);
    assert_eq!(printed.len(), map.isup_to_sip.len(), "rows: {printed:#?}");
    for ((line, more), row) in printed.iter().zip(&map.isup_to_sip) {
        // "22 number changed (w/o diagnostic)      410 Gone": the name ends where the
        // SIP column starts, two or more spaces before a three-digit code or `---`.
        let (cause, rest) = line.trim().split_once(' ').unwrap();
        let (name, right) = rest.trim_start().split_once("  ").unwrap();
        let right = right.trim_start();
        assert_eq!(cause.parse::<u8>().unwrap(), row.cause, "{line}");
        let (name, when) = match name.strip_suffix(" (w/o diagnostic)") {
            Some(n) => (n.to_string(), Some(Diagnostic22::Without)),
            None => match name.strip_suffix(" (w/ diagnostic)") {
                Some(n) => (n.to_string(), Some(Diagnostic22::With)),
                None => (name.to_string(), None),
            },
        };
        // A wrapped name ("58 bearer capability not presently / available").
        let name = format!("{name}{more}");
        assert_eq!(row.when, when, "{line}");
        assert_eq!(words(&map.causes[&row.cause]).to_lowercase(), words(&name).to_lowercase(), "{line}");
        let (response, note) = mark(right);
        assert_eq!(row.note, note, "{line}");
        let code = response.split(' ').next().unwrap();
        assert_eq!(row.code, code.parse::<u16>().ok(), "{line}");
    }
    let notes = footnotes(&lines, "(*) ISDN");
    assert_eq!(notes.len(), map.footnotes.isup_to_sip.len());
    for (m, text) in notes {
        assert_eq!(words(&map.footnotes.isup_to_sip[&m]), words(&text));
    }
    let default = part("RFC 3398 §7.2.4.1 default").join(" ");
    assert_eq!(words(&map.default.isup_to_sip.text), words(&default));
    assert!(default.contains(&format!("'{} Server internal error'", map.default.isup_to_sip.code)));
}

#[test]
fn sip_to_isup_is_the_table_of_section_8_2_6_1() {
    let map = mapping();
    let lines = part("RFC 3398 §8.2.6.1");
    let printed = rows(&lines, 44);
    assert_eq!(printed.len(), map.sip_to_isup.len(), "rows: {printed:#?}");
    for ((line, more), row) in printed.iter().zip(&map.sip_to_isup) {
        let (response, cause) = line.trim().split_once("  ").unwrap();
        let cause = format!("{}{more}", cause.trim());
        let (code, reason) = response.split_once(' ').unwrap();
        assert_eq!(code.parse::<u16>().unwrap(), row.code, "{line}");
        if let Some(r) = &row.reason {
            assert_eq!(r, reason, "{line}");
        }
        let (cause, note) = mark(&cause);
        assert_eq!(row.note, note, "{line}");
        match cause.strip_prefix("--- ") {
            Some(text) => {
                assert_eq!(row.cause, None, "{line}");
                let expected = if text == "(no mapping)" { NoCause::NoMapping } else { NoCause::ByWarning };
                assert!(text == "(no mapping)" || text == "by Warning header", "{line}");
                assert_eq!(row.text, Some(expected), "{line}");
            }
            None => {
                let (value, name) = cause.split_once(' ').unwrap();
                assert_eq!(row.cause, Some(value.parse().unwrap()), "{line}");
                assert_eq!(row.name.as_deref().map(words), Some(words(name)), "{line}");
            }
        }
    }
    let notes = footnotes(&lines, "(*) In some cases");
    assert_eq!(notes.len(), map.footnotes.sip_to_isup.len());
    for (m, text) in notes {
        assert_eq!(words(&map.footnotes.sip_to_isup[&m]), words(&text));
    }
    let warning =
        lines.iter().skip_while(|l| !l.contains("When the Warning header")).cloned().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&map.default.warning_header.text), words(&warning));
    assert!(warning.contains(&format!("'{} Normal, unspecified'", map.default.warning_header.cause)));
    assert!(warning.contains(&format!("'{} Bearer Capability", map.default.warning_header.bearer_capability)));
    let location = part("RFC 3398 §8.2.6.1 location").join(" ");
    assert_eq!(words(&map.default.location.text), words(&location));
    let l = &map.default.location;
    assert_eq!((l.c4.as_str(), l.c5.as_str(), l.c6.as_str()), ("network", "network", "user"));
    let default = part("RFC 3398 §8.2.6.1 default").join(" ");
    assert_eq!(words(&map.default.sip_to_isup.text), words(&default));
    assert!(default.contains(&format!("cause code {} \"Normal,", map.default.sip_to_isup.cause)));
}

/// What each response becomes, by the one rule pages and the API share:
/// a row, the Warning header field's cause, no mapping, the default for
/// 4xx–6xx without a row, nothing for 1xx–3xx.
#[test]
fn each_kind_of_sip_to_isup_answer() {
    use codeatlas::site::ToIsup;
    let m = mapping();
    assert!(matches!(m.to_isup(486, "Busy Here"), ToIsup::Row(_, 17)));
    // RFC 3398 prints "504 Version Not Supported": that row is 505's.
    assert!(matches!(m.to_isup(505, "Version Not Supported"), ToIsup::Row(r, 127) if r.code == 504));
    let warning = m.to_isup(488, "Not Acceptable Here");
    assert!(matches!(warning, ToIsup::Warning { .. }), "{warning:?}");
    assert_eq!(warning.cause(), Some(m.default.warning_header.cause));
    assert_eq!(m.to_isup(429, "Provide Referrer Identity"), ToIsup::Default(m.default.sip_to_isup.cause));
    assert_eq!(m.to_isup(183, "Session Progress"), ToIsup::NotListed);
    assert_eq!(m.to_isup(183, "Session Progress").cause(), None);
}
