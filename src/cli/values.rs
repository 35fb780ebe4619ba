//! The values command-line flags take, as clap value enums, and what they mean to the domain.

use clap::ValueEnum;

use crate::export::MergeMode;
use crate::export::clipboard::Preference;
use crate::ladder::{Better, Style};

/// How `--into` treats a job already in the file.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MergeArg {
    /// Its highlights become the exported bullets.
    Replace,
    /// The exported bullets are added after its highlights (skipping ones already there).
    Append,
}

impl From<MergeArg> for MergeMode {
    fn from(m: MergeArg) -> MergeMode {
        match m {
            MergeArg::Replace => MergeMode::Replace,
            MergeArg::Append => MergeMode::Append,
        }
    }
}

/// Clipboard providers, as command-line values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ClipboardArg {
    /// Choose from the environment (tmux, SSH, display).
    Auto,
    /// tmux's buffer, passed on to the terminal.
    Tmux,
    /// The OSC 52 escape sequence, to the terminal itself.
    Osc52,
    /// The system clipboard (wl-copy, xclip, xsel, pbcopy, clip.exe, or clipboard_command).
    System,
    /// Print the text to select by hand.
    Print,
}

impl From<ClipboardArg> for Preference {
    fn from(c: ClipboardArg) -> Preference {
        match c {
            ClipboardArg::Auto => Preference::Auto,
            ClipboardArg::Tmux => Preference::Tmux,
            ClipboardArg::Osc52 => Preference::Osc52,
            ClipboardArg::System => Preference::System,
            ClipboardArg::Print => Preference::Print,
        }
    }
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Plain text: each role's heading and dates, then its bullets as `- ` lines.
    Text,
    /// Markdown: a heading per role, then its bullets as a list.
    Markdown,
    /// A JSON Resume document (jsonresume.org); roles become `work` entries.
    JsonResume,
    /// RenderCV YAML; roles become `cv.sections.experience` entries.
    Rendercv,
    /// LaTeX for Jake's resume template: `\resumeSubheading` blocks of `\resumeItem` lines.
    Latex,
    /// A Word document (needs -o): roles as headings, bullets as a list.
    Docx,
}

/// The two styles, as command-line values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StyleArg {
    /// What you did, with what and how, then the result.
    ImpactLast,
    /// The result first, then how you got it (the XYZ shape).
    ImpactFirst,
}

impl From<StyleArg> for Style {
    fn from(s: StyleArg) -> Style {
        match s {
            StyleArg::ImpactLast => Style::ImpactLast,
            StyleArg::ImpactFirst => Style::ImpactFirst,
        }
    }
}

/// Lower or higher is better, as command-line values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum BetterArg {
    /// Less is better, e.g. latency or cost.
    Lower,
    /// More is better, e.g. throughput or revenue.
    Higher,
}

impl From<BetterArg> for Better {
    fn from(b: BetterArg) -> Better {
        match b {
            BetterArg::Lower => Better::Lower,
            BetterArg::Higher => Better::Higher,
        }
    }
}

/// Input formats of `rung check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// Guess from the file name and content.
    Auto,
    /// Plain text: each non-empty line is a bullet, a blank line starts a new group.
    Text,
    /// Markdown: list items are bullets, a heading starts a new group.
    Markdown,
    /// A JSON Resume document: the highlights of each job, project and volunteer entry.
    JsonResume,
    /// RenderCV YAML: the highlights of each entry under `cv.sections`.
    Rendercv,
}

/// Output of the coach's commands: readable text or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Readable text.
    Text,
    /// JSON, for scripts.
    Json,
}

/// When `rung check` fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any warning or error.
    Warning,
    /// Only errors.
    Error,
}
