//! The GitHub Pages workflow is valid (actionlint) and runs only commands that
//! exist in the repo, with the current majors of the Pages actions.

mod common;
use common::repo;
use std::process::Command;

const WORKFLOW: &str = ".github/workflows/pages.yml";

#[test]
fn actionlint_accepts_the_workflow() {
    let out = Command::new("actionlint")
        .arg(WORKFLOW)
        .current_dir(repo())
        .output()
        .unwrap_or_else(|e| panic!("actionlint is not installed ({e}); run ./test.sh, which installs it"));
    assert!(
        out.status.success(),
        "actionlint:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn steps_run_commands_that_exist_and_current_pages_actions() {
    let text = std::fs::read_to_string(repo().join(WORKFLOW)).unwrap();
    let runs: Vec<&str> = text.lines().filter_map(|l| l.trim().strip_prefix("run: ")).collect();
    assert!(runs.len() >= 3, "{runs:?}");
    for cmd in &runs {
        let program = cmd.split_whitespace().next().unwrap();
        if let Some(script) = program.strip_prefix("./") {
            let path = repo().join(script);
            let meta = std::fs::metadata(&path).unwrap_or_else(|_| panic!("{cmd}: {script} does not exist"));
            use std::os::unix::fs::PermissionsExt;
            assert!(meta.permissions().mode() & 0o111 != 0, "{script} is not executable");
            // build.sh passes its arguments to `codeatlas build`: each flag must exist.
            if script == "build.sh" {
                let help = String::from_utf8(common::codeatlas(&["build", "--help"]).stdout).unwrap();
                for flag in cmd.split_whitespace().filter(|w| w.starts_with("--")) {
                    assert!(help.contains(flag), "codeatlas build has no {flag}");
                }
            }
        } else {
            assert_eq!(program, "cargo", "unexpected command {cmd}");
            // `cargo run -- <subcommand>`: the subcommand must be one codeatlas has.
            let sub = cmd.split(" -- ").nth(1).and_then(|s| s.split_whitespace().next()).unwrap();
            let help = common::codeatlas(&[sub, "--help"]);
            assert!(help.status.success(), "codeatlas has no `{sub}` command");
        }
    }
    assert!(
        text.contains("./build.sh --base-url \"${{ steps.pages.outputs.base_url }}/\""),
        "the build takes the base URL from configure-pages"
    );
    for action in ["actions/configure-pages@v6", "actions/upload-pages-artifact@v5", "actions/deploy-pages@v5"] {
        assert!(text.contains(&format!("uses: {action}")), "expected {action} (the Node 24 majors)");
    }
}
