//! Reading the site's files safely. Every input (content, locales, templates,
//! static files) is read through here, so the same limits hold for all of
//! them: regular files only, a size cap, UTF-8, and no symbolic link that
//! leads out of the site root. Files written back (records, `.ftl` files,
//! output) go through its one atomic writer. The bottom layer of the crate: it
//! knows paths and bytes, nothing of YAML, Fluent or Tera, and depends on no
//! other module.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Largest input file read. A record is a few KiB; anything near this is a
/// mistake or an attack, and is refused before parsing.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The site folder: where inputs are read from, and how paths are shown.
#[derive(Debug, Clone)]
pub struct SiteRoot {
    root: PathBuf,
    /// The root with symbolic links resolved: what "inside" is measured against.
    canon: PathBuf,
}

/// Why an input file could not be read.
#[derive(Debug)]
pub struct SourceError {
    /// The path as the user should read it (relative to the site root).
    pub path: PathBuf,
    /// 1-based line and column where the problem is; (1, 1) for the whole file.
    pub line: usize,
    /// See `line`.
    pub col: usize,
    /// What went wrong.
    pub kind: SourceErrorKind,
}

/// The ways reading an input can fail.
#[derive(Debug)]
pub enum SourceErrorKind {
    /// The site root itself cannot be opened.
    Root(io::Error),
    /// The file is missing or unreadable.
    Io(io::Error),
    /// A directory stands where a file was expected.
    Directory,
    /// A pipe, socket or device stands where a file was expected.
    Special,
    /// The file is over `MAX_FILE_BYTES`.
    TooLarge(u64),
    /// The bytes at `line:col` are not UTF-8.
    NotUtf8,
    /// A symbolic link leads outside the site root, or nowhere.
    OutsideRoot,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            SourceErrorKind::Root(e) => write!(f, "cannot open the site root: {e}"),
            SourceErrorKind::Io(e) => write!(f, "cannot read file: {e}"),
            SourceErrorKind::Directory => f.write_str("found a directory, expected a file"),
            SourceErrorKind::Special => {
                f.write_str("found a special file (a pipe or a device), expected a regular file")
            }
            SourceErrorKind::TooLarge(n) => {
                write!(f, "file is {n} bytes, over the limit of {MAX_FILE_BYTES} bytes for a content file")
            }
            SourceErrorKind::NotUtf8 => f.write_str("found bytes that are not UTF-8, expected UTF-8 text"),
            SourceErrorKind::OutsideRoot => f.write_str(
                "found a symbolic link leading outside the site root (or nowhere), expected a file inside the site",
            ),
        }
    }
}

impl std::error::Error for SourceError {}

impl SiteRoot {
    /// The site at `root`; fails when the folder cannot be opened.
    pub fn open(root: &Path) -> Result<SiteRoot, SourceError> {
        let canon = root.canonicalize().map_err(|e| SourceError::whole(root, SourceErrorKind::Root(e)))?;
        Ok(SiteRoot { root: root.to_path_buf(), canon })
    }

    /// The site folder as given.
    pub fn path(&self) -> &Path {
        &self.root
    }

    /// `path` as users should read it: relative to the site root when inside it.
    pub fn shown(&self, path: &Path) -> PathBuf {
        display_path(&self.root, path)
    }

    /// Refuses a symbolic link that leads outside the site root or nowhere.
    /// Links that stay inside the site are fine.
    pub fn check_inside(&self, path: &Path) -> Result<(), SourceError> {
        let is_link = std::fs::symlink_metadata(path).map(|m| m.file_type().is_symlink()).unwrap_or(false);
        if !is_link {
            return Ok(());
        }
        match path.canonicalize() {
            Ok(target) if target.starts_with(&self.canon) => Ok(()),
            _ => Err(SourceError::whole(&self.shown(path), SourceErrorKind::OutsideRoot)),
        }
    }

    /// Reads a UTF-8 text file inside the site, within the size limit, without
    /// a byte-order mark.
    pub fn read_text(&self, path: &Path) -> Result<String, SourceError> {
        self.check_inside(path)?;
        read_text(path, &self.shown(path))
    }

    /// The entries of `dir`, sorted by name, skipping hidden ones. Entries that
    /// cannot be read or that lead outside the root come back as errors.
    pub fn list_dir(&self, dir: &Path) -> (Vec<PathBuf>, Vec<SourceError>) {
        let mut found = Vec::new();
        let mut errors = Vec::new();
        let walker = walkdir::WalkDir::new(dir).min_depth(1).max_depth(1).sort_by_file_name();
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let at = self.shown(e.path().unwrap_or(dir));
                    errors.push(SourceError::whole(&at, SourceErrorKind::Io(io::Error::other(e.to_string()))));
                    continue;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            match self.check_inside(entry.path()) {
                Ok(()) => found.push(entry.into_path()),
                Err(e) => errors.push(e),
            }
        }
        (found, errors)
    }
}

impl SourceError {
    /// A problem with the file as a whole, reported at 1:1.
    fn whole(path: &Path, kind: SourceErrorKind) -> SourceError {
        SourceError { path: path.to_path_buf(), line: 1, col: 1, kind }
    }
}

/// Reads `path` (shown to users as `shown`) as UTF-8 text within the limits.
fn read_text(path: &Path, shown: &Path) -> Result<String, SourceError> {
    let meta = std::fs::metadata(path).map_err(|e| SourceError::whole(shown, SourceErrorKind::Io(e)))?;
    if meta.is_dir() {
        return Err(SourceError::whole(shown, SourceErrorKind::Directory));
    }
    if !meta.is_file() {
        return Err(SourceError::whole(shown, SourceErrorKind::Special));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(SourceError::whole(shown, SourceErrorKind::TooLarge(meta.len())));
    }
    let bytes = std::fs::read(path).map_err(|e| SourceError::whole(shown, SourceErrorKind::Io(e)))?;
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..valid_up_to]);
            let (line, col) = line_col(&valid, valid_up_to);
            Err(SourceError { path: shown.to_path_buf(), line, col, kind: SourceErrorKind::NotUtf8 })
        }
    }
}

/// One line of a plain file of sane size, for quoting under a diagnostic.
/// Never follows a link, reads a pipe (it would block) or loads a huge file.
pub fn quote_line(file: &Path, line: usize) -> Option<String> {
    match std::fs::symlink_metadata(file) {
        Ok(m) if m.file_type().is_file() && m.len() <= MAX_FILE_BYTES => {}
        _ => return None,
    }
    let src = std::fs::read_to_string(file).ok()?;
    src.lines().nth(line.max(1) - 1).map(|l| l.trim_end_matches('\r').to_string())
}

/// `path` relative to `root` when it lies inside it, as users typed it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

/// 1-based line and column (in characters) of a byte offset. Offsets past the
/// end or inside a character clamp to the nearest valid position, never panic.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Replaces the file at `path` with `bytes` through a temporary file beside
/// it (`.<name>.codeatlas-tmp`), so a reader never sees half a file. A file
/// that already holds `bytes` is not touched, so watchers (`serve`) stay
/// quiet. Returns whether it wrote. The one writer every command and the
/// incremental output use.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    if same_content(path, bytes) {
        return Ok(false);
    }
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.codeatlas-tmp"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)?;
    Ok(true)
}

/// Whether the file at `path` holds exactly `bytes` (read only when the
/// sizes agree).
pub fn same_content(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => std::fs::read(path).is_ok_and(|old| old == bytes),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "a: 1\nb: 説明x";
        let off = src.find('x').unwrap();
        assert_eq!(line_col(src, off), (2, 6));
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 10_000), (2, 7));
    }

    #[test]
    fn refuses_what_is_not_a_small_utf8_file() {
        let dir = tempfile::tempdir().unwrap();
        let root = SiteRoot::open(dir.path()).unwrap();
        std::fs::write(dir.path().join("ok.txt"), "\u{feff}text").unwrap();
        assert_eq!(root.read_text(&dir.path().join("ok.txt")).unwrap(), "text");
        std::fs::write(dir.path().join("bad.txt"), b"ab\ncd\xff").unwrap();
        let e = root.read_text(&dir.path().join("bad.txt")).unwrap_err();
        assert_eq!((e.line, e.col, e.path.as_path()), (2, 3, Path::new("bad.txt")));
        assert!(matches!(root.read_text(dir.path()).unwrap_err().kind, SourceErrorKind::Directory));
        let big = std::fs::File::create(dir.path().join("big.txt")).unwrap();
        big.set_len(MAX_FILE_BYTES + 1).unwrap();
        assert!(matches!(root.read_text(&dir.path().join("big.txt")).unwrap_err().kind, SourceErrorKind::TooLarge(_)));
    }

    #[test]
    fn links_out_of_the_root_are_refused() {
        let outer = tempfile::tempdir().unwrap();
        std::fs::create_dir(outer.path().join("site")).unwrap();
        std::fs::write(outer.path().join("secret"), "x").unwrap();
        std::os::unix::fs::symlink(outer.path().join("secret"), outer.path().join("site/link")).unwrap();
        let root = SiteRoot::open(&outer.path().join("site")).unwrap();
        let e = root.read_text(&outer.path().join("site/link")).unwrap_err();
        assert!(matches!(e.kind, SourceErrorKind::OutsideRoot));
        let (found, errors) = root.list_dir(&outer.path().join("site"));
        assert!(found.is_empty() && errors.len() == 1);
    }
}
