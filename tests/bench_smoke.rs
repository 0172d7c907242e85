//! The benchmark's generator and harness still run: a tiny generated site is
//! built by codeatlas and by the Hugo twin (page counts checked by the harness).
//! Numbers live in benches/README.md, never in tests.

mod common;
use std::process::Command;

#[test]
fn benchmark_harness_runs_on_a_tiny_site() {
    let out = Command::new("python3")
        .args(["benches/run.py", "--smoke", "--bin", env!("CARGO_BIN_EXE_codeatlas")])
        .current_dir(common::repo())
        .output()
        .expect("python3 is needed for the benchmark harness");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "benches/run.py --smoke failed:\n{text}");
    assert!(text.contains("smoke: codeatlas built"), "{text}");
    assert!(!text.contains("hugo not found"), "Hugo is missing; run ./test.sh, which installs it:\n{text}");
    assert!(text.contains("smoke: hugo built"), "{text}");
}
