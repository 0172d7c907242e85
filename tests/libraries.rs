//! The names content/http/libraries.yaml gives each status code are the ones
//! the libraries really have: Python's `http.HTTPStatus` (asked of the
//! installed Python), the Rust `http` crate's `StatusCode` constants (asked of
//! the crate itself) and Node's `http.STATUS_CODES` (asked of the installed
//! Node). Go, .NET and Java were checked against their sources and
//! documentation when the file was written (its header says how).

mod common;
use common::*;
use std::collections::BTreeMap;
use std::process::{Command, Stdio};

/// code → library id → name, as the file lists them.
fn names() -> BTreeMap<u16, BTreeMap<String, String>> {
    let site = codeatlas::source::SiteRoot::open(&repo()).unwrap();
    let site = codeatlas::site::load(&site).unwrap();
    let http = site.registries.iter().find(|r| r.id == "http").unwrap();
    let libs = http.libraries.as_ref().expect("content/http/libraries.yaml");
    let mut out: BTreeMap<u16, BTreeMap<String, String>> = BTreeMap::new();
    for (code, names) in &libs.codes {
        for (lib, name) in names {
            out.entry(*code).or_default().insert(lib.clone(), name.clone());
        }
    }
    assert!(out.len() >= 60, "{} codes with names", out.len());
    out
}

fn of(lib: &str) -> BTreeMap<u16, String> {
    names().into_iter().filter_map(|(code, n)| n.get(lib).map(|name| (code, name.clone()))).collect()
}

/// Runs `program` with `script`, feeding `input` as JSON on standard input;
/// returns its standard output parsed as JSON.
fn ask(program: &str, args: &[&str], input: &serde_json::Value) -> serde_json::Value {
    use std::io::Write;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} is needed for this test (./test.sh installs it): {e}"));
    child.stdin.take().unwrap().write_all(input.to_string().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{program} failed");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn python_names_are_members_of_http_httpstatus_with_that_value() {
    let names = of("python");
    let input = serde_json::to_value(&names).unwrap();
    let script = "import http, json, sys\n\
        d = json.load(sys.stdin)\n\
        m = http.HTTPStatus.__members__\n\
        print(json.dumps({k: (int(m[v]) if v in m else None) for k, v in d.items()}))";
    let got = ask("python3", &["-c", script], &input);
    for (code, name) in &names {
        assert_eq!(got[code.to_string()], serde_json::json!(code), "http.HTTPStatus.{name} is not {code}");
    }
}

#[test]
fn rust_names_are_the_http_crates_constants() {
    // The crate declares each constant with its reason phrase; the constant's
    // name is that phrase in upper snake case ("I'm a teapot" → IM_A_TEAPOT).
    for (code, name) in of("rust") {
        let status = http::StatusCode::from_u16(code).unwrap();
        let reason = status.canonical_reason().unwrap_or_else(|| panic!("the http crate has no constant for {code}"));
        let derived: String = reason
            .chars()
            .filter(|c| *c != '\'')
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' })
            .collect();
        assert_eq!(name, derived, "{code}: http::StatusCode::{derived} (\"{reason}\")");
    }
    // And a few by name, so the derivation itself is checked against the crate.
    assert_eq!(http::StatusCode::IM_A_TEAPOT.as_u16(), 418);
    assert_eq!(http::StatusCode::NON_AUTHORITATIVE_INFORMATION.as_u16(), 203);
    assert_eq!(http::StatusCode::MULTI_STATUS.as_u16(), 207);
    assert_eq!(http::StatusCode::HTTP_VERSION_NOT_SUPPORTED.as_u16(), 505);
}

#[test]
fn node_names_are_http_status_codes_entries() {
    let names = of("node");
    let input = serde_json::to_value(&names).unwrap();
    let script = "const d = JSON.parse(require('fs').readFileSync(0, 'utf8'));\
        const c = require('http').STATUS_CODES;\
        console.log(JSON.stringify(Object.fromEntries(Object.keys(d).map((k) => [k, c[k] ?? null]))));";
    let got = ask("node", &["-e", script], &input);
    for (code, name) in &names {
        assert_eq!(got[code.to_string()], serde_json::json!(name), "http.STATUS_CODES[{code}]");
    }
}
