//! Fluent bundles per locale: the UI strings and every sentence that combines
//! values. Lookups fall back to the default locale; a message missing everywhere
//! is an error, never a silent placeholder.

use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::site::{Locale, SiteConfig, yaml::read_text};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// An argument passed to a message; borrowed where it can be, since messages
/// with arguments are formatted on every page.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Str(std::borrow::Cow<'a, str>),
    Num(f64),
}

struct LocaleBundle {
    bundle: FluentBundle<FluentResource>,
    /// Message id → where it is defined (file as shown, line, column).
    ids: BTreeMap<String, (PathBuf, usize, usize)>,
    /// Messages that are only text and `{ $variable }`s, as their pieces.
    plain: HashMap<String, Vec<Piece>>,
}

/// A piece of a message made of text and variables only.
#[derive(Debug)]
enum Piece {
    Text(String),
    Var(String),
}

/// `pattern` as pieces, when it holds nothing but text and variable references.
///
/// Pages format three messages with arguments each (a pair page's title, heading
/// and lead); profiling showed Fluent's general resolver at a tenth of all build
/// work for them. For these plain patterns, and with what this bundle is set up
/// with (no isolation marks, no transform, no custom formatter), the resolver
/// writes each text as is and each variable's value; `format_plain` does the same
/// directly, formatting numbers with Fluent's own `FluentNumber`, and leaves any
/// other case (a select, a term, a missing variable) to Fluent.
fn plain_pieces(pattern: &ast::Pattern<&str>) -> Option<Vec<Piece>> {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => Some(Piece::Text(value.to_string())),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
            } => Some(Piece::Var(id.name.to_string())),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// The message from its pieces; `None` when an argument is missing (Fluent then
/// reports it).
fn format_plain(pieces: &[Piece], args: &[(&str, Arg)]) -> Option<String> {
    let mut out = String::with_capacity(96);
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => match &args.iter().find(|(k, _)| k == name)?.1 {
                Arg::Str(s) => out.push_str(s),
                // Whole numbers (codes, counts) print as f64's Display prints them,
                // which is what Fluent's default number formatting does, without
                // the float formatting machinery.
                Arg::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 && !(*n == 0.0 && n.is_sign_negative()) => {
                    let _ = write!(out, "{}", *n as i64);
                }
                Arg::Num(n) => match FluentValue::from(*n) {
                    FluentValue::Number(num) => out.push_str(&num.as_string()),
                    _ => return None,
                },
            },
        }
    }
    Some(out)
}

pub struct I18n {
    default: Locale,
    bundles: BTreeMap<Locale, LocaleBundle>,
}

/// A formatted message and whether it came from the default locale instead.
#[derive(Debug)]
pub struct Formatted {
    pub text: String,
    pub fallback: bool,
}

impl I18n {
    /// Loads `locales/<id>/*.ftl` for every locale the site declares.
    pub fn load(root: &Path, config: &SiteConfig) -> Result<I18n, Vec<Diagnostic>> {
        let mut diags = Diagnostics::default();
        let mut bundles = BTreeMap::new();
        let root_canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        for locale in &config.locales {
            let dir = root.join("locales").join(locale.as_str());
            let shown_dir = display_path(root, &dir);
            if let Err(d) = crate::site::yaml::inside_root(&dir, &root_canon, &shown_dir) {
                diags.push(d);
                continue;
            }
            let mut files: Vec<_> = match std::fs::read_dir(&dir) {
                Ok(rd) => rd
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                    .collect(),
                Err(e) => {
                    diags.push(Diagnostic::file(&shown_dir, format!("cannot read the locale folder ({e}), expected locales/{locale}/*.ftl for locale `{locale}` of site.yaml")));
                    continue;
                }
            };
            files.sort();
            if files.is_empty() {
                diags.push(Diagnostic::file(
                    &shown_dir,
                    format!("found no .ftl files, expected Fluent files for locale `{locale}`"),
                ));
                continue;
            }
            let langid = locale.as_str().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks (U+2068/2069) would leak into <title> and plain text.
            bundle.set_use_isolating(false);
            let mut ids = BTreeMap::new();
            for file in files {
                let shown = display_path(root, &file);
                if let Err(d) = crate::site::yaml::inside_root(&file, &root_canon, &shown) {
                    diags.push(d);
                    continue;
                }
                let source = match read_text(&file, &shown) {
                    Ok(s) => s,
                    Err(d) => {
                        diags.push(d);
                        continue;
                    }
                };
                if let Some((off, c)) = source.char_indices().find(|(_, c)| is_bidi_control(*c)) {
                    diags.push(Diagnostic::at_offset(&shown, &source, off, format!("found the invisible direction control U+{:04X}, expected plain text (it can hide what a message says)", c as u32)));
                    continue;
                }
                let positions = message_positions(&source);
                let resource = match FluentResource::try_new(source.clone()) {
                    Ok(r) => r,
                    Err((_, errors)) => {
                        for e in errors {
                            // The parser notices a missing `}` only on the next line
                            // (or at the end): point just after the last text instead.
                            let mut off = e.pos.start.min(source.len());
                            if off == source.len() || source[..off].ends_with('\n') {
                                off = match &e.slice {
                                    // The broken entry starts earlier: point at it, past
                                    // the comments and blank lines the parser groups with it.
                                    // An entry that starts right here is reported here.
                                    Some(slice) if slice.start == off => off,
                                    Some(slice) if slice.start < off => {
                                        let mut at = slice.start;
                                        for line in source[slice.start..off].split_inclusive('\n') {
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
                                };
                            }
                            diags.push(Diagnostic::at_offset(
                                &shown,
                                &source,
                                off,
                                format!("Fluent syntax error: {}", e.kind),
                            ));
                        }
                        continue;
                    }
                };
                for (id, off) in &positions {
                    let (line, col) = crate::diagnostics::line_col(&source, *off);
                    if ids.insert(id.clone(), (shown.clone(), line, col)).is_some() {
                        diags.push(Diagnostic::new(
                            &shown,
                            line,
                            col,
                            format!(
                                "found message `{id}` a second time in locale `{locale}`, expected each message once"
                            ),
                        ));
                    }
                }
                // Duplicates were reported above with their position.
                bundle.add_resource_overriding(resource);
            }
            let plain = ids
                .keys()
                .filter_map(|id| {
                    let pattern = bundle.get_message(id)?.value()?;
                    Some((id.clone(), plain_pieces(pattern)?))
                })
                .collect();
            bundles.insert(locale.clone(), LocaleBundle { bundle, ids, plain });
        }
        diags.finish(I18n { default: config.default_locale.clone(), bundles })
    }

    /// No messages at all: lets `check` compile templates (and report their
    /// syntax errors) when the Fluent files themselves do not load.
    pub fn empty(default: &Locale) -> I18n {
        I18n { default: default.clone(), bundles: BTreeMap::new() }
    }

    pub fn default_locale(&self) -> &Locale {
        &self.default
    }

    /// Message ids defined in `locale` (for checks and coverage).
    pub fn ids(&self, locale: &Locale) -> impl Iterator<Item = &str> {
        self.bundles.get(locale).into_iter().flat_map(|b| b.ids.keys().map(String::as_str))
    }

    /// Where message `id` is defined in `locale`: (file, line, column).
    pub fn position(&self, locale: &Locale, id: &str) -> Option<&(PathBuf, usize, usize)> {
        self.bundles.get(locale).and_then(|b| b.ids.get(id))
    }

    pub fn has(&self, locale: &Locale, id: &str) -> bool {
        self.bundles.get(locale).is_some_and(|b| b.ids.contains_key(id))
    }

    /// Formats `id` in `locale`, falling back to the default locale. Errors name the
    /// message and what went wrong (missing everywhere, a variable not supplied).
    pub fn format(&self, locale: &Locale, id: &str, args: &[(&str, Arg)]) -> Result<Formatted, String> {
        // A plain message the locale defines (every page's case): no fallback to
        // decide, no resolver.
        if let Some(text) = self.bundles.get(locale).and_then(|b| b.plain.get(id)).and_then(|p| format_plain(p, args)) {
            return Ok(Formatted { text, fallback: false });
        }
        let (bundle, fallback) = match self.bundles.get(locale).filter(|b| b.ids.contains_key(id)) {
            Some(b) => (b, false),
            None => match self.bundles.get(&self.default).filter(|b| b.ids.contains_key(id)) {
                Some(b) => (b, locale != &self.default),
                None => {
                    return Err(format!(
                        "Fluent message `{id}` is not defined in locale `{locale}` nor in the default locale `{}`",
                        self.default
                    ));
                }
            },
        };
        // Fallbacks, selects, terms and errors: Fluent's resolver.
        let pattern = bundle
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("Fluent message `{id}` has no value (only attributes)"))?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_ref())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
        if let Some(e) = errors.first() {
            let used = if fallback { self.default.as_str() } else { locale.as_str() };
            return Err(format!("Fluent message `{id}` in locale `{used}` could not be formatted: {e}"));
        }
        Ok(Formatted { text, fallback })
    }
}

/// Characters that reorder text invisibly (the "Trojan Source" set).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Message ids with their byte offsets: a message starts a line with `id =`.
fn message_positions(source: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let id: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        if !id.is_empty()
            && line[id.len()..].trim_start().starts_with('=')
            && line.starts_with(|c: char| c.is_ascii_alphabetic())
        {
            out.push((id, offset));
        }
        offset += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::BaseUrl;

    fn site(files: &[(&str, &str)]) -> (tempfile::TempDir, SiteConfig) {
        let dir = tempfile::tempdir().unwrap();
        for (p, s) in files {
            let path = dir.path().join(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, s).unwrap();
        }
        let en = Locale::parse("en").unwrap();
        let ja = Locale::parse("ja").unwrap();
        (
            dir,
            SiteConfig {
                base_url: BaseUrl::parse("https://x/").unwrap(),
                default_locale: en.clone(),
                locales: vec![en, ja],
            },
        )
    }

    #[test]
    fn falls_back_and_formats_without_isolation_marks() {
        let (dir, cfg) =
            site(&[("locales/en/m.ftl", "a = A { $x }\nb = B\n"), ("locales/ja/m.ftl", "a = エー{ $x }\n")]);
        let i = I18n::load(dir.path(), &cfg).unwrap();
        let ja = Locale::parse("ja").unwrap();
        let f = i.format(&ja, "a", &[("x", Arg::Str("1".into()))]).unwrap();
        assert_eq!((f.text.as_str(), f.fallback), ("エー1", false));
        let f = i.format(&ja, "b", &[]).unwrap();
        assert_eq!((f.text.as_str(), f.fallback), ("B", true));
        assert!(i.format(&ja, "nope", &[]).unwrap_err().contains("`nope`"));
        assert!(i.format(&ja, "a", &[]).unwrap_err().contains("could not be formatted"));
    }

    /// The plain-message path gives what Fluent's resolver gives, for every message
    /// of the shipped locales and a few awkward ones, with strings and numbers.
    #[test]
    fn plain_messages_format_exactly_as_fluent_does() {
        let awkward = "multi =\n    First line { $a }\n    second line { $b }.\nnums = { $n } of { $m }\n\
                       only-text = Just text\nsel = { $n ->\n    [one] one\n   *[other] { $n } many\n}\n\
                       -term = Term\nuses-term = { -term } and { $a }\nlit = { \"x\" } { $a }\n";
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<(String, String)> = ["en", "ja"]
            .iter()
            .map(|l| {
                let f = format!("locales/{l}/main.ftl");
                let text = std::fs::read_to_string(root.join(&f)).unwrap();
                (f, text)
            })
            .collect();
        files.push(("locales/en/awkward.ftl".into(), awkward.into()));
        let refs: Vec<(&str, &str)> = files.iter().map(|(p, s)| (p.as_str(), s.as_str())).collect();
        let (dir, cfg) = site(&refs);
        let i = I18n::load(dir.path(), &cfg).unwrap();
        let mut checked = 0;
        for (locale, b) in &i.bundles {
            for (id, pieces) in &b.plain {
                let vars: Vec<&str> =
                    pieces.iter().filter_map(|p| if let Piece::Var(v) = p { Some(v.as_str()) } else { None }).collect();
                let values = [
                    Arg::Str("<b> & 日本".into()),
                    Arg::Num(437.0),
                    Arg::Num(1.5),
                    Arg::Num(-0.0),
                    Arg::Num(1e21),
                    Arg::Num(-12.0),
                    Arg::Num(999_999_999_999_999.0),
                    Arg::Num(0.1 + 0.2),
                ];
                for shift in 0..values.len() {
                    let args: Vec<(&str, Arg)> = vars
                        .iter()
                        .enumerate()
                        .map(|(k, v)| (*v, values[(k + shift) % values.len()].clone()))
                        .collect();
                    let mut fargs = FluentArgs::new();
                    for (k, v) in &args {
                        match v {
                            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_ref())),
                            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
                        }
                    }
                    let pattern = b.bundle.get_message(id).unwrap().value().unwrap();
                    let mut errors = Vec::new();
                    let fluent = b.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                    assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
                    assert_eq!(format_plain(pieces, &args).as_deref(), Some(fluent.as_ref()), "{locale} {id}");
                    checked += 1;
                }
            }
            // Selects, terms and literals are left to Fluent.
            for id in ["sel", "uses-term", "lit"] {
                assert!(!b.plain.contains_key(id), "{id}");
            }
        }
        assert!(checked > 300, "{checked}");
        let en = Locale::parse("en").unwrap();
        assert!(i.format(&en, "nums", &[("n", Arg::Num(1.0))]).unwrap_err().contains("could not be formatted"));
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let (dir, cfg) = site(&[("locales/en/m.ftl", "a = A\nb = { $x\n"), ("locales/ja/m.ftl", "a = A\n")]);
        let e = I18n::load(dir.path(), &cfg).err().unwrap();
        assert_eq!(e[0].path, Path::new("locales/en/m.ftl"));
        assert_eq!(e[0].line, 2, "{e:?}");
    }

    #[test]
    fn bidi_controls_and_duplicates_are_refused() {
        let (dir, cfg) = site(&[("locales/en/m.ftl", "a = A\na = B\n"), ("locales/ja/m.ftl", "a = \u{202E}A\n")]);
        let e = I18n::load(dir.path(), &cfg).err().unwrap();
        assert!(e.iter().any(|d| d.message.contains("second time") && d.line == 2), "{e:?}");
        assert!(e.iter().any(|d| d.message.contains("U+202E")), "{e:?}");
    }
}
