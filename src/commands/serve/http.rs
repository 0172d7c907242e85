//! The preview's HTTP side: static files of the preview folder on loopback
//! (GET and HEAD only, never outside the folder), the live-reload script and
//! error overlay injected into pages, and server-sent reload events.

use super::Shared;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Browsers listen here for reload events.
pub(super) const EVENTS_PATH: &str = "/__codeatlas/events";
/// Preview tabs listening at once; more get 503.
const MAX_EVENT_CLIENTS: usize = 32;

/// Answers one request. Only GET and HEAD, only files under the output folder.
pub(super) fn handle(mut stream: TcpStream, shared: &Arc<Shared>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.by_ref().take(8192).read_line(&mut request_line).is_err() {
        return;
    }
    // Drain the headers (bounded): we need none of them.
    let mut header = String::new();
    let mut budget = 64;
    while budget > 0 {
        header.clear();
        match reader.by_ref().take(8192).read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header == "\r\n" || header == "\n" => break,
            Ok(_) => budget -= 1,
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"only GET and HEAD\n",
            method == "HEAD",
        );
        return;
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS_PATH {
        events(stream, shared.clone());
        return;
    }
    let head = method == "HEAD";
    match resolve(&shared.out, path) {
        Resolved::File(file) => {
            let body = std::fs::read(&file).unwrap_or_default();
            let ctype = content_type(&file);
            if ctype.starts_with("text/html") {
                let body = inject(&body, shared);
                respond(&mut stream, "200 OK", ctype, &body, head);
            } else {
                respond(&mut stream, "200 OK", ctype, &body, head);
            }
        }
        Resolved::Redirect(to) => {
            let msg = format!(
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            let _ = stream.write_all(msg.as_bytes());
        }
        Resolved::NotFound => {
            let body = std::fs::read(shared.out.join("404.html")).unwrap_or_else(|_| b"not found\n".to_vec());
            let body = inject(&body, shared);
            respond(&mut stream, "404 Not Found", "text/html; charset=utf-8", &body, head);
        }
    }
}

enum Resolved {
    File(PathBuf),
    Redirect(String),
    NotFound,
}

/// Maps a URL path to a file under `out`, refusing anything that could leave it:
/// `..` (also percent-encoded), backslashes, NUL, and symbolic links out.
fn resolve(out: &Path, url_path: &str) -> Resolved {
    let Some(decoded) = percent_decode(url_path) else { return Resolved::NotFound };
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return Resolved::NotFound;
    }
    let rel = Path::new(decoded.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Resolved::NotFound;
    }
    let mut file = out.join(rel);
    if file.is_dir() {
        if !decoded.ends_with('/') {
            return Resolved::Redirect(format!("{url_path}/"));
        }
        file = file.join("index.html");
    }
    match (file.canonicalize(), out.canonicalize()) {
        (Ok(f), Ok(o)) if f.starts_with(&o) && f.is_file() => Resolved::File(f),
        _ => Resolved::NotFound,
    }
}

/// Decodes `%XX` escapes of a URL path; `None` for malformed escapes or non-UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The Content-Type for a file of the built site.
pub fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn respond(stream: &mut TcpStream, status: &str, ctype: &str, body: &[u8], head: bool) {
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    if !head {
        let _ = stream.write_all(body);
    }
}

/// Adds the live-reload script, and the current build error as an overlay.
fn inject(body: &[u8], shared: &Shared) -> Vec<u8> {
    let html = String::from_utf8_lossy(body);
    let error = shared.state.lock().map(|s| s.error.clone()).unwrap_or(None);
    let overlay = error.map(|e| {
        format!(
            "<div id=\"codeatlas-error\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;background:#300;color:#fdd;padding:1rem;z-index:9\"><strong>codeatlas: the last edit did not build</strong><pre style=\"white-space:pre-wrap\">{}</pre></div>",
            escape(&e)
        )
    });
    let script = format!(
        "<script>(function(){{var es=new EventSource(\"{EVENTS_PATH}\");es.addEventListener(\"reload\",function(){{location.reload()}});}})();</script>"
    );
    let extra = format!("{}{script}", overlay.unwrap_or_default());
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]).into_bytes(),
        None => format!("{html}{extra}").into_bytes(),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Server-sent events: one `reload` event per finished build (good or broken:
/// a broken one reloads to show its error, the next good one to clear it).
fn events(mut stream: TcpStream, shared: Arc<Shared>) {
    {
        let mut n = shared.event_clients.lock().unwrap_or_else(|e| e.into_inner());
        if *n >= MAX_EVENT_CLIENTS {
            respond(&mut stream, "503 Service Unavailable", "text/plain", b"too many preview tabs\n", false);
            return;
        }
        *n += 1;
    }
    std::thread::spawn(move || {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 1000\n\n";
        if stream.write_all(head.as_bytes()).is_ok() {
            let mut seen = shared.state.lock().map(|s| s.generation).unwrap_or(0);
            loop {
                let st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
                let (st, _) =
                    shared.changed.wait_timeout(st, Duration::from_secs(15)).unwrap_or_else(|e| e.into_inner());
                let generation = st.generation;
                drop(st);
                let msg = if generation != seen { "event: reload\ndata: {}\n\n" } else { ": keep-alive\n\n" };
                seen = generation;
                if stream.write_all(msg.as_bytes()).is_err() {
                    break;
                }
            }
        }
        let mut n = shared.event_clients.lock().unwrap_or_else(|e| e.into_inner());
        *n = n.saturating_sub(1);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        std::fs::create_dir_all(out.join("en")).unwrap();
        std::fs::write(out.join("en/index.html"), "x").unwrap();
        std::fs::write(tmp.path().join("secret.yaml"), "x").unwrap();
        assert!(matches!(resolve(&out, "/en/"), Resolved::File(_)));
        assert!(matches!(resolve(&out, "/en"), Resolved::Redirect(_)));
        for bad in [
            "/../secret.yaml",
            "/%2e%2e/secret.yaml",
            "/en/%2E%2E/%2E%2E/secret.yaml",
            "/..%2fsecret.yaml",
            "/en/..\\..\\secret.yaml",
            "/%00",
            "/%zz",
        ] {
            assert!(matches!(resolve(&out, bad), Resolved::NotFound), "{bad}");
        }
    }
}
