//! `l10n export`: every text of every record and curated pair as one PO
//! catalog for a locale. Stable: the same content gives the same bytes.

use super::po::{Catalog, Entry};
use super::sources::Sources;
use crate::site::{Locale, Localized, Site, TextKey};

/// The `msgctxt` of a text: `<registry>/<code>#<key>` or
/// `<registry>/<a>-vs-<b>#<key>`.
pub fn context(registry: &str, file: &str, key: &TextKey) -> String {
    format!("{registry}/{file}#{}", key.key())
}

/// gettext's plural rule for a language (by its primary subtag); the site
/// has no plural texts, but tools want the header.
pub fn plural_forms(locale: &Locale) -> &'static str {
    let lang = locale.as_str().split('-').next().unwrap_or("");
    match lang {
        "ja" | "ko" | "zh" | "vi" | "th" | "id" | "ms" | "lo" | "my" => "nplurals=1; plural=0;",
        "fr" | "pt" if locale.as_str() != "pt-PT" => "nplurals=2; plural=(n > 1);",
        "ru" | "uk" | "be" | "sr" | "hr" | "bs" => {
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        }
        "pl" => "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        "cs" | "sk" => "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
        "ar" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        _ => "nplurals=2; plural=(n != 1);",
    }
}

/// A text as PO carries it: without the trailing newline a YAML block adds.
pub fn po_text(s: &str) -> &str {
    s.trim_end()
}

/// The catalog of `locale`'s translations of `site`.
pub fn catalog(site: &Site, sources: &Sources, locale: &Locale) -> Catalog {
    let default = &site.config.default_locale;
    let header = [
        ("Project-Id-Version", "codeatlas".to_string()),
        ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE".to_string()),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>".to_string()),
        ("Language-Team", locale.to_string()),
        ("Language", locale.to_string()),
        ("MIME-Version", "1.0".to_string()),
        ("Content-Type", "text/plain; charset=UTF-8".to_string()),
        ("Content-Transfer-Encoding", "8bit".to_string()),
        ("Plural-Forms", plural_forms(locale).to_string()),
        ("X-Source-Language", default.to_string()),
    ];
    let mut entries = Vec::new();
    for reg in &site.registries {
        for f in reg.text_files() {
            let (about, refs) = match (f.other, reg.record(f.code)) {
                (Some(b), _) => (format!("{} {} vs {b}", reg.name, f.code), Vec::new()),
                (None, rec) => (
                    format!("{} {} {}", reg.name, f.code, f.reason.unwrap_or("")),
                    rec.map(|r| r.references.iter().map(ToString::to_string).collect()).unwrap_or_default(),
                ),
            };
            let file = File { registry: &reg.id, name: f.name(), path: f.path.display().to_string(), texts: f.texts };
            file.entries(&mut entries, &about, &refs, (default, locale), sources);
        }
    }
    Catalog { header: header.into_iter().map(|(k, v)| (k.to_string(), v)).collect(), entries }
}

/// The template (POT) translation tools start new languages from: every
/// text with an empty `msgstr`, and no language in the header.
pub fn template(site: &Site, sources: &Sources) -> Catalog {
    let mut cat = catalog(site, sources, &site.config.default_locale);
    // No plural texts, and the rule belongs to the language a tool picks.
    cat.header.retain(|(name, _)| name != "Plural-Forms");
    for (name, value) in &mut cat.header {
        if name == "Language" || name == "Language-Team" {
            value.clear();
        }
    }
    for e in &mut cat.entries {
        e.text.clear();
        e.fuzzy = false;
        e.previous = None;
    }
    cat
}

/// One record or pair file.
struct File<'a> {
    registry: &'a str,
    name: String,
    path: String,
    texts: &'a Localized,
}

impl File<'_> {
    fn entries(
        &self,
        out: &mut Vec<Entry>,
        about: &str,
        refs: &[String],
        (default, locale): (&Locale, &Locale),
        sources: &Sources,
    ) {
        let Some(source_block) = self.texts.0.get(default) else { return };
        let own = self.texts.0.get(locale);
        for (key, source) in &source_block.texts {
            let translated = own.and_then(|b| b.get(key));
            let stale = translated.is_some() && self.texts.is_stale(locale, default, key);
            let old = own.and_then(|b| b.translated_from.get(key)).and_then(|h| sources.get(h));
            let mut notes = vec![about.to_string()];
            if !refs.is_empty() {
                notes.push(refs.join(", "));
            }
            notes.push(match key {
                TextKey::Caption => "The caption of the example exchange (one sentence).".to_string(),
                TextKey::HeaderNote(f) => format!("What the header field {f} carries here (short)."),
                TextKey::FlowNote(_) => "A note drawn inside the message-flow diagram: keep it short.".to_string(),
                _ => "Markdown: keep every RFC citation and `code span`.".to_string(),
            });
            out.push(Entry {
                notes,
                reference: Some(format!("{}:{}", self.path, source.line)),
                fuzzy: stale,
                previous: if stale { old.map(|o| po_text(o).to_string()) } else { None },
                ctxt: Some(context(self.registry, &self.name, key)),
                id: po_text(&source.source).to_string(),
                text: translated.map(|t| po_text(&t.source).to_string()).unwrap_or_default(),
                line: 0,
            });
        }
    }
}
