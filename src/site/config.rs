//! `content/site.yaml`: base URL and the locales the site is published in.

use super::yaml::at;
use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::fmt;
use std::path::Path;

/// A locale id (a BCP 47 tag) such as `en`, `ja`, `pt-BR` or `zh-Hans`:
/// lowercase language, then optional script, region or variant subtags.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Locale(String);

impl Locale {
    /// The locale named `s`, if it is a well-formed tag.
    pub fn parse(s: &str) -> Option<Locale> {
        let mut parts = s.split('-');
        let lang = parts.next()?;
        let lang_ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
        let rest_ok = parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
        (lang_ok && rest_ok).then(|| Locale(s.to_string()))
    }
    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The public address of the site. `full` ends with `/`; `path` is its path part
/// (`/` or `/repo/`), which every internal link starts with so the site works
/// when served under a sub-path such as GitHub project pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    full: String,
    path: String,
}

impl BaseUrl {
    /// Parses an absolute http(s) URL; the message says what was wrong.
    pub fn parse(s: &str) -> Result<BaseUrl, String> {
        let s = s.trim();
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| format!("found `{s}`, expected an absolute http(s) URL such as https://example.org/"))?;
        let (host, path) = rest.split_once('/').map_or((rest, ""), |(h, p)| (h, p));
        if host.is_empty() || host.contains(|c: char| c.is_whitespace() || "?#@\"'<>".contains(c)) {
            return Err(format!("found `{s}`, expected a URL with a host name"));
        }
        if path.contains(|c: char| c.is_whitespace() || "?#\"'<>\\".contains(c))
            || path.split('/').any(|seg| seg == "..")
        {
            return Err(format!("found `{s}`, expected a plain path without spaces, query or fragment"));
        }
        let path = format!("/{}", path.trim_matches('/'));
        let path = if path == "/" { path } else { format!("{path}/") };
        let scheme = if s.starts_with("https://") { "https://" } else { "http://" };
        Ok(BaseUrl { full: format!("{scheme}{host}{path}"), path })
    }
    /// Absolute URL ending with `/`.
    pub fn full(&self) -> &str {
        &self.full
    }
    /// Path part, starting and ending with `/`.
    pub fn path(&self) -> &str {
        &self.path
    }
}

/// Where the site's sources are published (`repository:` in site.yaml), for
/// "Edit this page" links and the translation status page. The links follow
/// the `<url>/edit/<branch>/<path>` and `<url>/blob/<branch>/<path>` scheme
/// GitHub, GitLab and Gitea share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repository {
    url: String,
    branch: String,
}

/// Which setting of a repository was wrong, with the message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepositoryError {
    /// The web address.
    Url(String),
    /// The branch.
    Branch(String),
}

impl RepositoryError {
    /// The message, whichever setting it is about.
    pub fn message(self) -> String {
        match self {
            RepositoryError::Url(m) | RepositoryError::Branch(m) => m,
        }
    }
}

impl Repository {
    /// Parses the repository's web address and branch (default `main`).
    pub fn parse(url: &str, branch: Option<&str>) -> Result<Repository, RepositoryError> {
        let base = BaseUrl::parse(url).map_err(|_| {
            RepositoryError::Url(format!(
                "found `{url}`, expected the repository's web address, such as https://github.com/owner/repo"
            ))
        })?;
        let branch = branch.unwrap_or("main");
        let ok = !branch.is_empty()
            && branch.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
            && !branch.split('/').any(|s| s == ".." || s.is_empty());
        if !ok {
            return Err(RepositoryError::Branch(format!(
                "found branch `{branch}`, expected a branch name such as `main`"
            )));
        }
        Ok(Repository { url: base.full().trim_end_matches('/').to_string(), branch: branch.to_string() })
    }
    /// The branch links point at.
    pub fn branch(&self) -> &str {
        &self.branch
    }
    /// The page that edits `path` (relative to the repository root).
    pub fn edit_url(&self, path: &Path) -> String {
        format!("{}/edit/{}/{}", self.url, self.branch, path.to_string_lossy())
    }
    /// The page that shows `path`.
    pub fn view_url(&self, path: &Path) -> String {
        format!("{}/blob/{}/{}", self.url, self.branch, path.to_string_lossy())
    }
}

/// What `content/site.yaml` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteConfig {
    /// Where the site is published.
    pub base_url: BaseUrl,
    /// The locale every other translates from.
    pub default_locale: Locale,
    /// In the order site.yaml lists them; the default locale is among them.
    pub locales: Vec<Locale>,
    /// Where the sources live, when site.yaml says.
    pub repository: Option<Repository>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    default_locale: Spanned<String>,
    locales: Vec<Spanned<String>>,
    #[serde(default)]
    repository: Option<RawRepository>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRepository {
    url: Spanned<String>,
    #[serde(default)]
    branch: Option<Spanned<String>>,
}

impl SiteConfig {
    /// Parses `site.yaml`.
    pub(super) fn parse(shown: &Path, source: &str) -> Result<SiteConfig, Vec<Diagnostic>> {
        let raw: RawConfig = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
        let mut diags = Diagnostics::default();
        let base_url = BaseUrl::parse(&raw.base_url.value).map_err(|m| diags.push(at(shown, &raw.base_url, m))).ok();
        let mut locales = Vec::new();
        for l in &raw.locales {
            match Locale::parse(&l.value) {
                Some(loc) if locales.contains(&loc) => {
                    diags.push(at(shown, l, format!("found locale `{}` twice, expected each locale once", l.value)))
                }
                Some(loc) => locales.push(loc),
                None => diags.push(at(
                    shown,
                    l,
                    format!("found `{}`, expected a locale id such as `en` or `pt-BR`", l.value),
                )),
            }
        }
        if raw.locales.is_empty() {
            diags.push(Diagnostic::file(shown, "found an empty `locales` list, expected at least one locale"));
        }
        let default_locale = match Locale::parse(&raw.default_locale.value) {
            Some(l) if locales.contains(&l) => Some(l),
            _ if raw.locales.is_empty() => None,
            _ => {
                let list: Vec<&str> = raw.locales.iter().map(|l| l.value.as_str()).collect();
                diags.push(at(
                    shown,
                    &raw.default_locale,
                    format!(
                        "found `{}`, expected one of the listed locales ({})",
                        raw.default_locale.value,
                        list.join(", ")
                    ),
                ));
                None
            }
        };
        let repository = raw.repository.as_ref().and_then(|r| {
            let branch = r.branch.as_ref().map(|b| b.value.as_str());
            Repository::parse(&r.url.value, branch)
                .map_err(|e| match e {
                    RepositoryError::Url(m) => diags.push(at(shown, &r.url, m)),
                    RepositoryError::Branch(m) => diags.push(at(shown, r.branch.as_ref().unwrap_or(&r.url), m)),
                })
                .ok()
        });
        match (base_url, default_locale) {
            (Some(base_url), Some(default_locale)) if diags.is_empty() => {
                Ok(SiteConfig { base_url, default_locale, locales, repository })
            }
            _ => Err(diags.into_sorted()),
        }
    }

    /// The site's locale named `id`, if it has one.
    pub fn is_locale(&self, id: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.as_str() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_normalises_the_path() {
        let b = BaseUrl::parse("https://user.github.io/repo").unwrap();
        assert_eq!((b.full(), b.path()), ("https://user.github.io/repo/", "/repo/"));
        let b = BaseUrl::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!((b.full(), b.path()), ("http://127.0.0.1:8080/", "/"));
        assert!(BaseUrl::parse("javascript:alert(1)").is_err());
        assert!(BaseUrl::parse("https://x/a b/").is_err());
    }

    #[test]
    fn default_locale_must_be_listed() {
        let e = SiteConfig::parse(Path::new("site.yaml"), "base_url: https://x/\ndefault_locale: fr\nlocales: [en]\n")
            .unwrap_err();
        assert_eq!((e[0].line, e[0].col), (2, 17));
    }

    #[test]
    fn locale_ids_are_checked() {
        assert!(Locale::parse("ja").is_some());
        assert!(Locale::parse("pt-BR").is_some());
        assert!(Locale::parse("../x").is_none());
        assert!(Locale::parse("EN").is_none());
    }
}
