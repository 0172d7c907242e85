//! `sitemap.xml` (split into a sitemap index past 50,000 URLs, the protocol's
//! limit) and `robots.txt`. Written directly rather than through a template so
//! memory stays flat however many pages there are.

use crate::plan;
use crate::site::{Locale, Site};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::rc::Rc;

/// The protocol's limit of URLs per sitemap file.
pub const MAX_URLS: usize = 50_000;

/// Writes the sitemap: one `sitemap.xml`, or past 50,000 URLs numbered files
/// plus a `sitemap.xml` index. `file(name, body)` creates a file and lets `body`
/// write it; entries are written as they are made, so memory stays flat however
/// many pages there are (a 50,000-URL file is about 20 MB).
pub fn write_sitemaps<E>(
    site: &Site,
    mut file: impl FnMut(&str, &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> Result<(), E>,
) -> Result<(), E> {
    let base = xml(site.config.base_url.full());
    let translated = |route| site.config.locales.iter().filter(move |l| plan::is_translated(site, l, route));
    let total: usize = plan::routes(site).map(|route| translated(route).count()).sum();
    let files = total.div_ceil(MAX_URLS).max(1);
    // Every URL entry in order: (the route's translated folders, which one).
    let mut entries = plan::routes(site).flat_map(|route| {
        // Made once per route and shared by its entries (each lists all as alternates).
        let dirs: Rc<Vec<(&Locale, String)>> =
            Rc::new(translated(route).map(|l| (l, xml(&plan::dir_of(site, l, route)))).collect());
        (0..dirs.len()).map(move |i| (dirs.clone(), i))
    });
    for k in 1..=files {
        let name = if files == 1 { "sitemap.xml".to_string() } else { format!("sitemap-{k}.xml") };
        file(&name, &mut |w| {
            let mut entry = String::new();
            w.write_all(URLSET_HEAD.as_bytes())?;
            for (dirs, i) in entries.by_ref().take(MAX_URLS) {
                entry.clear();
                write_url(&mut entry, &base, &dirs[i].1, &dirs, &site.config.default_locale);
                w.write_all(entry.as_bytes())?;
            }
            w.write_all(URLSET_TAIL.as_bytes())
        })?;
    }
    if files == 1 {
        return Ok(());
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for i in 1..=files {
        let _ = writeln!(index, "  <sitemap><loc>{base}sitemap-{i}.xml</loc></sitemap>");
    }
    index.push_str("</sitemapindex>\n");
    file("sitemap.xml", &mut |w| w.write_all(index.as_bytes()))
}

/// One `<url>` entry: the page at `dir`, and when the route has several
/// translated locales, every one of them (and x-default) as an alternate.
fn write_url(out: &mut String, base: &str, dir: &str, dirs: &[(&Locale, String)], default: &Locale) {
    out.push_str("  <url><loc>");
    out.push_str(base);
    out.push_str(dir);
    out.push_str("</loc>");
    if dirs.len() > 1 {
        let link = |out: &mut String, lang: &str, dir: &str| {
            out.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
            out.push_str(lang);
            out.push_str("\" href=\"");
            out.push_str(base);
            out.push_str(dir);
            out.push_str("\"/>");
        };
        for (alt, alt_dir) in dirs {
            link(out, alt.as_str(), alt_dir);
        }
        if let Some((_, default_dir)) = dirs.iter().find(|(l, _)| *l == default) {
            link(out, "x-default", default_dir);
        }
    }
    out.push_str("</url>\n");
}

/// What a sitemap file's entries are written between.
const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_TAIL: &str = "</urlset>\n";

fn xml(s: &str) -> String {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return s.to_string();
    }
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub fn robots(site: &Site) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", site.config.base_url.full())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::{BaseUrl, Locale, LocaleTexts, Localized, Record, Registry, SiteConfig, Text, TextKey};
    use std::collections::BTreeMap;

    /// 330 codes: 54,285 pair routes per locale, over the 50,000-URL limit.
    fn big_site() -> Site {
        let en = Locale::parse("en").unwrap();
        let text = LocaleTexts {
            texts: TextKey::RECORD.map(|k| (k, Text { source: "t".into(), line: 1, col: 1 })).into(),
            translated_from: BTreeMap::new(),
        };
        let records = (100..430u16)
            .map(|code| Record {
                code,
                reason: "R".into(),
                status: None,
                references: vec![],
                texts: Localized(BTreeMap::from([(en.clone(), text.clone())])),
                path: "x".into(),
                at: Default::default(),
                related: vec![],
                headers: vec![],
                methods: vec![],
                example: vec![],
                flow: None,
            })
            .collect();
        let classes = (1..=4u8).map(|d| (d, crate::site::ClassKey::new("c"))).collect();
        Site {
            root: ".".into(),
            config: SiteConfig {
                base_url: BaseUrl::parse("https://x.example/").unwrap(),
                default_locale: en.clone(),
                locales: vec![en],
                repository: None,
            },
            registries: vec![Registry {
                id: "big".into(),
                name: "BIG".into(),
                term: Default::default(),
                wire: None,
                classes,
                records,
                curated: BTreeMap::new(),
                path: "r".into(),
                class_positions: BTreeMap::new(),
                iana: None,
                causes: None,
                libraries: None,
            }],
        }
    }

    #[test]
    fn splits_past_fifty_thousand_urls_with_an_index() {
        let site = big_site();
        let mut files: Vec<(String, usize, usize)> = Vec::new();
        write_sitemaps(&site, |name, body| {
            let mut bytes = Vec::new();
            body(&mut bytes).unwrap();
            let text = std::str::from_utf8(&bytes).unwrap();
            files.push((name.to_string(), text.matches("<url>").count(), text.matches("<sitemap>").count()));
            Ok::<(), ()>(())
        })
        .unwrap();
        let total = 1 + 1 + 330 + 330 * 329 / 2;
        assert_eq!(files.len(), 3, "{files:?}");
        assert_eq!((files[0].0.as_str(), files[0].1), ("sitemap-1.xml", MAX_URLS));
        assert_eq!((files[1].0.as_str(), files[1].1), ("sitemap-2.xml", total - MAX_URLS));
        assert_eq!((files[2].0.as_str(), files[2].2), ("sitemap.xml", 2));
    }
}
