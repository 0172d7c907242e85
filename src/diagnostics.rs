//! Errors for people: every problem names a file, a line and a column, what was
//! found and what was expected. Stages collect all of them instead of stopping at
//! the first, so one run shows a contributor everything to fix.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path as the user should read it: relative to the site root when possible.
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub col: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn new(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Diagnostic { path: path.into(), line, col, message: message.into() }
    }

    /// A problem with a file as a whole (unreadable, misnamed, …): reported at 1:1
    /// so editors and tools can still jump to it.
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic::new(path, 1, 1, message)
    }

    /// A problem at a byte offset of `source`.
    pub fn at_offset(path: impl Into<PathBuf>, source: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, col) = line_col(source, offset);
        Diagnostic::new(path, line, col, message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path.display(), self.line.max(1), self.col.max(1), self.message)
    }
}

impl serde::Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Diagnostic", 4)?;
        st.serialize_field("path", &self.path.to_string_lossy())?;
        st.serialize_field("line", &self.line.max(1))?;
        st.serialize_field("column", &self.col.max(1))?;
        st.serialize_field("message", &self.message)?;
        st.end()
    }
}

impl Diagnostic {
    /// Compiler-style: the message, then the source line with a caret under the
    /// column. `root` is where `path` is relative to.
    pub fn with_snippet(&self, root: &Path) -> String {
        let mut out = self.to_string();
        let file = if self.path.is_absolute() { self.path.clone() } else { root.join(&self.path) };
        // Only plain files of a sane size: never follow a refused link, read a
        // pipe (it would block) or load a huge file just to quote one line.
        match std::fs::symlink_metadata(&file) {
            Ok(m) if m.file_type().is_file() && m.len() <= crate::site::yaml::MAX_FILE_BYTES => {}
            _ => return out,
        }
        let Ok(src) = std::fs::read_to_string(file) else { return out };
        let Some(line) = src.lines().nth(self.line.max(1) - 1) else { return out };
        let line = line.trim_end_matches('\r');
        if line.chars().count() > 200 {
            return out;
        }
        let num = self.line.max(1).to_string();
        let pad = " ".repeat(num.len());
        let caret_pad: String =
            line.chars().take(self.col.max(1) - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        out.push_str(&format!("\n{pad} |\n{num} | {line}\n{pad} | {caret_pad}^"));
        out
    }
}

/// 1-based line and column (in characters) of a byte offset. Offsets past the end
/// or inside a character clamp to the nearest valid position rather than panic.
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

/// The set of problems found by one stage. Sorted output keeps reports stable.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.0.sort();
        self.0.dedup();
        self.0
    }
    /// `Ok(value)` when nothing was reported, else every problem.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.is_empty() { Ok(value) } else { Err(self.into_sorted()) }
    }
}

/// Shows `path` relative to `root` when it lies inside it, as users typed it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

/// The closest candidate within a small edit distance: the "did you mean" of errors.
pub fn suggest<'a>(found: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(found, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
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
    fn suggests_near_misses_only() {
        let fields = ["description", "appears_when", "resolution"];
        assert_eq!(suggest("descripton", &fields), Some("description"));
        assert_eq!(suggest("zzz", &fields), None);
    }

    #[test]
    fn display_is_path_line_col() {
        let d = Diagnostic::new("content/sip/183.yaml", 7, 3, "unknown field");
        assert_eq!(d.to_string(), "content/sip/183.yaml:7:3: unknown field");
    }
}
