//! `sitemap.xml` (split into a sitemap index past 50,000 URLs, the protocol's
//! limit) and `robots.txt`. Written directly rather than through a template so
//! memory stays flat however many pages there are.

use crate::plan;
use crate::site::{Locale, Site};
use std::fmt::Write as _;

/// The protocol's limit of URLs per sitemap file.
pub const MAX_URLS: usize = 50_000;

/// Writes the sitemap through `put(relative path, bytes)`: one `sitemap.xml`,
/// or past 50,000 URLs numbered files plus a `sitemap.xml` index. Each file is
/// handed over as soon as it is full, so at most one is held in memory.
pub fn write_sitemaps<E>(site: &Site, mut put: impl FnMut(&str, &[u8]) -> Result<(), E>) -> Result<(), E> {
    let base = xml(site.config.base_url.full());
    let mut cur = String::new();
    let mut n = 0;
    let mut written = 0;
    for route in plan::routes(site) {
        // Each translated locale's folder for the route, made once and shared by
        // the route's entries (each lists all of them as alternates).
        let dirs: Vec<(&Locale, String)> = site
            .config
            .locales
            .iter()
            .filter(|l| plan::is_translated(site, l, route))
            .map(|l| (l, xml(&plan::dir_of(site, l, route))))
            .collect();
        for (_, dir) in &dirs {
            if n == MAX_URLS {
                written += 1;
                put(&format!("sitemap-{written}.xml"), finish(&cur).as_bytes())?;
                cur.clear();
                n = 0;
            }
            write_url(&mut cur, &base, dir, &dirs, &site.config.default_locale);
            n += 1;
        }
    }
    if written == 0 {
        return put("sitemap.xml", finish(&cur).as_bytes());
    }
    written += 1;
    put(&format!("sitemap-{written}.xml"), finish(&cur).as_bytes())?;
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for i in 1..=written {
        let _ = writeln!(index, "  <sitemap><loc>{base}sitemap-{i}.xml</loc></sitemap>");
    }
    index.push_str("</sitemapindex>\n");
    put("sitemap.xml", index.as_bytes())
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

fn finish(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{body}</urlset>\n"
    )
}

fn xml(s: &str) -> String {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return s.to_string();
    }
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

pub fn robots(site: &Site) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", site.config.base_url.full())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::{BaseUrl, FieldTexts, Locale, Record, Registry, SiteConfig};
    use std::collections::BTreeMap;

    /// 330 codes: 54,285 pair routes per locale, over the 50,000-URL limit.
    fn big_site() -> Site {
        let en = Locale::parse("en").unwrap();
        let text = FieldTexts {
            description: Some("d".into()),
            appears_when: Some("a".into()),
            resolution: Some("r".into()),
            translated_from: None,
        };
        let records = (100..430u16)
            .map(|code| Record {
                code,
                reason: "R".into(),
                status: None,
                references: vec![],
                texts: BTreeMap::from([(en.clone(), text.clone())]),
                path: "x".into(),
            })
            .collect();
        let classes = (1..=4u8).map(|d| (d, crate::site::ClassKey::new("c"))).collect();
        Site {
            root: ".".into(),
            config: SiteConfig {
                base_url: BaseUrl::parse("https://x.example/").unwrap(),
                default_locale: en.clone(),
                locales: vec![en],
            },
            registries: vec![Registry {
                id: "big".into(),
                name: "BIG".into(),
                classes,
                records,
                curated: BTreeMap::new(),
                path: "r".into(),
                class_positions: BTreeMap::new(),
            }],
        }
    }

    #[test]
    fn splits_past_fifty_thousand_urls_with_an_index() {
        let site = big_site();
        let mut files: Vec<(String, usize, usize)> = Vec::new();
        write_sitemaps(&site, |name, body| {
            let text = std::str::from_utf8(body).unwrap();
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
