//! Tera errors as diagnostics at `templates/<file>:line:col`, with the word
//! the error points at.

use super::templates::Sources;
use crate::diagnostics::Diagnostic;
use std::path::Path;

/// A Tera error as `templates/<file>:line:col: message` diagnostics (several
/// when Tera reports several). `rendering` names the template being rendered,
/// for errors that carry no position of their own.
pub fn template_errors(sources: &Sources, e: &tera::Error, rendering: Option<&str>) -> Vec<Diagnostic> {
    let dir = sources.dir();
    let mut err: &dyn std::error::Error = e;
    loop {
        if let Some(found) = err.downcast_ref::<tera::Error>().and_then(|te| known_kind(sources, &dir, te)) {
            return found;
        }
        match err.source() {
            Some(next) => err = next,
            None => break,
        }
    }
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    match rendering {
        Some(name) => vec![Diagnostic::new(dir.join(name), 1, 1, format!("while rendering: {msg}"))],
        None => vec![Diagnostic::file(dir, msg)],
    }
}

/// Diagnostics for the kinds of Tera error that say where they are.
fn known_kind(sources: &Sources, dir: &Path, te: &tera::Error) -> Option<Vec<Diagnostic>> {
    let at = |name: &str, target: Option<&str>, msg: String| {
        let (line, col) = position_of(sources, name, target);
        vec![Diagnostic::new(dir.join(name), line, col, msg)]
    };
    match te.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(report(sources, dir, r)),
        tera::ErrorKind::CircularExtend { tpl, inheritance_chain } => {
            let chain = inheritance_chain.join(" → ");
            Some(at(tpl, Some("extends"), format!("found a circular extends ({chain}), expected a chain that ends")))
        }
        tera::ErrorKind::CircularInclude { tpl, include_chain } => {
            // The template that includes an earlier one again closes the cycle.
            let includer = include_chain.len().checked_sub(2).map_or(tpl.as_str(), |i| include_chain[i].as_str());
            let last = include_chain.last().map_or(tpl.as_str(), String::as_str);
            let chain = include_chain.join(" → ");
            Some(at(includer, Some(last), format!("found a circular include ({chain}), expected includes that end")))
        }
        tera::ErrorKind::MissingParent { current, parent } => {
            Some(at(current, Some(parent), format!("found `extends \"{parent}\"`, expected an existing template")))
        }
        tera::ErrorKind::Msg(m) if m.contains("\n --> ") => Some(parse_reports(dir, m)),
        _ => None,
    }
}

/// A syntax or rendering error with its span. Tera's message names the kind
/// of problem ("Unknown tag"); the word it points at is added so the reader
/// sees what was found.
fn report(sources: &Sources, dir: &Path, r: &tera::ReportError) -> Vec<Diagnostic> {
    // An error inside an included template arrives as that template's own report.
    if r.message().contains("\n --> ") {
        let inner = parse_reports(dir, r.message());
        if inner.iter().all(|d| d.line > 0) {
            return inner;
        }
    }
    let s = r.span();
    let mut message = r.message().to_string();
    if let Some(word) = sources
        .get(r.filename())
        .and_then(|src| src.get(s.range.clone()))
        .map(str::trim)
        .filter(|w| !w.is_empty() && w.len() < 60)
        && !message.contains(word)
    {
        message = format!("{message}: found `{word}`");
    }
    vec![Diagnostic::new(dir.join(r.filename()), s.start_line, s.start_col + 1, message)]
}

/// Tera's rendered reports (`error: …` then ` --> file:line:col`), one diagnostic each.
fn parse_reports(dir: &Path, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut message: Option<&str> = None;
    for line in text.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            message = Some(m);
        } else if let (Some(loc), Some(m)) = (line.trim_start().strip_prefix("--> "), message.take()) {
            let mut parts = loc.rsplitn(3, ':');
            let col = parts.next().and_then(|c| c.parse().ok()).unwrap_or(1);
            let line_no = parts.next().and_then(|c| c.parse().ok()).unwrap_or(1);
            let file = parts.next().unwrap_or("");
            out.push(Diagnostic::new(dir.join(file), line_no, col, m.to_string()));
        }
    }
    if out.is_empty() {
        out.push(Diagnostic::file(dir, text.lines().next().unwrap_or(text).to_string()));
    }
    out
}

/// Where template `name` mentions `target` (an included or extended template's
/// name, or a keyword), as (line, col); 1:1 when it cannot be found.
fn position_of(sources: &Sources, name: &str, target: Option<&str>) -> (usize, usize) {
    let (Some(src), Some(t)) = (sources.get(name), target) else { return (1, 1) };
    let found = [format!("\"{t}\""), format!("'{t}'"), t.to_string()].iter().find_map(|pat| src.find(pat.as_str()));
    found.map_or((1, 1), |off| crate::source::line_col(src, off))
}
