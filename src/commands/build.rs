//! `codeatlas build`: one build, stage by stage: load → validate → plan →
//! render in parallel → write. Also the incremental rebuild `serve` uses.

use crate::diagnostics::Diagnostic;
use crate::markdown::Cache;
use crate::plan::{self, Route};
use crate::render::Renderer;
use crate::site::{Locale, Site};
use crate::source::SiteRoot;
use crate::validate::{self, Inputs, SearchTerms};
use crate::write::output::{self, Lock, OutputError, Staging, WriteStats};
use crate::write::{api, sitemap};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// What to build and where.
pub struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The output folder.
    pub out: PathBuf,
    /// Overrides `base_url` of site.yaml.
    pub base_url: Option<String>,
    /// Overrides `repository.url` of site.yaml (the Pages workflow passes its own).
    pub repository: Option<String>,
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

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages per locale.
    pub pages: Vec<(Locale, usize)>,
    /// Texts shown in the default locale instead, per locale.
    pub fallbacks: Vec<(Locale, usize)>,
    /// What happened to the output folder.
    pub files: WriteStats,
    /// How long it took.
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

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Problems in the inputs, each with its position.
    #[error("{} problem(s) in the inputs", .0.len())]
    Content(Vec<Diagnostic>),
    /// The output could not be written (or may not be, e.g. not our folder).
    #[error(transparent)]
    Output(#[from] OutputError),
}

/// Loads and validates everything a build reads.
fn load(opts: &BuildOptions) -> Result<(SiteRoot, Inputs), BuildError> {
    let root = SiteRoot::open(&opts.root).map_err(|e| BuildError::Content(vec![e.into()]))?;
    let mut inputs = validate::load(&root, opts.base_url.as_deref()).map_err(BuildError::Content)?;
    if let Some(url) = &opts.repository {
        let config = &mut inputs.site.config;
        let branch = config.repository.as_ref().map(|r| r.branch().to_string());
        let repo = crate::site::Repository::parse(url, branch.as_deref())
            .map_err(|e| BuildError::Content(vec![Diagnostic::new("--repository", 1, 1, e.message())]))?;
        config.repository = Some(repo);
    }
    Ok((root, inputs))
}

/// Builds the whole site into `opts.out`. On any error the output folder is
/// left exactly as it was.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    let (root, Inputs { site, i18n, templates, search_terms }) = load(opts)?;
    let renderer = Renderer::new(&site, &i18n, templates, &Cache::default()).map_err(BuildError::Content)?;
    opts.reporter.stage("loaded and validated", start.elapsed().as_secs_f64());

    output::check_out_dir(&opts.root, &opts.out)?;
    let _lock = Lock::acquire(&opts.out)?;
    let staging = Staging::begin(&opts.out).map_err(OutputError::io("prepare the output"))?;
    if let Err(e) = write_all(&root, &renderer, &search_terms, &staging, opts.reporter.as_ref()) {
        staging.abort();
        return Err(e);
    }
    let files =
        staging.commit().map_err(OutputError::io(format!("move the new site into `{}`", opts.out.display())))?;
    let per_locale = plan::page_count_per_locale(&site);
    let locales = &site.config.locales;
    let pages = locales.iter().map(|l| (l.clone(), per_locale)).collect();
    let fallbacks = locales.iter().cloned().zip(renderer.fallbacks()).collect();
    drop(renderer);
    Ok(BuildReport { pages, fallbacks, files, seconds: start.elapsed().as_secs_f64(), site })
}

fn io_error(rel: &str) -> impl FnOnce(std::io::Error) -> BuildError + '_ {
    move |e| BuildError::Output(OutputError::io(format!("write {rel}"))(e))
}

/// Renders every page in parallel and hands each to the staging writer as soon
/// as it is rendered; one buffer per worker thread is reused across pages.
fn write_all(
    root: &SiteRoot,
    renderer: &Renderer,
    search_terms: &[SearchTerms],
    staging: &Staging,
    reporter: &dyn Reporter,
) -> Result<(), BuildError> {
    let site = renderer.site();
    let pages = plan::pages(site);
    let total = pages.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    // Report about 200 times per build, not once per page.
    let step = (total / 200).max(1);
    // The error reported is the first failing page in plan order, not whichever
    // thread lost the race: the same broken input always gets the same message.
    let first_error = pages
        .par_iter()
        .map_init(Vec::new, |buf, page| {
            renderer.render_page(*page, buf).map_err(BuildError::Content)?;
            let rel = plan::file_of(site, &site.config.locales[page.locale], page.route);
            staging.put(&rel, buf).map_err(io_error(&rel))?;
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if n.is_multiple_of(step) || n == total {
                reporter.progress(n, total);
            }
            Ok::<(), BuildError>(())
        })
        .find_map_first(Result::err);
    if let Some(e) = first_error {
        return Err(e);
    }
    let mut buf = Vec::new();
    for (template, file) in [("root.html", "index.html"), ("404.html", "404.html")] {
        renderer.render_special(template, &mut buf).map_err(BuildError::Content)?;
        staging.put(file, &buf).map_err(io_error(file))?;
    }
    for (file, body) in data_files(renderer, search_terms) {
        staging.put(&file, body.as_bytes()).map_err(io_error(&file))?;
    }
    sitemap::write_sitemaps(site, |file, body| staging.put_with(file, body).map_err(io_error(file)))?;
    staging.put("robots.txt", sitemap::robots(site).as_bytes()).map_err(io_error("robots.txt"))?;
    copy_static(root, staging)
}

/// The JSON API and the search index of every locale: (path, JSON).
fn data_files(renderer: &Renderer, search_terms: &[SearchTerms]) -> Vec<(String, String)> {
    let site = renderer.site();
    let mut files = Vec::new();
    for ((i, locale), terms) in site.config.locales.iter().enumerate().zip(search_terms) {
        files.extend(api::registry_documents(site, renderer.texts(), locale, renderer.registry_titles(i)));
        files.push(api::search_index(site, renderer, i, terms));
    }
    files
}

/// Copies `static/` to the output root, through the same skip-unchanged path.
fn copy_static(root: &SiteRoot, staging: &Staging) -> Result<(), BuildError> {
    let dir = root.path().join("static");
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| io_error("static/")(std::io::Error::other(e.to_string())))?;
        root.check_inside(entry.path()).map_err(|e| BuildError::Content(vec![e.into()]))?;
        if !entry.path().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        if rel.split('/').any(|s| s.starts_with('.')) {
            continue;
        }
        let shown = root.shown(entry.path()).display().to_string();
        let bytes =
            std::fs::read(entry.path()).map_err(|e| BuildError::Output(OutputError::io(format!("read {shown}"))(e)))?;
        staging.put(&rel, &bytes).map_err(io_error(&rel))?;
    }
    Ok(())
}

/// What an incremental rebuild did.
#[derive(Debug)]
pub struct Incremental {
    /// Codes whose records or curated pairs changed, per registry id.
    pub changed: Vec<(String, u16)>,
    /// Pages rendered again.
    pub pages_rendered: usize,
    /// Files whose bytes changed.
    pub files_written: usize,
    /// How long it took.
    pub seconds: f64,
}

/// Whether two loads of a site differ only in what a record's own pages
/// show: the same registries, codes and pairs, and the same registry data.
/// Other pages show a record by its code, reason phrase and status (related
/// codes, ISUP lists, indexes), so those must be equal too.
fn same_shape(site: &Site, previous: &Site) -> bool {
    let face = |r: &crate::site::Record| (r.code, r.reason.clone(), r.status);
    site.config == previous.config
        && site.registries.len() == previous.registries.len()
        && site.registries.iter().zip(&previous.registries).all(|(a, b)| {
            a.id == b.id
                && a.name == b.name
                && a.term == b.term
                && a.wire == b.wire
                && a.classes == b.classes
                && a.iana == b.iana
                && a.causes == b.causes
                && a.libraries == b.libraries
                && a.records.iter().map(face).eq(b.records.iter().map(face))
                && a.curated.keys().eq(b.curated.keys())
        })
}

/// The routes a change from `previous` to `site` touches, and the codes changed.
fn changed_routes(site: &Site, previous: &Site) -> (Vec<Route>, Vec<(String, u16)>) {
    let mut routes = Vec::new();
    let mut changed = Vec::new();
    for (reg, (now, before)) in site.registries.iter().zip(&previous.registries).enumerate() {
        let mut any = false;
        for (r, _) in now.records.iter().zip(&before.records).filter(|(r, old)| r != old) {
            changed.push((now.id.clone(), r.code));
            routes.extend(plan::routes_of_code(reg, now, r.code));
            any = true;
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
    // The status pages count every text.
    if !routes.is_empty() {
        routes.push(Route::Translation);
    }
    routes.sort_by_key(|r| format!("{r:?}"));
    routes.dedup();
    (routes, changed)
}

/// Rebuilds only what a change to records or curated pairs touches: each
/// changed record's code pages and pairs (every locale), changed pairs, the
/// registry indexes, the translation status pages, the JSON API, the search
/// index and the sitemap. Returns
/// `None` when the change is structural (codes added or removed, another
/// registry, the site configuration): then a full build is needed.
pub fn incremental(
    opts: &BuildOptions,
    previous: &Site,
    cache: &Cache,
) -> Result<Option<(Site, Incremental)>, BuildError> {
    let start = Instant::now();
    let (_, Inputs { site, i18n, templates, search_terms }) = load(opts)?;
    if !same_shape(&site, previous) {
        return Ok(None);
    }
    let (routes, changed) = changed_routes(&site, previous);
    let renderer = Renderer::new(&site, &i18n, templates, cache).map_err(BuildError::Content)?;
    cache.retain(markdown_sources(&site));
    let pages: Vec<plan::Page> = (0..site.config.locales.len())
        .flat_map(|locale| routes.iter().map(move |&route| plan::Page { locale, route }))
        .collect();
    // Render everything first: a template error must leave the output untouched.
    // Collected in order, so the error reported is the first page's, as in `build`.
    let mut files: Vec<(String, Vec<u8>)> = pages
        .par_iter()
        .map(|page| {
            let mut buf = Vec::new();
            renderer.render_page(*page, &mut buf).map_err(BuildError::Content)?;
            Ok((plan::file_of(&site, &site.config.locales[page.locale], page.route), buf))
        })
        .collect::<Vec<Result<_, BuildError>>>()
        .into_iter()
        .collect::<Result<_, BuildError>>()?;
    if !routes.is_empty() {
        files.extend(data_files(&renderer, &search_terms).into_iter().map(|(f, body)| (f, body.into_bytes())));
        if translation_status_changed(&site, previous, &changed) {
            sitemap::write_sitemaps(&site, |f, body| {
                let mut bytes = Vec::new();
                body(&mut bytes).map_err(io_error(f))?;
                files.push((f.to_string(), bytes));
                Ok::<(), BuildError>(())
            })?;
        }
    }
    let written = files
        .par_iter()
        .map(|(rel, bytes)| output::write_if_changed(&opts.out, rel, bytes).map(usize::from))
        .collect::<Result<Vec<_>, _>>()
        .map_err(io_error("the preview"))?
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

/// The sitemap lists translated pages only: whether a changed code's pages
/// changed between translated and not.
fn translation_status_changed(site: &Site, previous: &Site, changed: &[(String, u16)]) -> bool {
    changed.iter().any(|(reg_id, code)| {
        let reg = site.registries.iter().position(|r| &r.id == reg_id).unwrap_or(0);
        let route = Route::Code { reg, code: *code };
        site.config
            .locales
            .iter()
            .any(|l| plan::is_translated(site, l, route) != plan::is_translated(previous, l, route))
    })
}

/// Every Markdown source of the site (to prune a Markdown cache).
fn markdown_sources(site: &Site) -> impl Iterator<Item = &str> {
    site.registries
        .iter()
        .flat_map(|reg| reg.text_files())
        .flat_map(|f| f.texts.0.values().flat_map(|b| b.texts.values().map(|t| t.source.as_str())))
}
