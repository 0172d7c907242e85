#![allow(clippy::too_many_lines, clippy::excessive_nesting)]
//! `codeatlas serve` answers on loopback, rebuilds after an edit, survives a
//! broken edit and recovers; paths cannot leave the output.

mod common;
use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server(Child);
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut resp = String::new();
    let _ = s.read_to_string(&mut resp);
    let status = resp.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, resp)
}

fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn serves_rebuilds_survives_a_broken_edit_and_recovers() {
    let site = sample_site();
    let root = site.path();
    let mut child = Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .args(["serve", "--root", root.to_str().unwrap(), "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    let mut lines = BufReader::new(stdout).lines();
    let port: u16 = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    // Keep reading stdout so the server never blocks on a full pipe.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in lines.map_while(Result::ok) {
            let _ = tx.send(l);
        }
    });

    let (status, body) = get(port, "/en/sip/183/");
    assert_eq!(status, 200);
    assert!(body.contains("Conveys information about the progress"));
    assert!(body.contains("/__codeatlas/events"), "live reload script is injected");
    assert!(!root.join("public").exists(), "serve never writes public/");

    // An edit to one record is rebuilt incrementally.
    write(root, "content/sip/183.yaml", &RECORD_183.replace("Conveys information", "Carries news"));
    wait_for("the edited text", || get(port, "/en/sip/183/").1.contains("Carries news"));
    assert!(get(port, "/en/sip/183-vs-437/").1.contains("Carries news"), "pairs of the record are rebuilt too");
    // The translation status page counts texts: dropping a Japanese text shows there.
    assert!(!get(port, "/ja/translation/").1.contains("183 Session Progress"), "183 is fully translated at first");
    write(
        root,
        "content/sip/183.yaml",
        &RECORD_183.replace("Conveys information", "Carries news").replace(
            "  resolution: |\n    対処は不要です。早期メディアが聞こえない場合は SDP を確認してください。\n",
            "",
        ),
    );
    wait_for("183 listed on the status page", || get(port, "/ja/translation/").1.contains("183 Session Progress"));
    let mut log = Vec::new();
    wait_for("the rebuild line", || {
        log.extend(rx.try_iter());
        log.iter().any(|l| l.starts_with("rebuilt") && l.contains("sip 183"))
    });

    // A broken edit: the error shows in the page, the server keeps serving.
    write(root, "content/sip/183.yaml", "code: 183\nreason: [unclosed\n");
    wait_for("the error overlay", || get(port, "/en/sip/183/").1.contains("codeatlas-error"));
    let (status, body) = get(port, "/en/sip/437/");
    assert_eq!(status, 200);
    assert!(body.contains("content/sip/183.yaml:"), "the overlay names the file");

    // The next good edit recovers.
    write(root, "content/sip/183.yaml", &RECORD_183.replace("Conveys information", "Tells"));
    wait_for("recovery", || {
        let b = get(port, "/en/sip/183/").1;
        b.contains("Tells about the progress") && !b.contains("codeatlas-error")
    });

    // Requests cannot leave the output folder.
    for bad in [
        "/../content/sip/183.yaml",
        "/%2e%2e/content/sip/183.yaml",
        "/en/%2E%2E/%2E%2E/content/site.yaml",
        "/..%2f..%2fcontent%2fsite.yaml",
    ] {
        let (status, body) = get(port, bad);
        assert_eq!(status, 404, "{bad}");
        assert!(!body.contains("base_url"), "{bad}");
    }
    // A burst of 10,000 requests from a local load generator: every one answered.
    let errors = std::sync::atomic::AtomicUsize::new(0);
    let served = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for t in 0..16 {
            let (errors, served) = (&errors, &served);
            scope.spawn(move || {
                for i in 0..625 {
                    let path = match (t + i) % 4 {
                        0 => "/en/sip/183/",
                        1 => "/ja/sip/183-vs-437/",
                        2 => "/style.css",
                        _ => "/en/no-such-page/",
                    };
                    let (status, body) = get(port, path);
                    let expected = if path.contains("no-such") { 404 } else { 200 };
                    if status == expected && body.len() > 100 {
                        served.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    } else {
                        errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                }
            });
        }
    });
    assert_eq!(errors.into_inner(), 0, "requests that failed in the burst");
    assert_eq!(served.into_inner(), 10_000);
    assert_eq!(get(port, "/en/sip/183/").0, 200, "still up after the burst");
    drop(server);
}
