//! Problems for people. Every problem a user can act on is a `Diagnostic`:
//! a severity, the file, line and column, and what was found and what was
//! expected. Stages collect all of them instead of stopping at the first, so
//! one run shows a contributor everything to fix. The printers for people
//! (with the source line and a caret), for tools (JSON) and for GitHub
//! Actions (annotations on the lines of a pull request) live here too.

use crate::source::{self, SourceError};
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

/// How much a problem matters. Errors fail `build` and `check`; warnings
/// (a stale translation, an untranslated message) and notes do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input is wrong; nothing is built from it.
    Error,
    /// The input works but something in it needs attention.
    Warning,
    /// Information that helps with another diagnostic.
    Note,
}

impl Severity {
    /// The word printed before the message.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path as the user should read it: relative to the site root when possible.
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub col: usize,
    /// How much it matters.
    pub severity: Severity,
    /// What was found and what was expected.
    pub message: String,
    /// More lines that explain the problem (a word diff, a list), shown under it.
    pub detail: Option<String>,
    /// The source line to quote when the file on disk is not the text that
    /// was checked (an import proved on a copy); `None` reads the file.
    pub quote: Option<String>,
}

impl Diagnostic {
    /// An error at `path:line:col`.
    pub fn new(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            col,
            severity: Severity::Error,
            message: message.into(),
            detail: None,
            quote: None,
        }
    }

    /// An error about a file as a whole (unreadable, misnamed, …): reported at
    /// 1:1 so editors and tools can still jump to it.
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic::new(path, 1, 1, message)
    }

    /// An error at a byte offset of `source`.
    pub fn at_offset(path: impl Into<PathBuf>, source: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, col) = source::line_col(source, offset);
        Diagnostic::new(path, line, col, message)
    }

    /// The same problem with another severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The same problem with lines of detail shown under it.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// The same problem quoting `line` instead of the file on disk.
    pub fn with_quote(mut self, line: impl Into<String>) -> Self {
        self.quote = Some(line.into());
        self
    }

    /// Whether this problem fails a build or a check.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl From<SourceError> for Diagnostic {
    fn from(e: SourceError) -> Diagnostic {
        Diagnostic::new(e.path.clone(), e.line, e.col, e.to_string())
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
        let mut st = s.serialize_struct("Diagnostic", 6)?;
        st.serialize_field("severity", &self.severity)?;
        st.serialize_field("path", &self.path.to_string_lossy())?;
        st.serialize_field("line", &self.line.max(1))?;
        st.serialize_field("column", &self.col.max(1))?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("detail", &self.detail)?;
        st.end()
    }
}

/// The problems found by one stage. Sorted output keeps reports stable.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// Adds one problem.
    pub fn push(&mut self, d: impl Into<Diagnostic>) {
        self.0.push(d.into());
    }
    /// Adds every problem of `other`.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }
    /// Whether nothing was reported at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Whether an error (not only warnings) was reported.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }
    /// How many problems were reported.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Every problem, sorted by place and without repeats.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.0.sort();
        self.0.dedup();
        self.0
    }
    /// `Ok(value)` when no error was reported, else every problem.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.has_errors() { Err(self.into_sorted()) } else { Ok(value) }
    }
}

/// Compiler-style text: each problem, then its source line with a caret under
/// the column, then its detail. `root` is where the paths are relative to.
pub fn human(root: &Path, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let _ = writeln!(out, "{}: {}", d.severity.label(), d);
        push_snippet(&mut out, root, d);
        if let Some(detail) = &d.detail {
            for line in detail.lines() {
                let _ = writeln!(out, "  = {line}");
            }
        }
    }
    out
}

/// The quoted source line with a caret, when the file can be read safely and
/// the line is short enough to be worth showing.
fn push_snippet(out: &mut String, root: &Path, d: &Diagnostic) {
    let file = if d.path.is_absolute() { d.path.clone() } else { root.join(&d.path) };
    let quoted = d.quote.clone().or_else(|| source::quote_line(&file, d.line));
    let Some(line) = quoted else { return };
    if line.chars().count() > 200 {
        return;
    }
    let num = d.line.max(1).to_string();
    let pad = " ".repeat(num.len());
    let caret_pad: String = line.chars().take(d.col.max(1) - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    let _ = writeln!(out, "{pad} |\n{num} | {line}\n{pad} | {caret_pad}^");
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`,
/// so problems show on the lines of a pull request.
pub fn github(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut message = d.message.clone();
        if let Some(detail) = &d.detail {
            message.push('\n');
            message.push_str(detail);
        }
        let _ = writeln!(
            out,
            "::{kind} file={},line={},col={}::{}",
            escape_property(&d.path.to_string_lossy()),
            d.line.max(1),
            d.col.max(1),
            escape_data(&message)
        );
    }
    out
}

/// Escapes a workflow command's message as the runner expects.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a workflow command's property value (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
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

    #[test]
    fn github_annotations_escape_what_the_runner_reads() {
        let d = Diagnostic::new("a,b:c.yaml", 2, 3, "50% off\nnext").with_severity(Severity::Warning);
        assert_eq!(github(&[d]), "::warning file=a%2Cb%3Ac.yaml,line=2,col=3::50%25 off%0Anext\n");
    }

    #[test]
    fn warnings_do_not_fail_a_stage() {
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::file("x", "stale").with_severity(Severity::Warning));
        assert!(ds.finish(()).is_ok());
    }
}
