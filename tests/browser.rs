//! The shipped site in a real browser: builds it into a temp folder, serves it on
//! 127.0.0.1 with the small static server below, and runs the Node checks in
//! tests/browser/ against it (language switcher, search, compare, root redirect,
//! no-JavaScript reading, screenshots; axe-core and the Nu Html Checker).
//!
//! Once under a sub-path (http://127.0.0.1:PORT/repo/, as on GitHub Pages project
//! sites) and once at the root. Needs node, the npm packages in package.json
//! (node_modules/), java and Chromium at /usr/bin/chromium: ./test.sh installs them.
//! A missing tool fails the test; it never skips.
//!
//! CODEATLAS_UPDATE_SCREENSHOTS=1 writes the sub-path run's screenshots to
//! docs/screenshots/ instead of the temp folder.

use codeatlas::commands::serve::{content_type, percent_decode};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const NODE_TIMEOUT: Duration = Duration::from_secs(600);

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Fails, naming everything missing, unless the browser tools are installed.
fn require_tools() {
    let repo = repo();
    let mut missing = Vec::new();
    let runs = |cmd: &str, arg: &str| {
        Command::new(cmd).arg(arg).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
    };
    if !runs("node", "--version") {
        missing.push("node (Node.js 20 or later) on PATH".to_string());
    }
    if !runs("java", "-version") {
        missing.push("java (17 or later) on PATH, for the Nu Html Checker".to_string());
    }
    for f in [
        "node_modules/playwright-core/package.json",
        "node_modules/axe-core/axe.min.js",
        "node_modules/vnu-jar/build/dist/vnu.jar",
        "node_modules/lighthouse/package.json",
    ] {
        if !repo.join(f).is_file() {
            missing.push(format!("{f} (npm ci)"));
        }
    }
    if !Path::new(CHROMIUM).is_file() {
        missing.push(format!("Chromium at {CHROMIUM}"));
    }
    assert!(
        missing.is_empty(),
        "the browser tests cannot run; missing:\n  {}\nRun ./test.sh, which installs them.",
        missing.join("\n  ")
    );
}

// ---- a tiny static file server ------------------------------------------------

/// Serves `root` on 127.0.0.1: GET only, `/x/` is `x/index.html`, a folder without
/// its slash redirects to it, anything else missing gets `not_found` with status 404.
/// The listener is bound before the site is built, so the build knows the port.
struct Server {
    listener: TcpListener,
}

impl Server {
    fn bind() -> Server {
        Server { listener: TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0") }
    }

    fn port(&self) -> u16 {
        self.listener.local_addr().unwrap().port()
    }

    /// Serves on background threads for the rest of the test process.
    fn serve(self, root: PathBuf, not_found: PathBuf) {
        std::thread::spawn(move || {
            for stream in self.listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (root, not_found) = (root.clone(), not_found.clone());
                std::thread::spawn(move || {
                    let _ = handle(stream, &root, &not_found);
                });
            }
        });
    }
}

fn handle(mut stream: TcpStream, root: &Path, not_found: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Skip the headers: nothing in them changes the answer.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" {
        return respond(&mut stream, "405 Method Not Allowed", "text/plain", b"GET only\n", &[("Allow", "GET")]);
    }
    let raw_path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(path) = percent_decode(raw_path) else {
        return respond(&mut stream, "400 Bad Request", "text/plain", b"bad path\n", &[]);
    };
    match resolve(root, &path) {
        Found::File(file) => {
            let body = std::fs::read(&file)?;
            respond(&mut stream, "200 OK", content_type(&file), &body, &[])
        }
        Found::Folder => {
            let location = format!("{raw_path}/");
            respond(&mut stream, "301 Moved Permanently", "text/plain", b"", &[("Location", &location)])
        }
        Found::Nothing => {
            let body = std::fs::read(not_found)?;
            respond(&mut stream, "404 Not Found", content_type(not_found), &body, &[])
        }
    }
}

enum Found {
    File(PathBuf),
    Folder,
    Nothing,
}

fn resolve(root: &Path, path: &str) -> Found {
    let Some(rel) = path.strip_prefix('/') else { return Found::Nothing };
    let rel = Path::new(rel);
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return Found::Nothing;
    }
    let target = root.join(rel);
    if path.ends_with('/') {
        let index = target.join("index.html");
        return if index.is_file() { Found::File(index) } else { Found::Nothing };
    }
    if target.is_file() {
        Found::File(target)
    } else if target.is_dir() {
        Found::Folder
    } else {
        Found::Nothing
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
    extra: &[(&str, &str)],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}

// ---- building and running the checks --------------------------------------------

fn build_site(out: &Path, base_url: &str) {
    let repo = repo();
    let o = Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .args(["build", "--root"])
        .arg(&repo)
        .arg("--out")
        .arg(out)
        .args(["--base-url", base_url])
        .output()
        .expect("run codeatlas");
    assert!(
        o.status.success(),
        "codeatlas build failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Runs `node SCRIPT ARGS…` in the repo; fails with its whole output unless it exits 0.
fn node(script: &str, args: &[&str]) -> String {
    let mut child = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start node ({e}): run ./test.sh, which installs it"));
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = Vec::new();
            let _ = r.read_to_end(&mut s);
            String::from_utf8_lossy(&s).into_owned()
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > NODE_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let output = format!("{}{}", out.join().unwrap(), err.join().unwrap());
    println!("$ node {script} {} ({:.1} s)\n{output}", args.join(" "), start.elapsed().as_secs_f64());
    match status {
        Some(s) if s.success() => output,
        Some(s) => panic!("node {script} {} failed ({s}):\n{output}", args.join(" ")),
        None => panic!("node {script} {} took longer than {NODE_TIMEOUT:?}:\n{output}", args.join(" ")),
    }
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(file: &Path) -> (u32, u32) {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert!(bytes.len() > 24 && &bytes[..8] == b"\x89PNG\r\n\x1a\n", "{} is not a PNG", file.display());
    let word = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (word(16), word(20))
}

/// Builds the shipped site for `prefix` ("/repo/" or "/"), serves it and runs
/// the end-to-end checks, and with `quality` axe and the Nu checker too.
fn check_site(prefix: &str, screenshots: Option<PathBuf>, quality: bool) {
    require_tools();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::bind();
    let base = format!("http://127.0.0.1:{}{prefix}", server.port());
    let docroot = tmp.path().join("www");
    let out = docroot.join(prefix.trim_matches('/'));
    std::fs::create_dir_all(&docroot).unwrap();
    let start = Instant::now();
    build_site(&out, &base);
    println!("built {base} in {:.1} s", start.elapsed().as_secs_f64());
    server.serve(docroot, out.join("404.html"));

    let shots = screenshots.unwrap_or_else(|| tmp.path().join("screenshots"));
    let e2e = node("tests/browser/e2e.mjs", &[&base, shots.to_str().unwrap()]);
    assert!(e2e.contains("all browser checks passed"), "{e2e}");
    for name in
        ["en-code-sip-183.png", "ja-code-sip-183.png", "en-pair-sip-183-vs-437.png", "ja-pair-sip-183-vs-437.png"]
    {
        let (w, h) = png_size(&shots.join(name));
        assert!(w == 1280 && h > 800, "{name} is {w}x{h}, expected 1280 wide and a full page");
    }
    if quality {
        let quality = node("tests/browser/quality.mjs", &[&base, out.to_str().unwrap()]);
        assert!(quality.contains("no axe violations and no HTML errors"), "{quality}");
    }
}

#[test]
fn site_under_a_sub_path_works_in_a_browser() {
    let update = std::env::var("CODEATLAS_UPDATE_SCREENSHOTS").is_ok_and(|v| v == "1");
    check_site("/repo/", update.then(|| repo().join("docs/screenshots")), true);
}

#[test]
fn site_at_the_root_works_in_a_browser() {
    // The pages' markup is the same at the root; only the links differ, and
    // the end-to-end checks follow those. axe and the Nu checker run once,
    // on the sub-path site.
    check_site("/", None, false);
}

#[test]
fn the_test_server_maps_paths_like_a_static_host() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir_all(root.join("repo/en")).unwrap();
    std::fs::write(root.join("repo/en/index.html"), "en").unwrap();
    std::fs::write(root.join("repo/404.html"), "missing").unwrap();
    std::fs::write(root.join("repo/style.css"), "body{}").unwrap();
    let server = Server::bind();
    let port = server.port();
    server.serve(root.to_path_buf(), root.join("repo/404.html"));
    let get = |method: &str, path: &str| {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(s, "{method} {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut r = String::new();
        s.read_to_string(&mut r).unwrap();
        r
    };
    let r = get("GET", "/repo/en/");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n") && r.contains("text/html") && r.ends_with("\r\n\r\nen"), "{r}");
    let r = get("GET", "/repo/en/?choose");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    let r = get("GET", "/repo/style.css");
    assert!(r.contains("Content-Type: text/css"), "{r}");
    let r = get("GET", "/repo/en");
    assert!(r.starts_with("HTTP/1.1 301") && r.contains("Location: /repo/en/\r\n"), "{r}");
    for missing in ["/repo/nope/", "/repo/../repo/en/", "/repo/%2e%2e/repo/en/", "/repo/en/x.png", "/"] {
        let r = get("GET", missing);
        assert!(r.starts_with("HTTP/1.1 404 Not Found\r\n") && r.ends_with("missing"), "{missing}: {r}");
    }
    assert!(get("POST", "/repo/en/").starts_with("HTTP/1.1 405"));
}
