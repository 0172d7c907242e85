//! Output safety: a build killed mid-write leaves the previous site intact and
//! usable; concurrent builds into one folder cannot corrupt it; the generator
//! refuses output folders that are not its own to replace.

mod common;
use common::*;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The shipped site in a temp root: large enough (≈10k pages) that a build
/// takes long enough to be interrupted.
fn big_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "templates", "locales", "static"] {
        copy_dir(&repo().join(d), &dir.path().join(d));
    }
    dir
}

fn spawn_build(root: &std::path::Path, out: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .args(["build", "--quiet", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn a_build_killed_mid_write_leaves_the_previous_site_intact() {
    let site = big_site();
    let root = site.path();
    let out = root.join("public");
    ok(&build(root, &out, &[]));
    let before = tree(&out);
    // Change every page's footer so the next build rewrites everything.
    let ftl = root.join("locales/en/main.ftl");
    let text =
        std::fs::read_to_string(&ftl).unwrap().replace("corrections are welcome", "corrections are very welcome");
    std::fs::write(&ftl, text).unwrap();
    let mut interrupted = 0;
    for delay_ms in [30u64, 120, 300] {
        let mut child = spawn_build(root, &out);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok();
        child.wait().unwrap();
        if !finished {
            interrupted += 1;
            assert_eq!(tree(&out), before, "killed after {delay_ms} ms: the previous site must be intact");
        }
    }
    assert!(interrupted > 0, "no build was interrupted; the test needs a slower build");
    // The killed builds left a stale lock and staging folder: the next build takes them over.
    let stdout = ok(&build(root, &out, &[]));
    assert!(stdout.contains("built 19740 pages"), "{stdout}");
    assert!(read(&out, "en/index.html").contains("corrections are very welcome"));
    assert!(!root.join(".public.codeatlas-staging").exists());
}

#[test]
fn two_builds_at_once_do_not_corrupt_the_output() {
    let site = big_site();
    let root = site.path();
    let out = root.join("public");
    let reference = root.join("reference");
    ok(&build(root, &reference, &[]));
    let a = spawn_build(root, &out);
    let b = spawn_build(root, &out);
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let outcomes = [&a, &b];
    assert!(outcomes.iter().any(|o| o.status.success()), "at least one build succeeds");
    for o in outcomes.iter().filter(|o| !o.status.success()) {
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("another codeatlas build (process"), "a refused build says why: {err}");
    }
    let mut built = tree(&out);
    let mut expected = tree(&reference);
    built.retain(|k, _| !k.starts_with('.'));
    expected.retain(|k, _| !k.starts_with('.'));
    assert_eq!(built.len(), expected.len());
    assert!(built == expected, "the output equals a clean build");
}

#[test]
fn a_held_lock_is_reported_with_its_process() {
    let site = sample_site();
    let out = site.path().join("public");
    // This test process is alive: its PID in the lock file means a build is running.
    std::fs::write(site.path().join(".public.codeatlas-lock"), format!("{}\n", std::process::id())).unwrap();
    let o = build(site.path(), &out, &[]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("another codeatlas build (process {}) is writing to", std::process::id())), "{err}");
    assert!(!out.exists());
}

#[test]
fn refuses_output_folders_that_are_not_its_own() {
    let site = sample_site();
    let root = site.path();
    write(root, "mine/notes.txt", "keep");
    for (out, why) in [
        (root.to_path_buf(), "contains the site's sources"),
        (root.join("content"), "inside content/"),
        (root.join("templates/out"), "inside templates/"),
        (std::path::PathBuf::from("/"), "dedicated output folder"),
        (root.parent().unwrap().to_path_buf(), "contains the site's sources"),
        (root.join("mine"), "was not written by codeatlas"),
    ] {
        let start = Instant::now();
        let o = build(root, &out, &[]);
        assert!(!o.status.success(), "{} must be refused", out.display());
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(why), "{}: {err}", out.display());
        assert!(start.elapsed() < Duration::from_secs(5));
    }
    assert_eq!(read(root, "mine/notes.txt"), "keep");
    assert!(root.join("content/site.yaml").is_file());
}
