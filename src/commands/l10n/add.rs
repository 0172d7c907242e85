//! `codeatlas l10n add <locale>`: a new language in one command. Adds the
//! locale to `content/site.yaml` and creates `locales/<locale>/` holding
//! every message of the default locale, each marked `translated-from: none`
//! (still in the default locale's words, so pages fall back to it and `check`
//! counts it untranslated). The site builds at once.

use crate::commands::CommandError;
use crate::commands::write_file;
use crate::i18n::FROM_MARKER;
use crate::site::{Locale, load_config};
use crate::source::SiteRoot;
use std::path::Path;

/// Adds `locale` to the site at `root`; returns what was done, for people.
pub fn add(root: &Path, locale: &str) -> Result<String, CommandError> {
    let Some(locale) = Locale::parse(locale) else {
        return Err(CommandError::Usage(format!(
            "found `{locale}`, expected a BCP 47 language tag such as `fr`, `pt-BR` or `zh-Hans`"
        )));
    };
    let site_root = SiteRoot::open(root).map_err(|e| CommandError::Content(vec![e.into()]))?;
    let config = load_config(&site_root)?;
    if config.locales.contains(&locale) {
        return Err(CommandError::Usage(format!("the site has locale `{locale}` already (content/site.yaml)")));
    }
    let dir = root.join("locales").join(locale.as_str());
    if dir.exists() {
        return Err(CommandError::Usage(format!(
            "locales/{locale}/ exists already: move it away or add `{locale}` to content/site.yaml by hand"
        )));
    }
    let default_dir = root.join("locales").join(config.default_locale.as_str());
    let mut files: Vec<_> = std::fs::read_dir(&default_dir)
        .map_err(CommandError::io(format!("read {}", default_dir.display())))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let site_yaml = root.join("content/site.yaml");
    let yaml =
        std::fs::read_to_string(&site_yaml).map_err(CommandError::io(format!("read {}", site_yaml.display())))?;
    let edited = with_locale(&yaml, &locale).map_err(|m| CommandError::Usage(format!("content/site.yaml: {m}")))?;
    std::fs::create_dir_all(&dir).map_err(CommandError::io(format!("create {}", dir.display())))?;
    let mut messages = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).map_err(CommandError::io(format!("read {}", file.display())))?;
        let (text, n) = untranslated_copy(&source, &config.default_locale, &locale);
        messages += n;
        let name = file.file_name().unwrap_or_default();
        write_file(&dir.join(name), &text)?;
    }
    write_file(&site_yaml, &edited)?;
    Ok(format!(
        "added `{locale}`: content/site.yaml lists it, locales/{locale}/ holds {messages} messages to translate \
         ({n} files); every page builds now, falling back to `{}` until texts are translated",
        config.default_locale,
        n = files.len()
    ))
}

/// `site.yaml` with `locale` appended to its `locales:` list (flow or block
/// style), every other byte kept.
fn with_locale(yaml: &str, locale: &Locale) -> Result<String, String> {
    let mut out = String::with_capacity(yaml.len() + 16);
    let mut lines = yaml.split_inclusive('\n').peekable();
    let mut done = false;
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("locales:") else {
            out.push_str(line);
            continue;
        };
        let value = rest.split(" #").next().unwrap_or("").trim();
        if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            let close = line.rfind(']').unwrap_or(line.len());
            let sep = if inner.trim().is_empty() { "" } else { ", " };
            out.push_str(&line[..close]);
            out.push_str(&format!("{sep}{locale}"));
            out.push_str(&line[close..]);
        } else if value.is_empty() {
            // A block list: its items follow, `- id` each; add one after the last.
            out.push_str(line);
            let mut indent = "  ".to_string();
            while let Some(item) = lines.next_if(|l| l.trim_start().starts_with("- ") || l.trim().is_empty()) {
                if !item.trim().is_empty() {
                    indent = item[..item.len() - item.trim_start().len()].to_string();
                }
                out.push_str(item);
            }
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&format!("{indent}- {locale}\n"));
        } else {
            return Err(format!("found `locales: {value}`, expected a list such as [en, ja]"));
        }
        done = true;
    }
    if done { Ok(out) } else { Err("found no `locales:` list".to_string()) }
}

/// The default locale's file as the new locale's starting point: each
/// message keeps its comments and text, with the marker line above it.
fn untranslated_copy(source: &str, default: &Locale, locale: &Locale) -> (String, usize) {
    let mut out = format!(
        "# {locale}: every message below is still in `{default}`. Translate one, then delete the\n\
         # `{}none` line above it (or run `codeatlas translated <this file> {locale}`\n\
         # once the whole file is translated).\n\n",
        FROM_MARKER
    );
    let mut n = 0;
    for line in source.split_inclusive('\n') {
        if crate::i18n::message_id(line).is_some() {
            out.push_str(FROM_MARKER);
            out.push_str("none\n");
            n += 1;
        }
        out.push_str(line);
    }
    (out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_to_flow_and_block_lists_keeping_everything_else() {
        let fr = Locale::parse("fr").unwrap();
        assert_eq!(
            with_locale("a: 1\nlocales: [en, ja] # two\nb: 2\n", &fr).unwrap(),
            "a: 1\nlocales: [en, ja, fr] # two\nb: 2\n"
        );
        assert_eq!(
            with_locale("locales:\n  - en\n  - ja\nb: 2\n", &fr).unwrap(),
            "locales:\n  - en\n  - ja\n  - fr\nb: 2\n"
        );
        assert!(with_locale("x: 1\n", &fr).is_err());
    }

    #[test]
    fn every_message_is_marked_untranslated() {
        let (text, n) = untranslated_copy(
            "## Group\na = A\nb =\n    { $x }\n",
            &Locale::parse("en").unwrap(),
            &Locale::parse("fr").unwrap(),
        );
        assert_eq!(n, 2);
        assert!(
            text.ends_with("## Group\n# translated-from: none\na = A\n# translated-from: none\nb =\n    { $x }\n"),
            "{text}"
        );
    }
}
