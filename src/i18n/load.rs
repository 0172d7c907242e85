//! Loading `locales/<id>/*.ftl` into Fluent bundles, with every syntax error,
//! duplicate message and hidden direction control reported at its line and
//! column.

use super::compiled::Compiled;
use super::{I18n, LocaleBundle, MessageSite};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{Locale, SiteConfig};
use crate::source::SiteRoot;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

impl I18n {
    /// Loads `locales/<id>/*.ftl` for every locale the site declares.
    pub fn load(root: &SiteRoot, config: &SiteConfig) -> Result<I18n, Vec<Diagnostic>> {
        let mut diags = Diagnostics::default();
        let mut bundles = BTreeMap::new();
        for locale in &config.locales {
            if let Some(files) = ftl_files(root, locale, &mut diags) {
                bundles.insert(locale.clone(), load_locale(root, locale, &files, &mut diags));
            }
        }
        diags.finish(I18n { default: config.default_locale.clone(), bundles })
    }
}

/// The `.ftl` files of a locale, sorted; `None` (reported) when there are none.
fn ftl_files(root: &SiteRoot, locale: &Locale, diags: &mut Diagnostics) -> Option<Vec<PathBuf>> {
    let dir = root.path().join("locales").join(locale.as_str());
    let shown_dir = root.shown(&dir);
    if let Err(e) = root.check_inside(&dir) {
        diags.push(e);
        return None;
    }
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => {
            rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect()
        }
        Err(e) => {
            diags.push(Diagnostic::file(&shown_dir, format!("cannot read the locale folder ({e}), expected locales/{locale}/*.ftl for locale `{locale}` of site.yaml")));
            return None;
        }
    };
    files.sort();
    if files.is_empty() {
        let msg = format!("found no .ftl files, expected Fluent files for locale `{locale}`");
        diags.push(Diagnostic::file(&shown_dir, msg));
        return None;
    }
    Some(files)
}

/// One locale's bundle from its files. A file with errors is reported and left
/// out; the rest still load, so one run shows every problem.
fn load_locale(root: &SiteRoot, locale: &Locale, files: &[PathBuf], diags: &mut Diagnostics) -> LocaleBundle {
    let langid = locale.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/2069) would leak into <title> and plain text.
    bundle.set_use_isolating(false);
    let mut sites = BTreeMap::new();
    let mut untranslated_sites = BTreeMap::new();
    for file in files {
        let shown = root.shown(file);
        let source = match root.read_text(file) {
            Ok(s) => s,
            Err(e) => {
                diags.push(e);
                continue;
            }
        };
        let positions = message_positions(&source);
        // Untranslated messages are blanked (line numbers kept), so the
        // default locale's text stands in for them like for absent ones.
        let mut effective = source.clone();
        for (_, offset, from) in &positions {
            if from.as_deref() == Some("none") {
                let len = message_source(&source, *offset).len();
                // Byte for byte, so every later offset stays where it was.
                let blank: String =
                    source[*offset..offset + len].bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }).collect();
                effective.replace_range(*offset..offset + len, &blank);
            }
        }
        let Some(resource) = parse_resource(&shown, &effective, diags) else { continue };
        for (id, offset, from) in positions {
            let (line, col) = crate::source::line_col(&source, offset);
            let untranslated = from.as_deref() == Some("none");
            let site = MessageSite { path: shown.clone(), line, col, source: message_source(&source, offset), from };
            if untranslated {
                untranslated_sites.insert(id, site);
                continue;
            }
            if sites.insert(id.clone(), site).is_some() {
                let msg =
                    format!("found message `{id}` a second time in locale `{locale}`, expected each message once");
                diags.push(Diagnostic::new(&shown, line, col, msg));
            }
        }
        // Duplicates were reported above with their position.
        bundle.add_resource_overriding(resource);
    }
    let compiled = sites.keys().map(|id| (id.clone(), Compiled::new(&bundle, id))).collect();
    LocaleBundle { bundle, untranslated: untranslated_sites, sites, compiled }
}

/// The file parsed as Fluent; `None` after reporting every syntax error and
/// hidden direction control.
fn parse_resource(shown: &Path, source: &str, diags: &mut Diagnostics) -> Option<FluentResource> {
    if let Some((off, c)) = source.char_indices().find(|(_, c)| is_bidi_control(*c)) {
        diags.push(Diagnostic::at_offset(
            shown,
            source,
            off,
            format!(
                "found the invisible direction control U+{:04X}, expected plain text (it can hide what a message says)",
                c as u32
            ),
        ));
        return None;
    }
    match FluentResource::try_new(source.to_string()) {
        Ok(r) => Some(r),
        Err((_, errors)) => {
            for e in errors {
                let off = error_offset(source, e.pos.start, e.slice.as_ref().map(|s| s.start));
                diags.push(Diagnostic::at_offset(shown, source, off, format!("Fluent syntax error: {}", e.kind)));
            }
            None
        }
    }
}

/// Where to point for a syntax error Fluent reports at `start`. The parser
/// notices a missing `}` only on the next line (or at the end): point just
/// after the last text of the broken entry instead, past the comments and
/// blank lines the parser groups with it. An entry that starts right here is
/// reported here.
fn error_offset(source: &str, start: usize, entry_start: Option<usize>) -> usize {
    let off = start.min(source.len());
    if off != source.len() && !source[..off].ends_with('\n') {
        return off;
    }
    match entry_start {
        Some(s) if s == off => off,
        Some(s) if s < off => {
            let mut at = s;
            for line in source[s..off].split_inclusive('\n') {
                let t = line.trim();
                if !t.is_empty() && !t.starts_with('#') {
                    break;
                }
                at += line.len();
            }
            let entry = source[at.min(off)..off].trim_end();
            // An unclosed `{`: just after its last text.
            if entry.contains('{') { at + entry.len() } else { at.min(off) }
        }
        _ => source[..off].trim_end().len(),
    }
}

/// Characters that reorder text invisibly (the "Trojan Source" set).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The id of the message `line` starts (`id =` at the start of a line), if
/// it starts one. The one rule every reader and editor of `.ftl` files uses.
pub(crate) fn message_id(line: &str) -> Option<&str> {
    let len = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
    let starts = line.starts_with(|c: char| c.is_ascii_alphabetic()) && line[len..].trim_start().starts_with('=');
    starts.then(|| &line[..len])
}

/// The hash a `# translated-from: …` line names (`none` included), if `line` is one.
pub(crate) fn marker_of(line: &str) -> Option<&str> {
    line.trim_end().strip_prefix(super::FROM_MARKER).map(str::trim)
}

/// Message ids with their byte offsets and the `translated-from` marker on
/// the line above, if any.
fn message_positions(source: &str) -> Vec<(String, usize, Option<String>)> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut marker: Option<String> = None;
    for line in source.split_inclusive('\n') {
        match message_id(line) {
            Some(id) => out.push((id.to_string(), offset, marker.take())),
            None => marker = marker_of(line).map(str::to_string),
        }
        offset += line.len();
    }
    out
}

/// The message's own lines as written: its first line and the indented lines
/// that continue it (what a change to the message changes), with LF line
/// ends so a file saved with CRLF hashes as the same message.
fn message_source(source: &str, offset: usize) -> String {
    let mut out = String::new();
    for (i, line) in source[offset..].split_inclusive('\n').enumerate() {
        // Continuation lines are indented, except a select expression's
        // closing brace, which may start a line.
        if i > 0 && !line.starts_with([' ', '\t', '}']) {
            break;
        }
        match line.strip_suffix("\r\n") {
            Some(l) => {
                out.push_str(l);
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_its_line_and_the_indented_lines_after_it() {
        let src = "a = x\nb =\n    { $n ->\n       *[other] y\n}\nc = z\n";
        let b = src.find("b =").unwrap();
        assert_eq!(message_source(src, b), "b =\n    { $n ->\n       *[other] y\n}");
        assert_eq!(message_source(src, 0), "a = x");
        let crlf = src.replace('\n', "\r\n");
        assert_eq!(
            message_source(&crlf, crlf.find("b =").unwrap()),
            message_source(src, b),
            "CRLF is the same message"
        );
    }
}
