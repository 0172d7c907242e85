//! The command line: parses arguments, runs a command, prints what it found.
//! Exit status: 0 success, 1 problems in the inputs or the output, 2 usage.

use clap::{Parser, Subcommand, ValueEnum};
use codeatlas::commands::build::{BuildError, BuildOptions, Reporter, Silent, build};
use codeatlas::commands::{CommandError, check, new, serve, translated};
use codeatlas::diagnostics::{self, Diagnostic};
use codeatlas::site::Locale;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

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
    /// For people: each problem with its source line.
    Human,
    /// For tools.
    Json,
    /// GitHub Actions annotations on the lines of a pull request.
    Github,
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
        /// Web address of the source repository (for "Edit this page" links),
        /// overriding repository.url in content/site.yaml.
        #[arg(long)]
        repository: Option<String>,
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
        /// Output format.
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
    /// Translation: add a locale, export or import gettext PO files.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
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

#[derive(Subcommand)]
enum L10nCommand {
    /// Add a locale: list it in content/site.yaml and create locales/LOCALE/ with every message to translate.
    Add {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// A BCP 47 tag, e.g. fr, pt-BR, zh-Hans.
        locale: String,
    },
    /// Write LOCALE's gettext PO catalog: every record and pair text, with its translation.
    Export {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The locale to export, e.g. ko; the default locale (en) writes the template (POT).
        locale: String,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write a translated PO file back into the records (all or nothing).
    Import {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The PO file; its Language header names the locale.
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build { root, out, base_url, repository, quiet, verbose } => {
            run_build(root, out, (base_url, repository), quiet, verbose)
        }
        Command::Check { root, format, fix_hashes } => run_check(&root, format, fix_hashes),
        Command::Serve { root, port } => finish(&root, serve::serve(&root, port).map(|()| None)),
        Command::New { root, registry, code } => {
            let done = new::new_record(&root, &registry, code)
                .map(|path| Some(format!("wrote {}: fill in every field, then run `codeatlas check`", path.display())));
            finish(&root, done)
        }
        Command::L10n { command: L10nCommand::Add { root, locale } } => {
            let done = codeatlas::commands::l10n::add::add(&root, &locale).map(Some);
            finish(&root, done)
        }
        Command::L10n { command: L10nCommand::Export { root, locale, out } } => {
            let done = codeatlas::commands::l10n::export::export_po(&root, &locale).and_then(|po| match &out {
                Some(path) => codeatlas::commands::write_file(path, &po)
                    .map(|()| Some(format!("wrote {} ({} bytes)", path.display(), po.len()))),
                None => print_all(&po).map(|()| None),
            });
            finish(&root, done)
        }
        Command::L10n { command: L10nCommand::Import { root, file } } => {
            let done = codeatlas::commands::l10n::import::import_po(&root, &file).map(Some);
            finish(&root, done)
        }
        Command::Translated { root, file, locale } => {
            let Some(locale) = Locale::parse(&locale) else {
                eprintln!("error: `{locale}` is not a locale id");
                return ExitCode::from(2);
            };
            let done = translated::mark_translated(&root, &file, &locale).map(|n| {
                let what = match (file.extension().is_some_and(|e| e == "ftl"), n == 1) {
                    (true, true) => "message",
                    (true, false) => "messages",
                    (false, true) => "field",
                    (false, false) => "fields",
                };
                Some(format!(
                    "{}: marked {n} {what} of `{locale}` as translated from the current source",
                    file.display()
                ))
            });
            finish(&root, done)
        }
    }
}

/// Prints a command's outcome: its message, or its problems.
fn finish(root: &Path, result: Result<Option<String>, CommandError>) -> ExitCode {
    match result {
        Ok(message) => {
            if let Some(m) = message {
                stdout(&format!("{m}\n"));
            }
            ExitCode::SUCCESS
        }
        Err(CommandError::Content(ds)) => {
            eprint!("{}", diagnostics::human(root, &ds));
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_build(
    root: PathBuf,
    out: Option<PathBuf>,
    (base_url, repository): (Option<String>, Option<String>),
    quiet: bool,
    verbose: bool,
) -> ExitCode {
    let out = out.unwrap_or_else(|| root.join("public"));
    let terminal = std::io::stderr().is_terminal() && !quiet;
    let reporter: Arc<dyn Reporter> =
        if quiet { Arc::new(Silent) } else { Arc::new(Progress { terminal, verbose, last_quarter: Mutex::new(0) }) };
    match build(&BuildOptions { root: root.clone(), out, base_url, repository, reporter }) {
        Ok(report) => {
            if !quiet {
                stdout(&format!("{}\n", report.summary()));
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(diags)) => {
            eprint!("{}", diagnostics::human(&root, &diags));
            let n = diags.iter().filter(|d| d.is_error()).count();
            let s = if n == 1 { "" } else { "s" };
            eprintln!("build failed: {n} problem{s}; the output folder was left as it was");
            ExitCode::from(1)
        }
        Err(BuildError::Output(e)) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_check(root: &Path, format: Format, fix_hashes: bool) -> ExitCode {
    if fix_hashes {
        let fixed = codeatlas::source::SiteRoot::open(root)
            .map_err(|e| CommandError::Content(vec![Diagnostic::from(e)]))
            .and_then(|r| codeatlas::site::load(&r).map_err(CommandError::Content))
            .and_then(|site| translated::fix_missing_hashes(root, &site));
        match fixed {
            Ok(n) => eprintln!("recorded translated_from in {n} translation block{}", if n == 1 { "" } else { "s" }),
            Err(CommandError::Content(_)) => eprintln!("not recording hashes: fix the problems below first"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let report = check::check(root);
    match format {
        Format::Json => stdout(&format!("{}\n", serde_json::to_string_pretty(&report).unwrap_or_default())),
        Format::Github => stdout(&diagnostics::github(&report.diagnostics)),
        Format::Human => print_check(root, &report),
    }
    if report.errors() == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn print_check(root: &Path, report: &check::CheckReport) {
    eprint!("{}", diagnostics::human(root, &report.diagnostics));
    if !report.coverage.is_empty() {
        stdout(&check::coverage_table(&report.coverage));
    }
    let (errors, warnings) = (report.errors(), report.diagnostics.len() - report.errors());
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) => stdout("check passed: no problems\n"),
        (0, w) => stdout(&format!("check passed with {}\n", plural(w, "warning"))),
        (e, 0) => eprintln!("check failed: {}", plural(e, "problem")),
        (e, w) => eprintln!("check failed: {} and {}", plural(e, "problem"), plural(w, "warning")),
    }
}

/// Builds smaller than this print no progress lines to logs: they take a
/// fraction of a second, and the lines would only be noise (and, since pages
/// render in parallel, their count before an error varies from run to run).
const QUIET_BELOW_PAGES: usize = 1000;

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
        } else if total >= QUIET_BELOW_PAGES {
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

/// Writes `text` to standard output (flushed); a reader that stops early
/// (`| head`) is not an error.
fn print_all(text: &str) -> Result<(), codeatlas::commands::CommandError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(codeatlas::commands::CommandError::io(String::from("write to standard output"))(e))
        }
        _ => Ok(()),
    }
}

/// Prints a command's report to standard output. A reader that stops early
/// (`| head`) ends it quietly; any other failure (a full disk) is an error,
/// so a script never takes a missing report for a clean one.
fn stdout(text: &str) {
    if let Err(e) = print_all(text) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
