//! Tests of loading and formatting messages.

use super::*;
use crate::site::{BaseUrl, SiteConfig};
use crate::source::SiteRoot;
use compiled::Piece;
use std::path::Path;

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
            repository: None,
        },
    )
}

#[test]
fn falls_back_and_formats_without_isolation_marks() {
    let (dir, cfg) = site(&[("locales/en/m.ftl", "a = A { $x }\nb = B\n"), ("locales/ja/m.ftl", "a = エー{ $x }\n")]);
    let i = I18n::load(&SiteRoot::open(dir.path()).unwrap(), &cfg).unwrap();
    let ja = Locale::parse("ja").unwrap();
    let f = i.format(&ja, "a", &[("x", Arg::Str("1".into()))]).unwrap();
    assert_eq!((f.text.as_str(), f.fallback), ("エー1", false));
    let f = i.format(&ja, "b", &[]).unwrap();
    assert_eq!((f.text.as_str(), f.fallback), ("B", true));
    assert!(i.format(&ja, "nope", &[]).unwrap_err().to_string().contains("`nope`"));
    assert!(i.format(&ja, "a", &[]).unwrap_err().to_string().contains("could not be formatted"));
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
    let i = I18n::load(&SiteRoot::open(dir.path()).unwrap(), &cfg).unwrap();
    let mut checked = 0;
    for (locale, b) in &i.bundles {
        let plain =
            b.compiled.iter().filter_map(|(id, c)| if let Compiled::Plain(p) = c { Some((id, p)) } else { None });
        for (id, pieces) in plain {
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
                let args: Vec<(&str, Arg)> =
                    vars.iter().enumerate().map(|(k, v)| (*v, values[(k + shift) % values.len()].clone())).collect();
                let fargs = fluent_args(&args);
                let pattern = b.bundle.get_message(id).unwrap().value().unwrap();
                let mut errors = Vec::new();
                let fluent = b.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
                assert_eq!(format_plain(pieces, &args).as_deref(), Some(fluent.as_ref()), "{locale} {id}");
                checked += 1;
            }
        }
        // Fixed messages are Fluent's own text, formatted once.
        for (id, c) in &b.compiled {
            if let Compiled::Fixed(text) = c {
                let pattern = b.bundle.get_message(id).unwrap().value().unwrap();
                assert_eq!(b.bundle.format_pattern(pattern, None, &mut Vec::new()).as_ref(), text.as_ref(), "{id}");
            }
        }
        // Selects with variables, and terms or literals beside variables, are left to Fluent.
        if locale.as_str() == "en" {
            for id in ["sel", "uses-term", "lit"] {
                assert!(matches!(b.compiled[id], Compiled::Resolver), "{id}");
            }
            assert!(matches!(b.compiled["only-text"], Compiled::Fixed(_)));
        }
    }
    // Every plain message of the shipped locales, with eight kinds of value each.
    assert!(checked > 200, "{checked}");
    let en = Locale::parse("en").unwrap();
    assert!(i.format(&en, "nums", &[("n", Arg::Num(1.0))]).unwrap_err().to_string().contains("could not be formatted"));
}

#[test]
fn syntax_errors_have_line_and_column() {
    let (dir, cfg) = site(&[("locales/en/m.ftl", "a = A\nb = { $x\n"), ("locales/ja/m.ftl", "a = A\n")]);
    let e = I18n::load(&SiteRoot::open(dir.path()).unwrap(), &cfg).err().unwrap();
    assert_eq!(e[0].path, Path::new("locales/en/m.ftl"));
    assert_eq!(e[0].line, 2, "{e:?}");
}

#[test]
fn bidi_controls_and_duplicates_are_refused() {
    let (dir, cfg) = site(&[("locales/en/m.ftl", "a = A\na = B\n"), ("locales/ja/m.ftl", "a = \u{202E}A\n")]);
    let e = I18n::load(&SiteRoot::open(dir.path()).unwrap(), &cfg).err().unwrap();
    assert!(e.iter().any(|d| d.message.contains("second time") && d.line == 2), "{e:?}");
    assert!(e.iter().any(|d| d.message.contains("U+202E")), "{e:?}");
}
