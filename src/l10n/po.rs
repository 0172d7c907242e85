//! GNU gettext PO files: writing the catalog `l10n export` makes, and
//! reading what translators send back, with every syntax problem at its
//! line and column. Only what PO tools write is read: comments (`#.`, `#:`,
//! `#,`, `#|`, `#~`), `msgctxt`, `msgid`, `msgid_plural`, `msgstr`,
//! `msgstr[n]`, strings with C escapes and continuation lines. (polib, the
//! maintained PO crate, reports errors without positions; this reader is
//! judged by `msgfmt` and by round-trip tests instead.)

use std::fmt::Write as _;

/// One entry of a catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// `#.` lines: notes for the translator.
    pub notes: Vec<String>,
    /// `#:` line: where the source text is.
    pub reference: Option<String>,
    /// `#, fuzzy`.
    pub fuzzy: bool,
    /// `#| msgid`: the source text the fuzzy translation was made from.
    pub previous: Option<String>,
    /// `msgctxt`.
    pub ctxt: Option<String>,
    /// `msgid`.
    pub id: String,
    /// `msgstr`.
    pub text: String,
    /// Line of the entry's `msgid` (or `msgctxt`), 1-based.
    pub line: usize,
}

/// A catalog: the header's fields and the entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// `Name: value` pairs of the header entry, in order.
    pub header: Vec<(String, String)>,
    /// Every entry but the header, in order.
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// A header field's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.header.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

// ---- writing -----------------------------------------------------------------

/// `s` as a PO string: escaped, and split into one quoted line per source
/// line (after an empty first line) when it has several.
fn quoted(keyword: &str, s: &str, prefix: &str) -> String {
    let esc = |t: &str| t.replace('\\', "\\\\").replace('"', "\\\"").replace('\t', "\\t").replace('\r', "\\r");
    if !s.contains('\n') {
        return format!("{prefix}{keyword} \"{}\"\n", esc(s));
    }
    let mut out = format!("{prefix}{keyword} \"\"\n");
    for piece in s.split_inclusive('\n') {
        let body = esc(piece.strip_suffix('\n').unwrap_or(piece));
        let nl = if piece.ends_with('\n') { "\\n" } else { "" };
        let _ = writeln!(out, "{prefix}\"{body}{nl}\"");
    }
    out
}

/// The catalog as PO text.
pub fn write(cat: &Catalog) -> String {
    let mut out = String::from("msgid \"\"\nmsgstr \"\"\n");
    for (k, v) in &cat.header {
        let _ = writeln!(out, "\"{k}: {v}\\n\"");
    }
    for e in &cat.entries {
        out.push('\n');
        for n in &e.notes {
            let _ = writeln!(out, "#. {n}");
        }
        if let Some(r) = &e.reference {
            let _ = writeln!(out, "#: {r}");
        }
        if e.fuzzy {
            out.push_str("#, fuzzy\n");
        }
        if let Some(p) = &e.previous {
            if let Some(c) = &e.ctxt {
                out.push_str(&quoted("msgctxt", c, "#| "));
            }
            out.push_str(&quoted("msgid", p, "#| "));
        }
        if let Some(c) = &e.ctxt {
            out.push_str(&quoted("msgctxt", c, ""));
        }
        out.push_str(&quoted("msgid", &e.id, ""));
        out.push_str(&quoted("msgstr", &e.text, ""));
    }
    out
}

// ---- reading -----------------------------------------------------------------

/// A syntax problem: 1-based line and column, and what was found and expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoError {
    /// Line.
    pub line: usize,
    /// Column.
    pub col: usize,
    /// The message.
    pub message: String,
}

fn err(line: usize, col: usize, message: impl Into<String>) -> PoError {
    PoError { line, col, message: message.into() }
}

/// Which string a quoted line continues.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    IdPlural,
    Str,
    StrN,
}

/// An entry being read.
#[derive(Default)]
struct Building {
    entry: Entry,
    has_id: bool,
    has_str: bool,
    plural: bool,
    last: Option<Field>,
    start: usize,
}

/// Reads a PO file. The header entry (empty `msgid`, no context) becomes
/// `header`; obsolete entries (`#~`) are skipped; plural entries are refused
/// (the site has none to translate).
pub fn parse(text: &str) -> Result<Catalog, PoError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut cat = Catalog::default();
    let mut cur = Building::default();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim_end_matches('\r');
        let trimmed = line.trim_start();
        let col = line.len() - trimmed.len() + 1;
        if trimmed.is_empty() {
            continue;
        }
        if let Some(c) = trimmed.strip_prefix('#') {
            if cur.has_str {
                finish(&mut cat, std::mem::take(&mut cur), &mut header_seen)?;
            }
            comment(&mut cur, c, n, col)?;
            continue;
        }
        if trimmed.starts_with('"') {
            let Some(field) = cur.last else {
                return Err(err(
                    n,
                    col,
                    "found a string with no keyword before it, expected `msgid \"…\"` or `msgstr \"…\"` first",
                ));
            };
            let s = string(trimmed, n, col)?;
            append(&mut cur.entry, field, &s);
            continue;
        }
        let (keyword, rest) = trimmed.split_once(char::is_whitespace).unwrap_or((trimmed, ""));
        let rest_col = col + keyword.len() + (rest.len() - rest.trim_start().len()) + 1;
        let value = || string(rest.trim_start(), n, rest_col);
        match keyword {
            "msgctxt" | "msgid" if cur.has_str => {
                finish(&mut cat, std::mem::take(&mut cur), &mut header_seen)?;
                start_field(&mut cur, keyword, value()?, n, col)?;
            }
            "msgctxt" | "msgid" => start_field(&mut cur, keyword, value()?, n, col)?,
            "msgid_plural" if cur.has_id => {
                cur.plural = true;
                cur.last = Some(Field::IdPlural);
                value()?;
            }
            "msgstr" if cur.has_id && !cur.has_str => {
                cur.entry.text = value()?;
                cur.has_str = true;
                cur.last = Some(Field::Str);
            }
            k if k.starts_with("msgstr[") && cur.has_id => {
                if !cur.plural {
                    return Err(err(n, col, format!("found `{k}` without `msgid_plural`, expected `msgstr`")));
                }
                value()?;
                cur.has_str = true;
                cur.last = Some(Field::StrN);
            }
            "msgstr" if cur.has_str => return Err(err(n, col, "found a second `msgstr` in one entry, expected one")),
            "msgstr" | "msgid_plural" => {
                return Err(err(n, col, format!("found `{keyword}` before `msgid`, expected `msgid \"…\"` first")));
            }
            other => {
                let shown: String = other.chars().take(40).collect();
                return Err(err(
                    n,
                    col,
                    format!("found `{shown}`, expected `msgctxt`, `msgid`, `msgstr`, a quoted string or a `#` comment"),
                ));
            }
        }
    }
    if cur.has_id && !cur.has_str {
        return Err(err(cur.start, 1, "found an entry without `msgstr`, expected `msgstr \"…\"` after its `msgid`"));
    }
    if cur.has_str {
        finish(&mut cat, cur, &mut header_seen)?;
    }
    Ok(cat)
}

fn start_field(cur: &mut Building, keyword: &str, value: String, n: usize, col: usize) -> Result<(), PoError> {
    if cur.start == 0 {
        cur.start = n;
    }
    if keyword == "msgctxt" {
        if cur.has_id || cur.entry.ctxt.is_some() {
            return Err(err(n, col, "found `msgctxt` after the entry's `msgctxt` or `msgid`, expected it first"));
        }
        cur.entry.ctxt = Some(value);
        cur.last = Some(Field::Ctxt);
    } else {
        if cur.has_id {
            return Err(err(n, col, "found a second `msgid` in one entry, expected `msgstr` next"));
        }
        cur.entry.id = value;
        cur.has_id = true;
        cur.entry.line = cur.start;
        cur.last = Some(Field::Id);
    }
    Ok(())
}

fn append(e: &mut Entry, field: Field, s: &str) {
    match field {
        Field::Ctxt => e.ctxt.get_or_insert_with(String::new).push_str(s),
        Field::Id => e.id.push_str(s),
        Field::Str => e.text.push_str(s),
        Field::IdPlural | Field::StrN => {}
    }
}

/// A comment line (after `#`).
fn comment(cur: &mut Building, c: &str, n: usize, col: usize) -> Result<(), PoError> {
    if cur.start == 0 {
        cur.start = n;
    }
    if let Some(flags) = c.strip_prefix(',') {
        cur.entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
    } else if let Some(note) = c.strip_prefix('.') {
        cur.entry.notes.push(note.trim().to_string());
    } else if let Some(r) = c.strip_prefix(':') {
        cur.entry.reference = Some(r.trim().to_string());
    } else if let Some(prev) = c.strip_prefix('|') {
        let p = prev.trim_start();
        let (kw, rest) = p.split_once(char::is_whitespace).unwrap_or((p, ""));
        let s = if rest.trim_start().starts_with('"') { string(rest.trim_start(), n, col)? } else { String::new() };
        match kw {
            "msgid" => cur.entry.previous = Some(s),
            _ if kw.starts_with('"') => {
                let s = string(p, n, col)?;
                if let Some(prev) = cur.entry.previous.as_mut() {
                    prev.push_str(&s);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn finish(cat: &mut Catalog, b: Building, header_seen: &mut bool) -> Result<(), PoError> {
    if b.plural {
        return Err(err(
            b.start,
            1,
            "found a plural entry (`msgid_plural`), expected singular entries: the site has no plural texts to translate",
        ));
    }
    if b.entry.id.is_empty() && b.entry.ctxt.is_none() {
        if *header_seen {
            return Err(err(b.start, 1, "found a second header entry (empty `msgid`), expected one"));
        }
        *header_seen = true;
        for line in b.entry.text.lines() {
            if let Some((k, v)) = line.split_once(':') {
                cat.header.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        return Ok(());
    }
    cat.entries.push(b.entry);
    Ok(())
}

/// A quoted PO string (`"…"` with C escapes), nothing after it.
fn string(s: &str, line: usize, col: usize) -> Result<String, PoError> {
    let Some(body) = s.strip_prefix('"') else {
        return Err(err(
            line,
            col,
            format!("found `{}`, expected a quoted string", s.chars().take(20).collect::<String>()),
        ));
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        let at = col + 1 + body[..i].chars().count();
        match c {
            '"' => {
                let after = &body[i + 1..];
                let rest = after.trim();
                if !rest.is_empty() && !rest.starts_with('#') {
                    let gap = after.chars().take_while(|c| c.is_whitespace()).count();
                    return Err(err(
                        line,
                        at + 1 + gap,
                        format!("found `{rest}` after the closing quote, expected the end of the line"),
                    ));
                }
                return Ok(out);
            }
            '\\' => match chars.next().map(|(_, e)| e) {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('a') => out.push('\u{7}'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('v') => out.push('\u{b}'),
                Some(e) => {
                    return Err(err(
                        line,
                        at,
                        format!("found the escape `\\{e}`, expected one of \\n \\t \\r \\\" \\\\"),
                    ));
                }
                None => return Err(err(line, at, "found `\\` at the end of the line, expected an escape such as \\n")),
            },
            c => out.push(c),
        }
    }
    Err(err(line, col + s.chars().count(), "found the end of the line inside a string, expected a closing `\"`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(ctxt: &str, id: &str, text: &str) -> Entry {
        Entry { ctxt: Some(ctxt.into()), id: id.into(), text: text.into(), ..Entry::default() }
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let mut fuzzy = entry("sip/486#description", "New \"text\"\nline two\n\n- item\\", "번역");
        fuzzy.fuzzy = true;
        fuzzy.previous = Some("Old text\n".into());
        fuzzy.notes = vec!["SIP 486 Busy Here".into()];
        fuzzy.reference = Some("content/sip/486.yaml:6".into());
        let cat = Catalog {
            header: vec![("Language".into(), "ko".into()), ("Content-Type".into(), "text/plain; charset=UTF-8".into())],
            entries: vec![fuzzy, entry("sip/486#resolution", "a\tb", "")],
        };
        let text = write(&cat);
        let mut back = parse(&text).unwrap();
        for e in &mut back.entries {
            e.line = 0;
        }
        assert_eq!(back, cat, "{text}");
    }

    #[test]
    fn problems_have_positions() {
        let e = parse("msgid \"a\"\nmsgstr \"b\n").unwrap_err();
        assert_eq!((e.line, e.message.contains("closing")), (2, true));
        let e = parse("msgid \"a\"\nmsgstr \"b\" x\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 12));
        let e = parse("msgid \"a\"\nmsgstr \"\\q\"\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 9));
        let e = parse("msgid \"a\"\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("\"x\"\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 1));
        let e = parse("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"c\"\n").unwrap_err();
        assert!(e.message.contains("plural"));
    }
}
