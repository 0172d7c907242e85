//! Links in contributors' Markdown that point inside the site must lead to a
//! page (or a static file).

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::plan::{self, Route};
use crate::site::{Locale, Localized, Site, Text};
use std::collections::HashSet;
use std::path::Path;

/// What a link is checked against.
struct Known<'a> {
    site: &'a Site,
    dirs: HashSet<String>,
    static_dir: &'a Path,
}

/// Reports every internal Markdown link that leads nowhere.
pub fn markdown_links(root: &Path, site: &Site, diags: &mut Diagnostics) {
    let mut dirs = HashSet::new();
    for l in &site.config.locales {
        dirs.extend(plan::routes(site).map(|route| plan::dir_of(site, l, route)));
    }
    let static_dir = root.join("static");
    let known = Known { site, dirs, static_dir: &static_dir };
    for (reg, r) in site.registries.iter().enumerate() {
        for rec in &r.records {
            known.file(&rec.path, &rec.texts, Route::Code { reg, code: rec.code }, diags);
        }
        for pair in r.curated.values() {
            known.file(&pair.path, &pair.texts, plan::pair(reg, pair.a, pair.b), diags);
        }
    }
}

impl Known<'_> {
    /// Every text of one file, each resolved against its page in its locale.
    fn file(&self, path: &Path, texts: &Localized, route: Route, diags: &mut Diagnostics) {
        for (locale, block) in &texts.0 {
            let page_dir = plan::dir_of(self.site, locale, route);
            for text in block.texts.values() {
                self.text(path, locale, &page_dir, text, diags);
            }
        }
    }

    fn text(&self, path: &Path, locale: &Locale, page_dir: &str, text: &Text, diags: &mut Diagnostics) {
        let base = self.site.config.base_url.path();
        for dest in crate::markdown::link_destinations(&text.source) {
            let Some(target) = resolve(base, &format!("{base}{page_dir}"), &dest) else { continue };
            let rel = target.trim_start_matches(base);
            let ok = self.dirs.contains(rel)
                || self.dirs.contains(&format!("{rel}/"))
                || (!rel.is_empty() && self.static_dir.join(rel).is_file());
            if !ok {
                let (line, col) = text.position(text.source.find(&dest).unwrap_or(0));
                let msg = format!(
                    "link `{dest}` (in the `{locale}` text) leads to {target}, which is not a page of the site"
                );
                diags.push(Diagnostic::new(path, line, col, msg));
            }
        }
    }
}

/// Resolves a link found on the page at `page` (a root-relative folder URL) to
/// a root-relative path; `None` for external links and fragments.
fn resolve(base: &str, page: &str, dest: &str) -> Option<String> {
    let dest = dest.split(['#', '?']).next().unwrap_or("");
    if dest.is_empty() || dest.contains(':') || dest.starts_with("//") {
        return None;
    }
    let mut parts: Vec<&str> =
        if dest.starts_with('/') { vec![] } else { page.split('/').filter(|s| !s.is_empty()).collect() };
    for seg in dest.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let trailing = if dest.ends_with('/') { "/" } else { "" };
    let joined = format!("/{}{trailing}", parts.join("/"));
    Some(if joined.starts_with(base) || base == "/" {
        joined
    } else {
        format!("{}{}", base.trim_end_matches('/'), joined)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_and_absolute_links() {
        assert_eq!(resolve("/", "/en/sip/183/", "../437/").as_deref(), Some("/en/sip/437/"));
        assert_eq!(resolve("/repo/", "/repo/en/sip/183/", "../../http/404/#x").as_deref(), Some("/repo/en/http/404/"));
        assert_eq!(resolve("/", "/en/sip/183/", "https://x.example/"), None);
        assert_eq!(resolve("/", "/en/sip/183/", "#top"), None);
        assert_eq!(resolve("/", "/en/sip/183/", "/en/sip/").as_deref(), Some("/en/sip/"));
    }
}
