//! Typed configuration: command-line flags with environment-variable equivalents.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "server", version, about = "Mentorhub sync server")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Serve the app and the API (the default).
    Serve(ServeArgs),
    /// Carry comment anchors from one version of a text to the next and print where each lands
    /// (the engine the server runs on every new version).
    Reanchor(ReanchorArgs),
    /// Score a selection panel from a CSV of ratings and print calibrated scores, reliability per
    /// competency and rater flags as JSON (the engine the server runs on every recompute).
    Scores(ScoresArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ScoresArgs {
    /// CSV with a header and the columns candidate, rater, competency, score (in any order).
    #[arg(long, required_unless_present = "simulate")]
    pub input: Option<PathBuf>,
    /// Places in the program: adds each candidate's probability of falling within them.
    #[arg(long)]
    pub capacity: Option<usize>,
    /// Competency weights, e.g. `communication=2,leadership=1.5` (unlisted competencies weigh 1).
    #[arg(long, value_delimiter = ',')]
    pub weight: Vec<String>,
    /// Instead of scoring, print a simulated panel of this many candidates as CSV (3 raters
    /// each from a panel of 20, 5 competencies, planted rater severities) — to try the tool.
    #[arg(long, conflicts_with = "input")]
    pub simulate: Option<usize>,
    /// Also time Krippendorff's alpha alone per competency (for the benchmark), on standard error.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ReanchorArgs {
    /// The text the anchors were made on (UTF-8).
    #[arg(long)]
    pub old: PathBuf,
    /// The new version of the text (UTF-8).
    #[arg(long)]
    pub new: PathBuf,
    /// A JSON array of `{id, exact, prefix, suffix, start, end}`; positions count characters.
    #[arg(long)]
    pub anchors: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "MENTORHUB_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    /// Database URL: `sqlite://PATH` or `postgres://...`. Defaults to `DATA_DIR/mentorhub.db`.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Folder for the SQLite file, uploaded files and (in development) outgoing e-mail.
    #[arg(long, env = "MENTORHUB_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Folder with the built client (Trunk's output).
    #[arg(long, env = "MENTORHUB_DIST_DIR", default_value = "dist")]
    pub dist_dir: PathBuf,
    /// The address people open, used in e-mailed links; `https://` also makes cookies Secure.
    /// Defaults to `http://ADDR`.
    #[arg(long, env = "MENTORHUB_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Send e-mail through this SMTP server (`smtp://host:port`). Without it, e-mails are written
    /// as .eml files to `DATA_DIR/outbox/`.
    #[arg(long, env = "MENTORHUB_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of e-mails.
    #[arg(
        long,
        env = "MENTORHUB_MAIL_FROM",
        default_value = "Mentorhub <no-reply@mentorhub.localhost>"
    )]
    pub mail_from: String,
    /// The largest file a person may upload, in megabytes.
    #[arg(long, env = "MENTORHUB_MAX_UPLOAD_MB", default_value_t = 20)]
    pub max_upload_mb: usize,
    /// Seed the demo programs into an empty database and print the demo logins.
    #[arg(long, env = "MENTORHUB_DEMO")]
    pub demo: bool,
}

impl ServeArgs {
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("mentorhub.db").display()))
    }

    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr))
            .trim_end_matches('/')
            .to_owned()
    }
}
