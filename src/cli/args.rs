//! The command line, as clap types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use super::values::*;

/// rung: climb a resume bullet up five rungs (task, tools, stack, method, metric).
#[derive(Debug, Parser)]
#[command(name = "rung", version, about, long_about = None)]
pub struct Cli {
    /// The workspace folder (default: your data folder, e.g. ~/.local/share/rung).
    #[arg(long, global = true, env = "RUNG_WORKSPACE", value_name = "DIR")]
    pub workspace: Option<PathBuf>,

    /// Open a throwaway copy of a demo workspace to look around.
    #[arg(long)]
    pub demo: bool,

    /// How to reach your clipboard (default: the config's `clipboard`, else auto-detect).
    #[arg(long, global = true, value_enum, value_name = "PROVIDER")]
    pub clipboard: Option<ClipboardArg>,

    /// The command to run; none opens the interactive coach.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Every subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new draft in the interactive coach.
    New {
        /// The role this bullet belongs to (see `rung role list`).
        #[arg(long, value_name = "KEY")]
        role: Option<String>,
        /// The question pack to use (see `rung packs`).
        #[arg(long, value_name = "NAME")]
        pack: Option<String>,
    },
    /// Resume a draft in the interactive coach, at the rung where you left it.
    Open {
        /// The draft's id (see `rung list`).
        id: String,
    },
    /// Create a draft from answers on the command line; prints its id.
    Add(AddArgs),
    /// Change a draft's answers, role, tags or status.
    Set(SetArgs),
    /// List drafts: id, level, status and the start of the bullet.
    List {
        /// Only drafts of this role.
        #[arg(long, value_name = "KEY")]
        role: Option<String>,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Print a draft's bullet.
    Show {
        /// The draft's id.
        id: String,
        /// Assemble in this style instead of the draft's own.
        #[arg(long, value_enum)]
        style: Option<StyleArg>,
        /// Print JSON with the answers, level and style too.
        #[arg(long)]
        json: bool,
    },
    /// Print finished bullets as text, Markdown, JSON Resume, RenderCV YAML or LaTeX, write them
    /// to a Word file, or merge them into your resume file.
    Export(ExportArgs),
    /// Copy a draft's bullet, or a role's finished bullets as a list, to the clipboard.
    Copy(CopyArgs),
    /// Move a draft to the trash (nothing is deleted for good).
    Delete {
        /// The draft's id.
        id: String,
    },
    /// Bring a draft back from the trash.
    Restore {
        /// The draft's id.
        id: String,
    },
    /// Manage roles (the jobs your bullets belong to).
    #[command(subcommand)]
    Role(RoleCommand),
    /// List question packs and where each came from.
    Packs,
    /// Check bullets you already have: findings, rungs reached, and the next question.
    Check(CheckArgs),
    /// Report every problem in the workspace; `--fix` quarantines broken files and repairs the rest.
    Doctor {
        /// Move broken files to `quarantine/`, tighten permissions, recreate what is missing.
        #[arg(long)]
        fix: bool,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Bring your resume in: read a PDF, DOCX, LaTeX source or LinkedIn export, show its bullets
    /// by role with their levels and findings, and make one draft per bullet.
    Import(ImportArgs),
    /// Compare a job description with your finished bullets: which of its keywords you cover.
    Match(MatchArgs),
    /// Show which competency areas of its pack a role's bullets cover.
    Coverage(CoverageArgs),
    /// Fill the workspace with generated drafts (for benchmarks and tests).
    #[command(hide = true)]
    Generate {
        /// How many drafts to write.
        #[arg(long, default_value_t = 1000)]
        drafts: usize,
        /// Seed for the generator; the same seed writes the same drafts.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// `rung role ...`
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Add a role.
    Add {
        /// A short key to name the role on the command line, e.g. `acme`.
        key: String,
        /// The company or organisation, e.g. "Acme".
        #[arg(long)]
        company: String,
        /// Your job title there, e.g. "Backend engineer".
        #[arg(long)]
        title: String,
        /// Start month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        start: Option<String>,
        /// End month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM", conflicts_with = "current")]
        end: Option<String>,
        /// You still hold this role.
        #[arg(long)]
        current: bool,
        /// The question pack new drafts of this role start with (see `rung packs`).
        #[arg(long, value_name = "NAME")]
        pack: Option<String>,
    },
    /// List roles.
    List {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
}

/// The answers, as flags shared by `add` and `set`.
#[derive(Debug, Args, Default)]
pub struct AnswerFlags {
    /// What you used: languages, frameworks, libraries.
    #[arg(long)]
    pub tools: Option<String>,
    /// The wider stack: data stores, queues, infrastructure.
    #[arg(long)]
    pub stack: Option<String>,
    /// How you did it: the pattern or decision.
    #[arg(long)]
    pub method: Option<String>,
    /// The result, in your own words.
    #[arg(long)]
    pub metric: Option<String>,
    /// Metric helper: what you measured, e.g. "p99 latency".
    #[arg(long, value_name = "WHAT")]
    pub metric_what: Option<String>,
    /// Metric helper: the value before, e.g. "1.2s".
    #[arg(long, value_name = "VALUE")]
    pub metric_before: Option<String>,
    /// Metric helper: the value after, e.g. "180ms".
    #[arg(long, value_name = "VALUE")]
    pub metric_after: Option<String>,
    /// Metric helper: the scope, with its own preposition, e.g. "across 3 services".
    #[arg(long, value_name = "SCOPE")]
    pub metric_scope: Option<String>,
    /// Metric helper: whether lower or higher is better for this measure.
    #[arg(long, value_enum, value_name = "lower|higher")]
    pub metric_better: Option<BetterArg>,
    /// The role this bullet belongs to (see `rung role list`).
    #[arg(long, value_name = "KEY")]
    pub role: Option<String>,
    /// The question pack (see `rung packs`).
    #[arg(long, value_name = "NAME")]
    pub pack: Option<String>,
    /// A tag; repeat for more.
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// The style the bullet is assembled in.
    #[arg(long, value_enum)]
    pub style: Option<StyleArg>,
}

/// `rung add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// What you worked on, opened by a strong past-tense verb.
    #[arg(long)]
    pub task: String,
    /// The other answers, the metric helper, and the draft's role, pack, tags and style.
    #[command(flatten)]
    pub answers: AnswerFlags,
    /// Mark the draft finished, ready for export (refused while the metric helper fails or
    /// the coach finds an error).
    #[arg(long)]
    pub finish: bool,
    /// With --finish: finish the draft even though the metric helper fails or the coach
    /// finds an error.
    #[arg(long, requires = "finish")]
    pub force: bool,
}

/// `rung set`
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The draft's id.
    pub id: String,
    /// What you worked on.
    #[arg(long)]
    pub task: Option<String>,
    /// The other answers, the metric helper, and the draft's role, pack, tags and style.
    #[command(flatten)]
    pub answers: AnswerFlags,
    /// Remove a tag; repeat for more.
    #[arg(long = "untag", value_name = "TAG")]
    pub untag: Vec<String>,
    /// Mark the draft finished (refused while the metric helper fails or the coach finds an
    /// error).
    #[arg(long, conflicts_with = "unfinish")]
    pub finish: bool,
    /// With --finish: finish the draft even though the metric helper fails or the coach
    /// finds an error.
    #[arg(long, requires = "finish")]
    pub force: bool,
    /// Mark the draft as a draft again.
    #[arg(long)]
    pub unfinish: bool,
}

/// `rung export`
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Only this role.
    #[arg(long, value_name = "KEY")]
    pub role: Option<String>,
    /// Only drafts with this tag.
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Include unfinished drafts too.
    #[arg(long)]
    pub all: bool,
    /// Assemble every bullet in this style.
    #[arg(long, value_enum)]
    pub style: Option<StyleArg>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE", conflicts_with = "into")]
    pub output: Option<PathBuf>,
    /// Merge into this existing resume file (json-resume, rendercv or latex), keeping a .bak beside it.
    #[arg(long, value_name = "FILE")]
    pub into: Option<PathBuf>,
    /// Your name, for a fresh RenderCV or JSON Resume file (default: `name` in rung.toml; RenderCV
    /// asks once at a terminal and keeps it there).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// With --into: replace a matched job's highlights, or append the new ones.
    #[arg(long, value_enum, default_value = "replace", requires = "into")]
    pub merge: MergeArg,
}

/// `rung copy`
#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The draft's id; leave it out and give --role or --tag to copy a list of bullets.
    #[arg(required_unless_present_any = ["role", "tag"])]
    pub id: Option<String>,
    /// Copy this role's finished bullets as a `- ` list.
    #[arg(long, value_name = "KEY", conflicts_with = "id")]
    pub role: Option<String>,
    /// Copy the finished bullets with this tag as a `- ` list.
    #[arg(long, value_name = "TAG", conflicts_with = "id")]
    pub tag: Option<String>,
    /// With --role or --tag: include unfinished drafts too.
    #[arg(long, conflicts_with = "id")]
    pub all: bool,
    /// Assemble in this style instead of the draft's own.
    #[arg(long, value_enum)]
    pub style: Option<StyleArg>,
}

/// `rung check`
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The file to check: plain text, Markdown, JSON Resume or RenderCV YAML, or a resume as
    /// PDF, DOCX, LaTeX or LinkedIn export. `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The input's format (default: guessed from the file name and content).
    #[arg(long, value_enum, default_value = "auto")]
    pub input_format: InputFormatArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// Turn every checked bullet into a draft, filled in as far as the bullet goes.
    #[arg(long)]
    pub import: bool,
    /// The role the bullets belong to (present tense is fine for a current role).
    #[arg(long, value_name = "KEY")]
    pub role: Option<String>,
    /// The pack whose questions are suggested (default: the workspace's, or general).
    #[arg(long, value_name = "NAME")]
    pub pack: Option<String>,
    /// The lowest level that makes the check fail (exit 1).
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
}

/// `rung import`
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Your resume: a PDF, a DOCX, a LaTeX source (.tex), or LinkedIn's data export (the ZIP
    /// or its Positions.csv).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Import without asking.
    #[arg(long, short)]
    pub yes: bool,
    /// Output format (JSON imports only with --yes).
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// The pack the new drafts use (default: the workspace's).
    #[arg(long, value_name = "NAME")]
    pub pack: Option<String>,
}

/// `rung match`
#[derive(Debug, Args)]
pub struct MatchArgs {
    /// The job description, as a text or Markdown file (`-` reads standard input).
    #[arg(value_name = "JD_FILE")]
    pub file: PathBuf,
    /// Only this role's bullets.
    #[arg(long, value_name = "KEY")]
    pub role: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
}

/// `rung coverage`
#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// Only this role (default: every role, one after the other).
    #[arg(long, value_name = "KEY")]
    pub role: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
}
