#![allow(clippy::too_many_lines, clippy::excessive_nesting)]
//! The bad-input corpus, the one home of the tests of what codeatlas says about
//! broken inputs: every folder of `tests/bad-inputs/` (except `_base`) is one
//! case. Each case builds a small valid site (the repo's templates/, locales/
//! and static/ plus `tests/bad-inputs/_base/content/`), changes it, runs the
//! real binary's `build` and `check`, and compares their whole output (exit
//! status, stdout, stderr) with the case's `output.txt` snapshot. See
//! `tests/bad-inputs/README.md` for the layout of a case and the `make.txt`
//! directives.
//!
//! Every run happens in the case's own temp folder under a memory limit
//! (RLIMIT_AS of 2 GB, plus a watch on resident memory) and a 20 s time limit;
//! all failures are reported together at the end.
//!
//! Run: `cargo test --release --test bad_inputs`
//! Only some cases: `BAD_INPUTS_ONLY=yaml-,fluent- cargo test --release --test bad_inputs`
//! Write the snapshots anew (then review the diff): `SNAPSHOTS=overwrite cargo test --release --test bad_inputs`

mod common;

use snapbox::{Assert, Data, Redactions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A build that takes longer than this is considered hung and killed.
const TIMEOUT: Duration = Duration::from_secs(20);
/// Address-space limit for the generator, in KiB (2 000 000 000 bytes), so runaway
/// memory fails fast instead of swapping the machine.
const MEMORY_LIMIT_KIB: u64 = 2_000_000_000 / 1024;
/// Resident memory a build of this small site may use. Allocations that fail
/// gracefully under the address-space limit (a `read` of a huge file returns an
/// error instead of aborting) would hide unbounded reads, so resident memory is
/// watched too and the build killed past this.
const MAX_RSS_KIB: u64 = 512 * 1024;
/// The corpus must stay at least this large.
const MIN_CASES: usize = 40;

fn corpus() -> PathBuf {
    common::repo().join("tests/bad-inputs")
}

/// Case folders, sorted; `_base` and other names starting with `_` or `.` are not cases.
fn cases() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("tests/bad-inputs exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            !n.starts_with('_') && !n.starts_with('.')
        })
        .collect();
    out.sort();
    out
}

// ---------------------------------------------------------------------------
// Building the temp site

/// `<tmp>/site` is the site root; `<tmp>/outside` (from the case's `outside/`)
/// lies beside it, for symbolic links that lead out of the root.
struct Layout {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    outside: PathBuf,
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.map_err(|e| e.to_string())?;
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        } else {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            std::fs::copy(entry.path(), &target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

fn remove_path(p: &Path) -> Result<(), String> {
    let meta = std::fs::symlink_metadata(p).map_err(|e| format!("cannot delete {}: {e}", p.display()))?;
    if meta.is_dir() { std::fs::remove_dir_all(p) } else { std::fs::remove_file(p) }
        .map_err(|e| format!("cannot delete {}: {e}", p.display()))
}

/// Base site, then the case's `files/` overlay (`<name>.delete` deletes `<name>`),
/// then `make.txt`.
fn make_site(case: &Path) -> Result<Layout, String> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let root = tmp.path().join("site");
    let outside = tmp.path().join("outside");
    std::fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&outside).map_err(|e| e.to_string())?;
    for d in ["templates", "locales", "static"] {
        copy_tree(&common::repo().join(d), &root.join(d))?;
    }
    copy_tree(&corpus().join("_base/content"), &root.join("content"))?;

    let files = case.join("files");
    if files.is_dir() {
        for entry in walkdir::WalkDir::new(&files).min_depth(1).sort_by_file_name() {
            let entry = entry.map_err(|e| e.to_string())?;
            if entry.file_type().is_dir() {
                continue;
            }
            let rel = entry.path().strip_prefix(&files).unwrap();
            let rel_s = rel.to_string_lossy();
            if let Some(target) = rel_s.strip_suffix(".delete") {
                remove_path(&root.join(target))?;
            } else {
                let target = root.join(rel);
                std::fs::create_dir_all(target.parent().unwrap()).map_err(|e| e.to_string())?;
                std::fs::copy(entry.path(), &target).map_err(|e| format!("{rel_s}: {e}"))?;
            }
        }
    }
    if case.join("outside").is_dir() {
        copy_tree(&case.join("outside"), &outside)?;
    }
    let layout = Layout { _tmp: tmp, root, outside };
    let make = case.join("make.txt");
    if make.is_file() {
        let text = std::fs::read_to_string(&make).map_err(|e| format!("make.txt: {e}"))?;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            run_directive(&layout, line).map_err(|e| format!("make.txt:{}: {e}: `{line}`", i + 1))?;
        }
    }
    Ok(layout)
}

/// A path inside the site root; refuses absolute paths and `..` so a case cannot
/// write outside its temp folder.
/// `@OUTSIDE/<path>` names a path in the folder beside the root instead.
fn site_path(layout: &Layout, rel: &str) -> Result<PathBuf, String> {
    let (base, rel) = match rel.strip_prefix("@OUTSIDE/") {
        Some(r) => (&layout.outside, r),
        None => (&layout.root, rel),
    };
    let p = Path::new(rel);
    if p.is_absolute() || p.components().any(|c| matches!(c, std::path::Component::ParentDir)) {
        return Err(format!("`{rel}` must be relative to the site root, without `..`"));
    }
    Ok(base.join(p))
}

fn parent_dirs(p: &Path) -> Result<(), String> {
    std::fs::create_dir_all(p.parent().unwrap()).map_err(|e| e.to_string())
}

/// One `make.txt` line:
///
/// - `symlink <path> -> <target>`: a symbolic link; `@OUTSIDE` and `@ROOT` in the
///   target stand for the absolute paths of the folder beside the root and of the root
/// - `dir <path>`: an (empty) directory
/// - `fifo <path>`: a named pipe
/// - `bytes <path> <data>`: a file holding exactly these bytes
/// - `append <path> <data>` / `prepend <path> <data>`: add bytes to an existing file
/// - `replace <path> <data> => <data>`: replace every occurrence (at least one must exist)
/// - `big <path> <n>`: a valid record whose `en.description` is `n` bytes long
/// - `sparse <path> <n>`: a sparse file of `n` zero bytes (takes no disk space)
///
/// A `<path>` is relative to the site root, or starts with `@OUTSIDE/` for the
/// folder beside it.
///
/// `<data>` is a sequence of tokens: `0xNN` (one byte) or a double-quoted string
/// with the escapes `\n \r \t \\ \" \xNN \u{XXXX}`; a string token may end in `*N`
/// to repeat it N times.
fn run_directive(layout: &Layout, line: &str) -> Result<(), String> {
    let (verb, rest) = line.split_once(char::is_whitespace).ok_or("missing arguments")?;
    let rest = rest.trim();
    let (path, args) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let target = site_path(layout, path)?;
    match verb {
        "symlink" => {
            let to = args.strip_prefix("->").ok_or("expected `-> <target>`")?.trim();
            let to = to
                .replace("@OUTSIDE", &layout.outside.to_string_lossy())
                .replace("@ROOT", &layout.root.to_string_lossy());
            parent_dirs(&target)?;
            if std::fs::symlink_metadata(&target).is_ok() {
                remove_path(&target)?;
            }
            std::os::unix::fs::symlink(&to, &target).map_err(|e| e.to_string())
        }
        "dir" => std::fs::create_dir_all(&target).map_err(|e| e.to_string()),
        "fifo" => {
            parent_dirs(&target)?;
            let st = Command::new("mkfifo").arg(&target).status().map_err(|e| format!("mkfifo: {e}"))?;
            if st.success() { Ok(()) } else { Err("mkfifo failed".into()) }
        }
        "bytes" => {
            parent_dirs(&target)?;
            std::fs::write(&target, parse_data(args)?).map_err(|e| e.to_string())
        }
        "append" | "prepend" => {
            let mut old = std::fs::read(&target).map_err(|e| e.to_string())?;
            let data = parse_data(args)?;
            if verb == "append" {
                old.extend(data);
            } else {
                old.splice(0..0, data);
            }
            std::fs::write(&target, old).map_err(|e| e.to_string())
        }
        "replace" => {
            let (from, to) = split_arrow(args)?;
            let (from, to) = (parse_data(from)?, parse_data(to)?);
            if from.is_empty() {
                return Err("nothing to replace".into());
            }
            let old = std::fs::read(&target).map_err(|e| e.to_string())?;
            let mut new = Vec::with_capacity(old.len());
            let mut i = 0;
            let mut count = 0;
            while i < old.len() {
                if old[i..].starts_with(&from) {
                    new.extend_from_slice(&to);
                    i += from.len();
                    count += 1;
                } else {
                    new.push(old[i]);
                    i += 1;
                }
            }
            if count == 0 {
                return Err(format!("{path} does not contain {:?}", String::from_utf8_lossy(&from)));
            }
            std::fs::write(&target, new).map_err(|e| e.to_string())
        }
        "big" => {
            let n: usize = args.parse().map_err(|_| "expected a byte count")?;
            let code = target.file_stem().and_then(|s| s.to_str()).and_then(|s| s.parse::<u16>().ok()).unwrap_or(183);
            parent_dirs(&target)?;
            std::fs::write(&target, big_record(code, n)).map_err(|e| e.to_string())
        }
        "sparse" => {
            let n: u64 = args.parse().map_err(|_| "expected a byte count")?;
            parent_dirs(&target)?;
            let f = std::fs::File::create(&target).map_err(|e| e.to_string())?;
            f.set_len(n).map_err(|e| e.to_string())
        }
        _ => Err(format!("unknown directive `{verb}`")),
    }
}

/// Splits `<data> => <data>` at the `=>` that lies outside quotes.
fn split_arrow(s: &str) -> Result<(&str, &str), String> {
    let mut in_str = false;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_str => escaped = true,
            '"' => in_str = !in_str,
            '=' if !in_str && s[i..].starts_with("=>") => return Ok((&s[..i], &s[i + 2..])),
            _ => {}
        }
    }
    Err("expected `<data> => <data>`".into())
}

fn parse_data(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut chars = s.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c == '"' {
            let mut piece = Vec::new();
            loop {
                match chars.next().ok_or("unterminated string")? {
                    '"' => break,
                    '\\' => match chars.next().ok_or("dangling backslash")? {
                        'n' => piece.push(b'\n'),
                        'r' => piece.push(b'\r'),
                        't' => piece.push(b'\t'),
                        '\\' => piece.push(b'\\'),
                        '"' => piece.push(b'"'),
                        'x' => {
                            let h: String = chars.by_ref().take(2).collect();
                            piece.push(u8::from_str_radix(&h, 16).map_err(|_| format!("bad \\x{h}"))?);
                        }
                        'u' => {
                            if chars.next() != Some('{') {
                                return Err("expected \\u{XXXX}".into());
                            }
                            let h: String = chars.by_ref().take_while(|c| *c != '}').collect();
                            let ch = u32::from_str_radix(&h, 16)
                                .ok()
                                .and_then(char::from_u32)
                                .ok_or(format!("bad \\u{{{h}}}"))?;
                            piece.extend_from_slice(ch.to_string().as_bytes());
                        }
                        other => return Err(format!("unknown escape \\{other}")),
                    },
                    c => piece.extend_from_slice(c.to_string().as_bytes()),
                }
            }
            let mut times = 1;
            if chars.peek() == Some(&'*') {
                chars.next();
                let mut n = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    n.push(*d);
                    chars.next();
                }
                times = n.parse().map_err(|_| "expected a count after `*`")?;
            }
            for _ in 0..times {
                out.extend_from_slice(&piece);
            }
        } else if c == '0' && chars.peek() == Some(&'x') {
            chars.next();
            let h: String = chars.by_ref().take(2).collect();
            out.push(u8::from_str_radix(&h, 16).map_err(|_| format!("bad byte 0x{h}"))?);
        } else {
            return Err(format!("unexpected `{c}` in data (expected 0xNN or \"text\")"));
        }
    }
    Ok(out)
}

/// A valid record whose `en.description` is exactly `n` bytes (lines of `a`).
fn big_record(code: u16, n: usize) -> Vec<u8> {
    let mut s =
        format!("code: {code}\nreason: Big Record\nreferences: [\"RFC 3261 §21.1.5\"]\nen:\n  description: |\n");
    let mut left = n;
    while left > 0 {
        let len = left.min(100);
        s.push_str("    ");
        s.push_str(&"a".repeat(len - 1));
        s.push('\n');
        left -= len;
    }
    s.push_str("  appears_when: a\n  resolution: r\n");
    s.into_bytes()
}

// ---------------------------------------------------------------------------
// Running the generator

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    hung: bool,
    /// Killed for using more than `MAX_RSS_KIB` of resident memory.
    too_big: bool,
}

/// Peak resident memory of a live process so far (`VmHWM` of /proc/<pid>/status).
fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Reads a child's stream on a thread, keeping at most 64 KiB so a chatty
/// failure cannot flood memory.
fn drain(mut r: Box<dyn Read + Send>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let mut chunk = [0u8; 8192];
        while let Ok(n) = r.read(&mut chunk) {
            if n == 0 {
                break;
            }
            if buf.len() < 64 * 1024 {
                buf.extend_from_slice(&chunk[..n]);
            }
        }
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Runs `codeatlas <args>` under the memory and time limits.
fn run(args: &[&std::ffi::OsStr]) -> Result<Run, String> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_LIMIT_KIB} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_codeatlas"))
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the generator: {e}"))?;
    let out_t = drain(Box::new(child.stdout.take().unwrap()));
    let err_t = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let (mut hung, mut too_big) = (false, false);
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        // `sh` has exec'd the generator, so the pid is the generator's.
        too_big = peak_rss_kib(child.id()).unwrap_or(0) > MAX_RSS_KIB;
        hung = start.elapsed() > TIMEOUT;
        if hung || too_big {
            let _ = child.kill();
            break child.wait().map_err(|e| e.to_string())?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(Run { code: status.code(), stdout: out_t.join().unwrap(), stderr: err_t.join().unwrap(), hung, too_big })
}

fn files_under(dir: &Path) -> usize {
    if !dir.exists() {
        return 0;
    }
    walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| !e.file_type().is_dir()).count()
}

/// What every run must never do, whatever the input: hang, panic, blow its
/// memory, die of a signal, exit with anything but 0 or 1.
fn run_problems(what: &str, run: &Run) -> Vec<String> {
    let mut problems = Vec::new();
    if run.hung {
        problems.push(format!("{what}: hung, killed after {} s", TIMEOUT.as_secs()));
    }
    if run.stderr.contains("panicked") {
        problems.push(format!("{what}: panicked"));
    }
    if run.too_big {
        problems.push(format!("{what}: used more than {} MiB of memory", MAX_RSS_KIB / 1024));
    }
    if run.stderr.contains("memory allocation of") || run.stderr.contains("out of memory") {
        problems.push(format!("{what}: ran out of memory"));
    }
    if run.code.is_none() && !run.hung && !run.too_big {
        problems.push(format!("{what}: killed by a signal (crash, stack overflow or abort)"));
    }
    if !matches!(run.code, Some(0) | Some(1) | None) {
        problems.push(format!("{what}: exit {:?}, expected 0 or 1", run.code));
    }
    problems
}

/// The build summary's time changes from run to run.
fn without_times(s: &str) -> String {
    s.lines()
        .map(|l| match (l.starts_with("built "), l.rfind("; ")) {
            (true, Some(i)) if l.ends_with(" s") => format!("{}; [..] s", &l[..i]),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn transcript(name: &str, run: &Run) -> String {
    format!(
        "$ codeatlas {name}\nexit: {}\n--- stdout\n{}\n--- stderr\n{}\n",
        run.code.map_or("killed".to_string(), |c| c.to_string()),
        without_times(run.stdout.trim_end()),
        run.stderr.trim_end()
    )
}

/// Runs one case; `Err` lists every way it failed, with what was observed.
fn check_case(case: &Path) -> Result<(), String> {
    let layout = make_site(case).map_err(|e| format!("  cannot set up the case: {e}"))?;
    let out = layout.root.join("public");
    let root = layout.root.as_os_str();
    // A case with an `import.po` at the site root imports it first: a PO file
    // with any problem must change nothing at all.
    let po = layout.root.join("import.po");
    let import = if po.exists() {
        let before = tree_bytes(&layout.root);
        let r = run(&["l10n".as_ref(), "import".as_ref(), "--root".as_ref(), root, po.as_os_str()])?;
        Some((r, before != tree_bytes(&layout.root)))
    } else {
        None
    };
    let build = run(&["build".as_ref(), "--root".as_ref(), root, "--out".as_ref(), out.as_os_str()])?;
    let check = run(&["check".as_ref(), "--root".as_ref(), root])?;
    let mut problems = run_problems("build", &build);
    problems.extend(run_problems("check", &check));
    if let Some((r, changed)) = &import {
        problems.extend(run_problems("l10n import", r));
        if r.code != Some(0) && *changed {
            problems.push("the import failed but changed files of the site".to_string());
        }
    }
    if build.code != Some(0) && files_under(&out) > 0 {
        problems.push(format!("the build failed but left {} files in the output folder", files_under(&out)));
    }
    if build.code == Some(0) && !out.join("index.html").is_file() {
        problems.push("the build succeeded but public/index.html was not written".to_string());
    }
    for line in leaked_lines(case, &[&build, &check]) {
        problems.push(format!("printed `{line}`, a line of a file outside the site root"));
    }
    let mut actual = format!("{}\n{}", transcript("build", &build), transcript("check", &check));
    if let Some((r, _)) = &import {
        actual = format!("{}\n{actual}", transcript("l10n import", r));
    }
    let mut redactions = Redactions::new();
    redactions.insert("[ROOT]", layout.root.clone()).map_err(|e| e.to_string())?;
    redactions.insert("[OUTSIDE]", layout.outside.clone()).map_err(|e| e.to_string())?;
    let snapshot = Data::read_from(&case.join("output.txt"), None).raw();
    let assert = Assert::new().action_env("SNAPSHOTS").redact_with(redactions);
    if let Err(e) = assert.try_eq(Some(&"codeatlas"), Data::text(actual).raw(), snapshot) {
        problems.push(format!("output differs from output.txt:\n{e}"));
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("  {}", problems.join("\n  "))) }
}

/// Every file under `root` with its bytes (the import must leave them all).
fn tree_bytes(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.file_name() != "import.po")
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap_or_default()))
        .collect();
    out.sort();
    out
}

/// Lines of the case's `outside/` files that the generator printed: a file
/// outside the root must be neither used nor shown.
fn leaked_lines(case: &Path, runs: &[&Run]) -> Vec<String> {
    let dir = case.join("outside");
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for line in text.lines().map(str::trim).filter(|l| l.chars().count() >= 6) {
            let printed = runs.iter().any(|r| r.stderr.contains(line) || r.stdout.contains(line));
            if printed && !out.iter().any(|o| o == line) {
                out.push(line.to_string());
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------

#[test]
fn corpus_has_enough_cases() {
    let all = cases();
    assert!(all.len() >= MIN_CASES, "the bad-input corpus has {} cases, expected at least {MIN_CASES}", all.len());
    for case in &all {
        let name = case.file_name().unwrap().to_string_lossy();
        assert!(
            case.join("output.txt").is_file() || std::env::var_os("SNAPSHOTS").is_some(),
            "{name}: missing output.txt"
        );
        assert!(
            case.join("files").is_dir() || case.join("make.txt").is_file(),
            "{name}: a case needs files/ or make.txt"
        );
    }
}

#[test]
fn every_bad_input_is_diagnosed() {
    let only: Vec<String> = std::env::var("BAD_INPUTS_ONLY")
        .map(|s| s.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();
    let selected: Vec<PathBuf> = cases()
        .into_iter()
        .filter(|c| {
            only.is_empty() || only.iter().any(|o| c.file_name().unwrap().to_string_lossy().contains(o.as_str()))
        })
        .collect();
    assert!(!selected.is_empty(), "no case selected");

    let queue = Mutex::new(selected);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 8);
    let total = queue.lock().unwrap().len();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(case) = { queue.lock().unwrap().pop() } {
                    if let Err(e) = check_case(&case) {
                        let name = case.file_name().unwrap().to_string_lossy().into_owned();
                        failures.lock().unwrap().push((name, e));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    let names: Vec<&str> = failures.iter().map(|(n, _)| n.as_str()).collect();
    let details: Vec<String> = failures.iter().map(|(n, e)| format!("{n}:\n{e}")).collect();
    assert!(
        failures.is_empty(),
        "{} of {total} bad-input cases failed: {}\n\n{}",
        failures.len(),
        names.join(", "),
        details.join("\n")
    );
}
