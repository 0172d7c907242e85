//! `codeatlas serve`: a live preview. Builds into a temporary folder (never
//! `public/`), serves it on 127.0.0.1 (`http.rs`), watches the sources,
//! rebuilds on change (a record edit re-renders only that record's pages) and
//! reloads the browser. A broken edit shows its error in the page and the
//! terminal; the server keeps serving the last good build until the next good
//! edit.

mod http;

pub use http::{content_type, percent_decode};

use super::CommandError;
use super::build::{self, BuildError, BuildOptions, Silent};
use crate::diagnostics;
use crate::markdown::Cache;
use crate::site::Site;
use notify::{RecursiveMode, Watcher};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Worker threads answering requests; event-stream clients get their own (capped) threads.
const WORKERS: usize = 8;

/// What the browser should know: a build generation and the current error, if any.
#[derive(Default)]
struct State {
    generation: u64,
    error: Option<String>,
}

/// What the server threads share with the build loop.
struct Shared {
    out: PathBuf,
    state: Mutex<State>,
    changed: Condvar,
    event_clients: Mutex<usize>,
}

/// Serves the site at `root` on 127.0.0.1:`port` (0: any free port) until
/// the process ends.
pub fn serve(root: &Path, port: u16) -> Result<(), CommandError> {
    // Watch events carry absolute paths.
    let root = &root.canonicalize().map_err(CommandError::io(format!("open {}", root.display())))?;
    let tmp = preview_folder()?;
    let out = tmp.path().join("site");
    let listener =
        TcpListener::bind(("127.0.0.1", port)).map_err(CommandError::io(format!("listen on 127.0.0.1:{port}")))?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
    let base_url = format!("http://127.0.0.1:{port}/");
    let opts = BuildOptions {
        root: root.to_path_buf(),
        out: out.clone(),
        base_url: Some(base_url.clone()),
        repository: None,
        reporter: Arc::new(Silent),
    };
    let shared = Arc::new(Shared {
        out,
        state: Mutex::new(State::default()),
        changed: Condvar::new(),
        event_clients: Mutex::new(0),
    });
    let site = full_build(&opts, &shared);
    start_server(listener, &shared);
    let (_watcher, changes) = watch(root)?;
    // Announced only now: an edit made right after this line is seen.
    println!("serving {base_url} (Ctrl-C to stop); watching content/, locales/, templates/, static/");
    rebuild_on_change(root, &opts, &shared, site, &changes);
    Ok(())
}

/// A temporary folder for the preview. On Linux, shared memory is a
/// RAM-backed filesystem: a one-record rebuild writes ~150 files, which took
/// 28 ms there and 50-90 ms on these disks.
fn preview_folder() -> Result<tempfile::TempDir, CommandError> {
    let shm = Path::new("/dev/shm");
    let mut builder = tempfile::Builder::new();
    builder.prefix("codeatlas-serve-");
    let tmp = if shm.is_dir() { builder.tempdir_in(shm).or_else(|_| builder.tempdir()) } else { builder.tempdir() };
    tmp.map_err(CommandError::io("make a temp folder"))
}

/// Accepts connections and hands them to a pool of workers.
fn start_server(listener: TcpListener, shared: &Arc<Shared>) {
    let (conn_tx, conn_rx) = mpsc::channel::<TcpStream>();
    let conn_rx = Arc::new(Mutex::new(conn_rx));
    for _ in 0..WORKERS {
        let rx = conn_rx.clone();
        let shared = shared.clone();
        std::thread::spawn(move || {
            while let Ok(Ok(stream)) = rx.lock().map(|r| r.recv()) {
                http::handle(stream, &shared);
            }
        });
    }
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if conn_tx.send(stream).is_err() {
                return;
            }
        }
    });
}

/// Watches the site's sources; each change arrives as the paths it touched.
fn watch(root: &Path) -> Result<(notify::RecommendedWatcher, mpsc::Receiver<Vec<PathBuf>>), CommandError> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        if let Some(ev) = ev.ok().filter(is_change) {
            let _ = tx.send(ev.paths);
        }
    })
    .map_err(|e| CommandError::io("watch files")(std::io::Error::other(e)))?;
    for dir in ["content", "locales", "templates", "static"] {
        let p = root.join(dir);
        if p.exists() {
            watcher
                .watch(&p, RecursiveMode::Recursive)
                .map_err(|e| CommandError::io(format!("watch {}", p.display()))(std::io::Error::other(e)))?;
        }
    }
    Ok((watcher, rx))
}

/// The build loop: waits for a quiet moment after each burst of changes,
/// then rebuilds what the change touched.
fn rebuild_on_change(
    root: &Path,
    opts: &BuildOptions,
    shared: &Shared,
    mut site: Option<Site>,
    changes: &mpsc::Receiver<Vec<PathBuf>>,
) {
    let cache = Cache::default();
    while let Ok(mut paths) = changes.recv() {
        // Editors write in bursts (temp file, rename, chmod): wait for quiet.
        while let Ok(more) = changes.recv_timeout(Duration::from_millis(80)) {
            paths.extend(more);
        }
        paths.retain(|p| !is_noise(p));
        if paths.is_empty() {
            continue;
        }
        let only_content = paths.iter().all(|p| p.strip_prefix(root).is_ok_and(|r| r.starts_with("content")));
        site = match (site, only_content) {
            (Some(prev), true) => rebuild(opts, shared, prev, &cache),
            (prev, _) => full_build(opts, shared).or(prev),
        };
    }
}

/// An incremental rebuild after a content change; a full build when the
/// change is structural. Returns the site now being served.
fn rebuild(opts: &BuildOptions, shared: &Shared, prev: Site, cache: &Cache) -> Option<Site> {
    match build::incremental(opts, &prev, cache) {
        Ok(Some((new, report))) => {
            println!(
                "rebuilt {} page{} for {} in {:.0} ms ({} file{} written)",
                report.pages_rendered,
                plural(report.pages_rendered),
                describe(&report.changed),
                report.seconds * 1000.0,
                report.files_written,
                plural(report.files_written)
            );
            publish(shared, None);
            Some(new)
        }
        Ok(None) => full_build(opts, shared).or(Some(prev)),
        Err(e) => {
            report_error(shared, &opts.root, e);
            Some(prev)
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn describe(changed: &[(String, u16)]) -> String {
    if changed.is_empty() {
        "a curated pair".to_string()
    } else {
        changed.iter().map(|(r, c)| format!("{r} {c}")).collect::<Vec<_>>().join(", ")
    }
}

/// Builds read the sources: reacting to access events would rebuild forever.
fn is_change(ev: &notify::Event) -> bool {
    use notify::event::{EventKind, MetadataKind, ModifyKind};
    match ev.kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        EventKind::Modify(_) => true,
        _ => false,
    }
}

/// Temp and backup files editors write next to the real ones.
fn is_noise(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name.contains(".codeatlas-tmp")
}

fn full_build(opts: &BuildOptions, shared: &Shared) -> Option<Site> {
    match build::build(opts) {
        Ok(report) => {
            println!("{}", report.summary());
            publish(shared, None);
            Some(report.site)
        }
        Err(e) => {
            report_error(shared, &opts.root, e);
            None
        }
    }
}

fn report_error(shared: &Shared, root: &Path, e: BuildError) {
    let text = match e {
        BuildError::Content(ds) => diagnostics::human(root, &ds).trim_end().to_string(),
        BuildError::Output(e) => format!("error: {e}"),
    };
    eprintln!("{text}\n(still serving the last good build; fix the file and save to rebuild)");
    publish(shared, Some(text));
}

fn publish(shared: &Shared, error: Option<String>) {
    let mut st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
    st.generation += 1;
    st.error = error;
    shared.changed.notify_all();
}
