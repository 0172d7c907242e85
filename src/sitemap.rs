//! `sitemap.xml` (split into a sitemap index past 50,000 URLs, the protocol's
//! limit) and `robots.txt`. Written directly rather than through a template so
//! memory stays flat however many pages there are.

use crate::plan::{self, Route};
use crate::site::Site;
use std::fmt::Write as _;

/// The protocol's limit of URLs per sitemap file.
pub const MAX_URLS: usize = 50_000;

/// Files to write: (relative path, content).
pub fn sitemaps(site: &Site) -> Vec<(String, String)> {
    let mut files: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut n = 0;
    for route in plan::routes(site) {
        let langs: Vec<_> = site.config.locales.iter().filter(|l| plan::is_translated(site, l, route)).collect();
        for l in &langs {
            if n == MAX_URLS {
                files.push(finish(std::mem::take(&mut cur)));
                n = 0;
            }
            write_url(&mut cur, site, l, &langs, route);
            n += 1;
        }
    }
    files.push(finish(cur));
    if files.len() == 1 {
        return vec![("sitemap.xml".into(), files.pop().unwrap_or_default())];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut out = Vec::new();
    for (i, f) in files.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        let _ = writeln!(index, "  <sitemap><loc>{}{}</loc></sitemap>", xml(site.config.base_url.full()), name);
        out.push((name, f));
    }
    index.push_str("</sitemapindex>\n");
    out.push(("sitemap.xml".into(), index));
    out
}

fn write_url(out: &mut String, site: &Site, l: &crate::site::Locale, langs: &[&crate::site::Locale], route: Route) {
    let _ = write!(out, "  <url><loc>{}</loc>", xml(&plan::abs_url_of(site, l, route)));
    if langs.len() > 1 {
        for alt in langs {
            let _ = write!(
                out,
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                alt,
                xml(&plan::abs_url_of(site, alt, route))
            );
        }
        let _ = write!(
            out,
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
            xml(&plan::abs_url_of(site, &site.config.default_locale, route))
        );
    }
    out.push_str("</url>\n");
}

fn finish(body: String) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{body}</urlset>\n"
    )
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

pub fn robots(site: &Site) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", site.config.base_url.full())
}
