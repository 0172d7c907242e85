//! One build, stage by stage: load → validate → plan → render in parallel → write.

use crate::diagnostics::{Diagnostic, display_path};
use crate::i18n::I18n;
use crate::output::{self, Lock, Staging, WriteStats};
use crate::plan::{self, Route};
use crate::render::{self, Renderer};
use crate::site::{self, BaseUrl, Locale, Site};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    /// Overrides `base_url` of site.yaml.
    pub base_url: Option<String>,
    /// Told about stages and progress (the CLI draws a bar or prints lines).
    pub reporter: Arc<dyn Reporter>,
}

/// Hears how a build is going. Called from worker threads.
pub trait Reporter: Send + Sync {
    /// A stage finished, `seconds` after the build started.
    fn stage(&self, _name: &str, _seconds: f64) {}
    /// `done` of `total` pages rendered and written.
    fn progress(&self, _done: usize, _total: usize) {}
}

/// Hears nothing.
pub struct Silent;
impl Reporter for Silent {}

#[derive(Debug)]
pub struct BuildReport {
    pub pages: Vec<(Locale, usize)>,
    pub fallbacks: Vec<(Locale, usize)>,
    pub files: WriteStats,
    pub seconds: f64,
    /// The site as built (base URL override applied), for callers that go on
    /// working with it, like `serve`'s incremental rebuilds.
    pub site: Site,
}

impl BuildReport {
    /// The one line a successful build prints.
    pub fn summary(&self) -> String {
        let total: usize = self.pages.iter().map(|(_, n)| n).sum();
        let per = |v: &[(Locale, usize)]| v.iter().map(|(l, n)| format!("{l} {n}")).collect::<Vec<_>>().join(", ");
        format!(
            "built {total} pages ({}); untranslated fallbacks: {}; files written {}, unchanged {}, removed {}; {:.2} s",
            per(&self.pages),
            per(&self.fallbacks),
            self.files.written,
            self.files.unchanged,
            self.files.removed,
            self.seconds
        )
    }
}

#[derive(Debug)]
pub enum BuildError {
    /// Problems in the inputs, each with its position.
    Content(Vec<Diagnostic>),
    /// The output could not be written (or may not be, e.g. not our folder).
    Output(String),
}

/// Loads and validates everything a build reads, without rendering.
pub fn load_all(root: &Path, base_url: Option<&str>) -> Result<(Site, Arc<I18n>, render::Templates), Vec<Diagnostic>> {
    let mut site = site::load(root)?;
    if let Some(b) = base_url {
        site.config.base_url = BaseUrl::parse(b).map_err(|m| vec![Diagnostic::new("--base-url", 1, 1, m)])?;
    }
    let i18n = Arc::new(I18n::load(root, &site.config)?);
    class_messages(&site, &i18n)?;
    let tera = render::load_templates(root, i18n.clone(), &site.config.locales)?;
    Ok((site, i18n, tera))
}

/// Every declared class needs its `class-<key>` message: reported at the class
/// in registry.yaml, where the contributor added it.
pub fn class_messages(site: &Site, i18n: &I18n) -> Result<(), Vec<Diagnostic>> {
    let mut diags = crate::diagnostics::Diagnostics::default();
    let default = &site.config.default_locale;
    for reg in &site.registries {
        for (digit, key) in &reg.classes {
            let id = key.message_id();
            if !i18n.has(default, &id) {
                let (line, col) = reg.class_positions.get(digit).copied().unwrap_or((1, 1));
                diags.push(Diagnostic::new(
                    &reg.path,
                    line,
                    col,
                    format!(
                        "found class `{}` without a name, expected a Fluent message `{id}` in locales/{default}/*.ftl",
                        key.as_str()
                    ),
                ));
            }
        }
    }
    diags.finish(())
}

pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    let (site, i18n, tera) = load_all(&opts.root, opts.base_url.as_deref()).map_err(BuildError::Content)?;
    let renderer = Renderer::new(&site, &i18n, tera).map_err(BuildError::Content)?;
    opts.reporter.stage("loaded and validated", start.elapsed().as_secs_f64());

    output::check_out_dir(&opts.root, &opts.out).map_err(BuildError::Output)?;
    let _lock = Lock::acquire(&opts.out).map_err(BuildError::Output)?;
    let staging =
        Staging::begin(&opts.out).map_err(|e| BuildError::Output(format!("cannot prepare the output: {e}")))?;
    match write_all(&opts.root, &renderer, &staging, opts.reporter.as_ref()) {
        Ok(()) => {}
        Err(e) => {
            staging.abort();
            return Err(e);
        }
    }
    let files = staging
        .commit()
        .map_err(|e| BuildError::Output(format!("cannot move the new site into `{}`: {e}", opts.out.display())))?;
    let per_locale = plan::page_count_per_locale(&site);
    let locales = &site.config.locales;
    let pages = locales.iter().map(|l| (l.clone(), per_locale)).collect();
    let fallbacks = locales.iter().cloned().zip(renderer.views().fallbacks().iter().copied()).collect();
    drop(renderer);
    Ok(BuildReport { pages, fallbacks, files, seconds: start.elapsed().as_secs_f64(), site })
}

/// Renders every page in parallel and hands each to the staging writer as soon
/// as it is rendered; one buffer per worker thread is reused across pages.
fn write_all(root: &Path, renderer: &Renderer, staging: &Staging, reporter: &dyn Reporter) -> Result<(), BuildError> {
    let site = renderer.site();
    let pages = plan::pages(site);
    let total = pages.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    // Report about 200 times per build, not once per page.
    let step = (total / 200).max(1);
    let io_err = |what: &str, e: std::io::Error| BuildError::Output(format!("cannot write {what}: {e}"));
    pages.par_iter().try_for_each_init(Vec::new, |buf, page| {
        renderer.render_page(*page, buf).map_err(|e| {
            BuildError::Content(render::template_errors(root, &e, Some(render::page_template(page.route))))
        })?;
        let locale = &site.config.locales[page.locale];
        let rel = plan::file_of(site, locale, page.route);
        staging.put(&rel, buf).map_err(|e| io_err(&rel, e))?;
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if n.is_multiple_of(step) || n == total {
            reporter.progress(n, total);
        }
        Ok(())
    })?;
    let mut buf = Vec::new();
    for (template, file) in [("root.html", "index.html"), ("404.html", "404.html")] {
        renderer
            .render_special(template, &mut buf)
            .map_err(|e| BuildError::Content(render::template_errors(root, &e, Some(template))))?;
        staging.put(file, &buf).map_err(|e| io_err(file, e))?;
    }
    for locale in &site.config.locales {
        let mut docs = crate::api::registry_documents(site, renderer.views(), locale);
        docs.push(crate::api::search_index(site, renderer.views(), locale));
        for (file, body) in docs {
            staging.put(&file, body.as_bytes()).map_err(|e| io_err(&file, e))?;
        }
    }
    crate::sitemap::write_sitemaps(site, |file, body| staging.put_with(file, body).map_err(|e| io_err(file, e)))?;
    staging.put("robots.txt", crate::sitemap::robots(site).as_bytes()).map_err(|e| io_err("robots.txt", e))?;
    copy_static(root, staging)
}

/// Copies `static/` to the output root, through the same skip-unchanged path.
fn copy_static(root: &Path, staging: &Staging) -> Result<(), BuildError> {
    let dir = root.join("static");
    if !dir.is_dir() {
        return Ok(());
    }
    let root_canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| BuildError::Output(format!("cannot read static/: {e}")))?;
        let shown = display_path(root, entry.path());
        if entry.path_is_symlink() && !entry.path().canonicalize().is_ok_and(|t| t.starts_with(&root_canon)) {
            return Err(BuildError::Content(vec![Diagnostic::file(
                shown,
                "found a symbolic link leading outside the site root, expected a file inside the site",
            )]));
        }
        if !entry.path().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        if rel.split('/').any(|s| s.starts_with('.')) {
            continue;
        }
        let bytes = std::fs::read(entry.path())
            .map_err(|e| BuildError::Output(format!("cannot read {}: {e}", shown.display())))?;
        staging.put(&rel, &bytes).map_err(|e| BuildError::Output(format!("cannot write {rel}: {e}")))?;
    }
    Ok(())
}

/// Every Markdown source of the site (to prune a Markdown cache).
fn markdown_sources(site: &Site) -> impl Iterator<Item = &str> {
    site.registries.iter().flat_map(|reg| {
        let records = reg
            .records
            .iter()
            .flat_map(|r| r.texts.values().flat_map(|t| site::Field::ALL.into_iter().filter_map(move |f| t.get(f))));
        let pairs = reg.curated.values().flat_map(|p| {
            p.texts.values().flat_map(|t| site::PairField::ALL.into_iter().filter_map(move |f| t.get(f)))
        });
        records.chain(pairs)
    })
}

/// What an incremental rebuild did.
#[derive(Debug)]
pub struct Incremental {
    /// Codes whose records or curated pairs changed, per registry id.
    pub changed: Vec<(String, u16)>,
    pub pages_rendered: usize,
    pub files_written: usize,
    pub seconds: f64,
}

/// Rebuilds only what a change to records or curated pairs touches: each changed
/// record's code pages and pairs (every locale), changed pairs, the registry
/// indexes, the JSON API, the search index and the sitemap. Returns `None` when
/// the change is structural (codes added or removed, another registry, the site
/// configuration): then a full build is needed.
pub fn incremental(
    opts: &BuildOptions,
    previous: &Site,
    cache: &crate::markdown::Cache,
) -> Result<Option<(Site, Incremental)>, BuildError> {
    let start = Instant::now();
    let (site, i18n, tera) = load_all(&opts.root, opts.base_url.as_deref()).map_err(BuildError::Content)?;
    let same_shape = site.config == previous.config
        && site.registries.len() == previous.registries.len()
        && site.registries.iter().zip(&previous.registries).all(|(a, b)| {
            a.id == b.id
                && a.name == b.name
                && a.classes == b.classes
                && a.records.iter().map(|r| r.code).eq(b.records.iter().map(|r| r.code))
                && a.curated.keys().eq(b.curated.keys())
        });
    if !same_shape {
        return Ok(None);
    }
    let mut routes = Vec::new();
    let mut changed = Vec::new();
    for (reg, (now, before)) in site.registries.iter().zip(&previous.registries).enumerate() {
        let mut any = false;
        for (r, old) in now.records.iter().zip(&before.records) {
            if r != old {
                changed.push((now.id.clone(), r.code));
                routes.extend(plan::routes_of_code(reg, now, r.code));
                any = true;
            }
        }
        for (k, p) in &now.curated {
            if before.curated.get(k) != Some(p) {
                routes.push(Route::Pair { reg, a: k.0, b: k.1 });
                any = true;
            }
        }
        if any {
            routes.push(Route::Registry { reg });
        }
    }
    routes.sort_by_key(|r| format!("{r:?}"));
    routes.dedup();
    let renderer = Renderer::with_cache(&site, &i18n, tera, cache).map_err(BuildError::Content)?;
    cache.retain(markdown_sources(&site));
    let pages: Vec<plan::Page> = (0..site.config.locales.len())
        .flat_map(|locale| routes.iter().map(move |&route| plan::Page { locale, route }))
        .collect();
    // Render everything first: a template error must leave the output untouched.
    let rendered: Vec<(String, Vec<u8>)> = pages
        .par_iter()
        .map(|page| {
            let mut buf = Vec::new();
            renderer.render_page(*page, &mut buf).map_err(|e| {
                BuildError::Content(render::template_errors(&opts.root, &e, Some(render::page_template(page.route))))
            })?;
            Ok((plan::file_of(&site, &site.config.locales[page.locale], page.route), buf))
        })
        .collect::<Result<_, BuildError>>()?;
    let mut files: Vec<(String, Vec<u8>)> = rendered;
    if !routes.is_empty() {
        for locale in &site.config.locales {
            for (f, body) in crate::api::registry_documents(&site, renderer.views(), locale) {
                files.push((f, body.into_bytes()));
            }
            let (f, body) = crate::api::search_index(&site, renderer.views(), locale);
            files.push((f, body.into_bytes()));
        }
        // The sitemap lists translated pages only: rewrite it when that changed.
        let status_changed = changed.iter().any(|(reg_id, code)| {
            let reg = site.registries.iter().position(|r| &r.id == reg_id).unwrap_or(0);
            let route = Route::Code { reg, code: *code };
            site.config
                .locales
                .iter()
                .any(|l| plan::is_translated(&site, l, route) != plan::is_translated(previous, l, route))
        });
        if status_changed {
            crate::sitemap::write_sitemaps(&site, |f, body| {
                let mut bytes = Vec::new();
                body(&mut bytes).map_err(|e| BuildError::Output(format!("cannot write {f}: {e}")))?;
                files.push((f.to_string(), bytes));
                Ok::<(), BuildError>(())
            })?;
        }
    }
    let written = files
        .par_iter()
        .map(|(rel, bytes)| output::write_if_changed(&opts.out, rel, bytes).map(usize::from))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| BuildError::Output(format!("cannot write: {e}")))?
        .into_iter()
        .sum();
    let report = Incremental {
        changed,
        pages_rendered: pages.len(),
        files_written: written,
        seconds: start.elapsed().as_secs_f64(),
    };
    Ok(Some((site, report)))
}
