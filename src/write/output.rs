//! Writing the site so that a failed build changes nothing and an unchanged page
//! is never rewritten.
//!
//! Pages are compared with what the output folder already holds; only changed or
//! new files are written, into a staging folder beside the output. Nothing in the
//! output folder changes until `commit`, which moves the staged files in (each by
//! an atomic rename) and removes pages that no longer exist. A first build renames
//! the whole staging folder into place. Deleting many files is slow on these
//! disks, so a rebuild of an unchanged site deletes and writes nothing.

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// File that marks a folder as ours: we only ever replace folders that carry it.
pub const MARKER: &str = ".codeatlas-output";
const MARKER_TEXT: &str = "This folder is written by codeatlas; a build may replace its contents.\n";

/// What a build did to the output folder.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct WriteStats {
    /// Files written (new or changed).
    pub written: usize,
    /// Files that already held the same bytes.
    pub unchanged: usize,
    /// Files of an earlier build that no longer exist.
    pub removed: usize,
}

/// Why the site cannot be written where it was asked to be.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The folder would destroy something that is not ours.
    #[error("refusing to write the site to `{path}`: {why}")]
    Refused {
        /// The folder as given.
        path: PathBuf,
        /// What it is and what was expected.
        why: String,
    },
    /// The folder holds files that codeatlas did not write.
    #[error(
        "refusing to replace `{0}`: it exists, is not empty and was not written by codeatlas (no {MARKER} file); remove it or choose another --out"
    )]
    NotOurs(PathBuf),
    /// Another build holds the output's lock.
    #[error("another codeatlas build (process {pid}) is writing to `{out}`; wait for it to finish")]
    Locked {
        /// The other build's process id.
        pid: u32,
        /// The output folder.
        out: PathBuf,
    },
    /// A file operation failed.
    #[error("cannot {what}: {source}")]
    Io {
        /// What was being done, with its path.
        what: String,
        /// The operating system's error.
        source: io::Error,
    },
}

impl OutputError {
    /// An I/O failure while doing `what`.
    pub fn io(what: impl Into<String>) -> impl FnOnce(io::Error) -> OutputError {
        let what = what.into();
        move |source| OutputError::Io { what, source }
    }
}

/// Refuses output folders that would destroy something that is not ours: the
/// site root or its sources, an ancestor of the root, the filesystem root, or
/// an existing non-empty folder without our marker.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<(), OutputError> {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(p) };
        normalise(&p)
    };
    let root = abs(root);
    let out_abs = abs(out);
    let refused = |why: &str| OutputError::Refused { path: out.to_path_buf(), why: why.to_string() };
    if out_abs.parent().is_none() {
        return Err(refused("expected a dedicated output folder such as public/"));
    }
    if root.starts_with(&out_abs) {
        return Err(refused("it contains the site's sources; expected a dedicated output folder such as public/"));
    }
    for src in ["content", "locales", "templates", "static", "src", ".git"] {
        if out_abs.starts_with(root.join(src)) {
            let why = format!("it is inside {src}/; expected a dedicated output folder such as public/");
            return Err(refused(&why));
        }
    }
    if out_abs.exists() && !out_abs.is_dir() {
        return Err(refused("it is a file, expected a folder"));
    }
    if out_abs.is_dir() && !out_abs.join(MARKER).is_file() {
        let empty = fs::read_dir(&out_abs).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !empty {
            return Err(OutputError::NotOurs(out.to_path_buf()));
        }
    }
    Ok(())
}

/// Resolves `.` and `..` without touching the filesystem (the folder may not exist yet).
fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// An exclusive claim on an output folder, so two builds cannot interleave.
/// Held as a file beside the output; removed when dropped.
pub struct Lock {
    path: PathBuf,
}

impl Lock {
    /// Takes the lock of `out`, or says which build holds it.
    pub fn acquire(out: &Path) -> Result<Lock, OutputError> {
        let path = sibling(out, "lock");
        if let Some(parent) = path.parent() {
            let _ = fs::create_dir_all(parent);
        }
        for _ in 0..2 {
            match fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    let _ = writeln!(f, "{}", std::process::id());
                    return Ok(Lock { path });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let pid = fs::read_to_string(&path).ok().and_then(|s| s.trim().parse::<u32>().ok());
                    if let Some(pid) = pid.filter(|p| Path::new(&format!("/proc/{p}")).exists()) {
                        return Err(OutputError::Locked { pid, out: out.to_path_buf() });
                    }
                    // A build that was killed left its lock behind: take it over.
                    let _ = fs::remove_file(&path);
                }
                Err(e) => return Err(OutputError::io(format!("create the build lock `{}`", path.display()))(e)),
            }
        }
        let taken = io::Error::other("it was taken again at once");
        Err(OutputError::io(format!("take the build lock `{}`", path.display()))(taken))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// `<parent>/.<name>.codeatlas-<what>`: beside the output, on the same filesystem,
/// so renames are atomic.
fn sibling(out: &Path, what: &str) -> PathBuf {
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    out.with_file_name(format!(".{name}.codeatlas-{what}"))
}

/// Collects a build's files; see the module comment.
pub struct Staging {
    out: PathBuf,
    stage: PathBuf,
    /// The output folder did not exist (or was empty): the whole stage moves in.
    fresh: bool,
    /// Only kept when not fresh (to move files in and remove stale ones): a
    /// fresh build's memory does not grow with its page count.
    expected: Mutex<HashSet<String>>,
    staged: Mutex<Vec<String>>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
}

impl Staging {
    /// Starts staging a build of `out`.
    pub fn begin(out: &Path) -> io::Result<Staging> {
        let stage = sibling(out, "staging");
        if stage.exists() {
            fs::remove_dir_all(&stage)?;
        }
        fs::create_dir_all(&stage)?;
        let fresh = !out.join(MARKER).is_file();
        Ok(Staging {
            out: out.to_path_buf(),
            stage,
            fresh,
            expected: Mutex::new(HashSet::new()),
            staged: Mutex::new(Vec::new()),
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
        })
    }

    /// Records `rel` (a `/`-separated path) as part of the site with `bytes` as its
    /// content, staging it only if it differs from the current output. Thread-safe.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        debug_assert!(!rel.starts_with('/') && !rel.split('/').any(|s| s == ".." || s.is_empty()));
        let changed = self.fresh || !crate::source::same_content(&self.out.join(rel), bytes);
        if changed {
            fs::write(self.staged_path(rel)?, bytes)?;
        }
        self.record(rel, changed);
        Ok(())
    }

    /// As `put`, with the content written by `write` as it is made, straight
    /// into the staged file (and compared with the current output on the way),
    /// so a large file is never held in memory whole.
    pub fn put_with(&self, rel: &str, write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        let target = self.staged_path(rel)?;
        let current = if self.fresh { None } else { fs::File::open(self.out.join(rel)).ok() };
        let mut w = Comparing {
            out: io::BufWriter::with_capacity(1 << 16, fs::File::create(&target)?),
            current: current.map(|f| io::BufReader::with_capacity(1 << 16, f)),
            chunk: Vec::new(),
        };
        write(&mut w)?;
        w.out.flush()?;
        let same = w.current.as_mut().is_some_and(|r| r.fill_buf().is_ok_and(|rest| rest.is_empty()));
        if same {
            fs::remove_file(&target)?;
        }
        self.record(rel, !same);
        Ok(())
    }

    /// Where `rel` is staged, its folder made.
    fn staged_path(&self, rel: &str) -> io::Result<PathBuf> {
        let target = self.stage.join(rel);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        Ok(target)
    }

    /// Counts `rel` as written (staged) or unchanged. Only a rebuild into an
    /// existing output keeps the paths: to move them in and remove stale files.
    fn record(&self, rel: &str, written: bool) {
        let counter = if written { &self.written } else { &self.unchanged };
        counter.fetch_add(1, Ordering::Relaxed);
        if !self.fresh {
            if written {
                self.staged.lock().unwrap_or_else(|e| e.into_inner()).push(rel.to_string());
            }
            self.expected.lock().unwrap_or_else(|e| e.into_inner()).insert(rel.to_string());
        }
    }

    /// Makes the staged site the output. Only now does the output folder change.
    pub fn commit(self) -> io::Result<WriteStats> {
        let staged = self.staged.into_inner().unwrap_or_else(|e| e.into_inner());
        let expected = self.expected.into_inner().unwrap_or_else(|e| e.into_inner());
        let unchanged = self.unchanged.load(Ordering::Relaxed);
        if self.fresh {
            fs::write(self.stage.join(MARKER), MARKER_TEXT)?;
            if self.out.exists() {
                // Empty (checked by `check_out_dir`): rename cannot replace a folder.
                fs::remove_dir(&self.out)?;
            }
            fs::rename(&self.stage, &self.out)?;
            return Ok(WriteStats { written: self.written.load(Ordering::Relaxed), unchanged, removed: 0 });
        }
        for rel in &staged {
            let target = self.out.join(rel);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::rename(self.stage.join(rel), &target)?;
        }
        let removed = remove_stale(&self.out, &expected)?;
        fs::remove_dir_all(&self.stage)?;
        Ok(WriteStats { written: staged.len(), unchanged, removed })
    }

    /// Drops everything staged; the output folder is untouched.
    pub fn abort(self) {
        let _ = fs::remove_dir_all(&self.stage);
    }
}

/// Writes one file in place of the current one, atomically (temp file + rename),
/// and only if its bytes differ. For incremental rebuilds, which touch a few
/// pages of an existing output. Returns whether it wrote.
pub fn write_if_changed(out: &Path, rel: &str, bytes: &[u8]) -> io::Result<bool> {
    let target = out.join(rel);
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)?;
    }
    crate::source::write_if_changed(&target, bytes)
}

/// Writes to `out` and compares with `current` as it goes; `current` becomes
/// `None` at the first difference.
struct Comparing {
    out: io::BufWriter<fs::File>,
    current: Option<io::BufReader<fs::File>>,
    chunk: Vec<u8>,
}

impl Write for Comparing {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write_all(buf)?;
        if let Some(r) = self.current.as_mut() {
            self.chunk.resize(buf.len(), 0);
            if io::Read::read_exact(r, &mut self.chunk).is_err() || self.chunk != buf {
                self.current = None;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Deletes files under `out` that this build did not produce, and folders left empty.
fn remove_stale(out: &Path, expected: &HashSet<String>) -> io::Result<usize> {
    let mut removed = 0;
    let mut dirs = Vec::new();
    for entry in walkdir::WalkDir::new(out).min_depth(1).follow_links(false) {
        let entry = entry.map_err(io::Error::other)?;
        let rel = entry.path().strip_prefix(out).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        if entry.file_type().is_dir() {
            dirs.push(entry.into_path());
        } else if rel != MARKER && !expected.contains(&rel) {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    // Deepest first, so parents empty out after their children.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in dirs {
        let _ = fs::remove_dir(&d); // fails (and stays) when not empty
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_out_dirs() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_out_dir(&root, &root).is_err());
        assert!(check_out_dir(&root, Path::new("/")).is_err());
        assert!(check_out_dir(&root, &root.join("content/out")).is_err());
        assert!(check_out_dir(&root, tmp.path()).is_err());
        assert!(check_out_dir(&root, &root.join("public")).is_ok());
        fs::create_dir_all(root.join("mine")).unwrap();
        fs::write(root.join("mine/notes.txt"), "x").unwrap();
        assert!(check_out_dir(&root, &root.join("mine")).is_err());
    }

    #[test]
    fn rebuild_writes_only_changes_and_removes_stale_files() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let s = Staging::begin(&out).unwrap();
        s.put("a/index.html", b"A").unwrap();
        s.put("b/index.html", b"B").unwrap();
        assert_eq!(s.commit().unwrap(), WriteStats { written: 2, unchanged: 0, removed: 0 });
        let s = Staging::begin(&out).unwrap();
        s.put("a/index.html", b"A").unwrap();
        s.put("c/index.html", b"C").unwrap();
        assert_eq!(s.commit().unwrap(), WriteStats { written: 1, unchanged: 1, removed: 1 });
        assert!(!out.join("b").exists());
        assert_eq!(fs::read(out.join("c/index.html")).unwrap(), b"C");
    }

    #[test]
    fn streamed_files_are_compared_with_the_output_as_they_are_written() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let stream =
            |parts: &'static [&'static [u8]]| move |w: &mut dyn Write| parts.iter().try_for_each(|p| w.write_all(p));
        let s = Staging::begin(&out).unwrap();
        s.put_with("same", &mut stream(&[b"ab", b"cd"])).unwrap();
        s.put_with("longer", &mut stream(&[b"ab"])).unwrap();
        s.put_with("shorter", &mut stream(&[b"abcd"])).unwrap();
        s.put_with("changed", &mut stream(&[b"abcd"])).unwrap();
        assert_eq!(s.commit().unwrap(), WriteStats { written: 4, unchanged: 0, removed: 0 });
        let s = Staging::begin(&out).unwrap();
        // The same bytes in other pieces; a prefix; a longer text; one byte changed.
        s.put_with("same", &mut stream(&[b"a", b"bcd"])).unwrap();
        s.put_with("longer", &mut stream(&[b"a"])).unwrap();
        s.put_with("shorter", &mut stream(&[b"abcd", b"e"])).unwrap();
        s.put_with("changed", &mut stream(&[b"abXd"])).unwrap();
        assert_eq!(s.commit().unwrap(), WriteStats { written: 3, unchanged: 1, removed: 0 });
        let read = |n: &str| fs::read(out.join(n)).unwrap();
        assert_eq!(
            (read("same"), read("longer"), read("shorter"), read("changed")),
            (b"abcd".to_vec(), b"a".to_vec(), b"abcde".to_vec(), b"abXd".to_vec())
        );
    }

    #[test]
    fn abort_leaves_output_untouched() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let s = Staging::begin(&out).unwrap();
        s.put("a/index.html", b"A").unwrap();
        s.commit().unwrap();
        let s = Staging::begin(&out).unwrap();
        s.put("a/index.html", b"changed").unwrap();
        s.abort();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"A");
    }

    #[test]
    fn second_lock_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let _l = Lock::acquire(&out).unwrap();
        let e = Lock::acquire(&out).err().unwrap();
        assert!(e.to_string().contains("another codeatlas build"), "{e}");
    }
}
