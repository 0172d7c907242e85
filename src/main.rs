//! The command line: parses arguments, runs a stage, prints results. No logic.

use clap::{Parser, Subcommand, ValueEnum};
use codeatlas::build::{BuildError, BuildOptions, Reporter, build};
use codeatlas::site::Locale;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::Mutex;

#[derive(Parser)]
#[command(
    name = "codeatlas",
    version,
    about = "Builds the codeatlas reference site from YAML records, Fluent files and Tera templates"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into an output folder.
    Build {
        /// Site folder holding content/, locales/, templates/ and static/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder [default: ROOT/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Public URL of the site, overriding base_url in content/site.yaml.
        #[arg(long)]
        base_url: Option<String>,
        /// Print errors only.
        #[arg(long, short, conflicts_with = "verbose")]
        quiet: bool,
        /// Print each stage with its time.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Check everything a build reads, write nothing, report every problem.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output format for tools.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Record translated_from hashes in translation blocks that have none.
        #[arg(long)]
        fix_hashes: bool,
    },
    /// Preview the site on 127.0.0.1, rebuilding and reloading on every change.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
    /// Write a new record with every field for every locale, ready to fill in.
    New {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Registry folder, e.g. sip.
        registry: String,
        /// The response code, e.g. 199.
        code: u16,
    },
    /// Mark a file's translation into LOCALE as up to date with the source text.
    Translated {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// A record or pair file, e.g. content/sip/183.yaml.
        file: PathBuf,
        /// The translation's locale, e.g. ja.
        locale: String,
    },
}

/// Draws a progress bar on a terminal; prints a line per quarter otherwise (CI logs).
struct Progress {
    terminal: bool,
    verbose: bool,
    last_quarter: Mutex<usize>,
}

impl Reporter for Progress {
    fn stage(&self, name: &str, seconds: f64) {
        if self.verbose {
            self.clear();
            eprintln!("{name} ({seconds:.2} s)");
        }
    }
    fn progress(&self, done: usize, total: usize) {
        if self.terminal {
            let width = 30;
            let filled = done * width / total.max(1);
            eprint!("\r[{}{}] {done}/{total} pages", "#".repeat(filled), " ".repeat(width - filled));
            if done == total {
                self.clear();
            }
            let _ = std::io::stderr().flush();
        } else {
            let quarter = done * 4 / total.max(1);
            let mut last = self.last_quarter.lock().unwrap_or_else(|e| e.into_inner());
            if quarter > *last {
                *last = quarter;
                eprintln!("rendered {done}/{total} pages");
            }
        }
    }
}

impl Progress {
    fn clear(&self) {
        if self.terminal {
            eprint!("\r{}\r", " ".repeat(60));
        }
    }
}

fn print_diagnostics(root: &std::path::Path, diags: &[codeatlas::diagnostics::Diagnostic]) {
    for d in diags {
        eprintln!("error: {}", d.with_snippet(root));
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, out, base_url, quiet, verbose } => {
            let out = out.unwrap_or_else(|| root.join("public"));
            let terminal = std::io::stderr().is_terminal() && !quiet;
            let reporter: Arc<dyn Reporter> = if quiet {
                Arc::new(codeatlas::build::Silent)
            } else {
                Arc::new(Progress { terminal, verbose, last_quarter: Mutex::new(0) })
            };
            match build(&BuildOptions { root: root.clone(), out, base_url, reporter }) {
                Ok(report) => {
                    if !quiet {
                        println!("{}", report.summary());
                    }
                    ExitCode::SUCCESS
                }
                Err(BuildError::Content(diags)) => {
                    print_diagnostics(&root, &diags);
                    let n = diags.len();
                    eprintln!(
                        "build failed: {n} problem{}; the output folder was left as it was",
                        if n == 1 { "" } else { "s" }
                    );
                    ExitCode::from(1)
                }
                Err(BuildError::Output(msg)) => {
                    eprintln!("error: {msg}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Check { root, format, fix_hashes } => {
            if fix_hashes {
                match codeatlas::site::load(&root) {
                    Ok(site) => match codeatlas::hashes::fix_missing_hashes(&root, &site) {
                        Ok(n) => eprintln!(
                            "recorded translated_from in {n} translation block{}",
                            if n == 1 { "" } else { "s" }
                        ),
                        Err(e) => {
                            eprintln!("error: {e}");
                            return ExitCode::from(1);
                        }
                    },
                    Err(_) => eprintln!("not recording hashes: fix the problems below first"),
                }
            }
            let report = codeatlas::check::check(&root);
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default()),
                Format::Human => {
                    print_diagnostics(&root, &report.diagnostics);
                    for s in &report.stale {
                        println!(
                            "stale: {} `{}.{}`: the source text changed since it was translated",
                            s.path, s.locale, s.field
                        );
                    }
                    if !report.coverage.is_empty() {
                        print!("{}", codeatlas::check::coverage_table(&report.coverage));
                    }
                    let n = report.diagnostics.len();
                    if n == 0 {
                        println!("check passed: no problems");
                    } else {
                        eprintln!("check failed: {n} problem{}", if n == 1 { "" } else { "s" });
                    }
                }
            }
            if report.diagnostics.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
        }
        Command::Serve { root, port } => match codeatlas::serve::serve(&root, port) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Command::New { root, registry, code } => match codeatlas::scaffold::new_record(&root, &registry, code) {
            Ok(path) => {
                println!("wrote {}: fill in every field, then run `codeatlas check`", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Command::Translated { root, file, locale } => {
            let Some(locale) = Locale::parse(&locale) else {
                eprintln!("error: `{locale}` is not a locale id");
                return ExitCode::from(2);
            };
            match codeatlas::hashes::mark_translated(&root, &file, &locale) {
                Ok(n) => {
                    println!(
                        "{}: marked {n} field{} of `{locale}` as translated from the current source",
                        file.display(),
                        if n == 1 { "" } else { "s" }
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}
