//! The command line: parses arguments, runs a stage, prints results. No logic.

use clap::{Parser, Subcommand};
use codeatlas::build::{BuildError, BuildOptions, build};
use std::path::PathBuf;
use std::process::ExitCode;

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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, out, base_url } => {
            let out = out.unwrap_or_else(|| root.join("public"));
            match build(&BuildOptions { root, out, base_url }) {
                Ok(report) => {
                    println!("{}", report.summary());
                    ExitCode::SUCCESS
                }
                Err(BuildError::Content(diags)) => {
                    for d in &diags {
                        eprintln!("error: {d}");
                    }
                    eprintln!(
                        "build failed: {} problem{}; the output folder was left as it was",
                        diags.len(),
                        if diags.len() == 1 { "" } else { "s" }
                    );
                    ExitCode::from(1)
                }
                Err(BuildError::Output(msg)) => {
                    eprintln!("error: {msg}");
                    ExitCode::from(1)
                }
            }
        }
    }
}
