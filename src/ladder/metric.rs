//! The metric helper: parses quantities with units and renders a measured change as a phrase,
//! e.g. `Cut p99 latency from 1.2s to 180ms (-85%) across 3 services`.
//!
//! The phrase is `<Verb> <what> from <before> to <after> (<change>)<scope>`. Every figure is the
//! user's own text (trimmed, runs of whitespace collapsed, a closing full stop dropped); only the
//! change in brackets is computed. `what` keeps its casing; the scope is appended as typed.
//!
//! Choices made here (the README repeats the notable ones):
//! - **Numbers**: `.` is the decimal point; `,` only separates groups of three digits (`2,000`,
//!   `1,200,000`). `1,5` is refused with a hint rather than guessed. A leading `~` is allowed and
//!   kept in the text. Negative numbers are refused: a resume metric is a magnitude. Scientific
//!   notation (`1e9`) is refused with a hint.
//! - **Suffixes**: `k`/`K` thousand, `M`/`mm`/`million` million, `bn`/`billion` billion. `B` right
//!   after a number is bytes (`500B`), but billions when a noun, a rate or a currency goes with it
//!   (`1.5B events`, `$2B`). A lone `m` (`5m`) could be minutes or millions, so it is refused with
//!   a hint (`5 min` or `5M`); with a noun or money (`1.2m users`, `$1.2m`) it means millions.
//! - **Durations** run from `ns` to years; `mo`/`month` count as 30 days and `y`/`yr`/`year`
//!   as 365 days. Unit names are case-insensitive (`40 Min`, `2 Hours`).
//! - **Sizes** are case-insensitive and always bytes: `KB`, `MB`, `GB`, `TB` are decimal (1000,
//!   as disk vendors and SI use), `KiB`, `MiB`, `GiB`, `TiB` are binary (1024). When both values
//!   use one unit the percentage is the same either way.
//! - **Rates** are `<noun>/<time>`, `<noun> per <time>`, `<noun> a <time>`, `<noun> daily`, or the
//!   tokens `rps`, `qps`, `tps`, `iops`, `bps`..`Gbps`. Nouns are compared loosely (`req/s`,
//!   `requests per second` and `rps` match); a bare rate (`1.2k/s`) matches any noun.
//!   `MB/s` and friends are converted to bytes per second.
//! - **Money** takes `$ € £ ¥ ₹` or a code (`USD`, `EUR`, ...) before or after the number, and may
//!   be per time (`$40k/month`). Currencies are never converted: `$` vs `€` is an error.
//! - **A plain number borrows the other side's unit**: `from 40 to 6 min`, `from 1.2k to 9k req/s`.
//! - **Change**: reductions and gains below 2x are percentages (whole percent; more decimals only
//!   when rounding would show `0%` or `100%` that is not true); gains of 2x and more are
//!   multipliers (one decimal below 10x: `2.5x`, `3x`; whole from 10x: `12x`, `1,200x`; ASCII
//!   `x`). Between two percentages the change is in percentage points (`48%` -> `71%` is
//!   `+23 pts`, `1 pt` when singular; one decimal, two below one point), because a relative change
//!   of a rate ("+48%") is easy to misread. An increase from zero has no ratio and is refused.
//! - **Direction** comes from `better`, or is guessed from `what` (see [`guess_better`]); when it
//!   cannot be guessed the user is asked. A change in the wrong direction is an error, not a
//!   bullet.
//! - **Verbs**: lower is better: `Cut` for a drop of 50% or more, `Reduced` below that. Higher is
//!   better: `Grew` for counts and money, otherwise `Raised` from 2x and `Increased` below 2x.

mod change;
mod direction;
mod number;
mod phrase;
mod quantity;
mod units;

use serde::{Deserialize, Serialize};

pub use change::Change;
pub use direction::guess_better;
pub use quantity::parse_quantity;

/// Whether a lower or a higher value is the better outcome for a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    /// Less is better: latency, cost, error rate.
    Lower,
    /// More is better: throughput, revenue, users.
    Higher,
}

impl Better {
    /// The word used in files and on the command line: `lower` or `higher`.
    pub fn name(self) -> &'static str {
        match self {
            Better::Lower => "lower",
            Better::Higher => "higher",
        }
    }

    /// The other direction.
    pub fn opposite(self) -> Better {
        match self {
            Better::Lower => Better::Higher,
            Better::Higher => Better::Lower,
        }
    }
}

/// A parsed quantity: a value in the base unit of its dimension, and how it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value converted to the dimension's base unit (seconds, bytes, per second, ...).
    pub base_value: f64,
    /// What kind of quantity it is; only quantities of one dimension can be compared.
    pub dimension: Dimension,
    /// The text as the user typed it, trimmed; this is what appears in the bullet.
    pub written: String,
    /// How many base units one written unit is (60 for `min`, 1e6 for `MB`, 1 for a bare
    /// number); lets a bare number borrow the unit of the value it is compared with.
    pub unit_factor: f64,
}

/// The kind of a quantity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dimension {
    /// A span of time; base unit seconds.
    Duration,
    /// An amount of data; base unit bytes.
    Size,
    /// Events per unit of time; the string is the event noun ("request", "message", "" when bare).
    /// Base unit: per second.
    Rate(String),
    /// A percentage; base unit one percent.
    Percent,
    /// Money in one currency (ISO code, e.g. `USD`).
    Money(String),
    /// A plain count, optionally with a noun ("user"); "" for a bare number.
    Count(String),
}

impl Dimension {
    /// A short description for messages, e.g. `a duration` or `an amount in EUR`.
    pub fn describe(&self) -> String {
        match self {
            Dimension::Duration => "a duration".into(),
            Dimension::Size => "a size".into(),
            Dimension::Rate(noun) if noun.is_empty() => "a rate".into(),
            Dimension::Rate(noun) if units::is_currency_code(noun) => {
                format!("an amount in {noun} per time")
            }
            Dimension::Rate(noun) => format!("a rate of {} per time", units::plural(noun)),
            Dimension::Percent => "a percentage".into(),
            Dimension::Money(code) => format!("an amount in {code}"),
            Dimension::Count(noun) if noun.is_empty() => "a plain number".into(),
            Dimension::Count(noun) => format!("a count of {}", units::plural(noun)),
        }
    }
}

/// Which value of the helper a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// What was measured.
    What,
    /// The value before the change.
    Before,
    /// The value after the change.
    After,
}

impl Field {
    /// The field's name as shown in the helper and in draft files.
    pub fn name(self) -> &'static str {
        match self {
            Field::What => "what",
            Field::Before => "before",
            Field::After => "after",
        }
    }
}

/// Why a metric could not be computed. Messages are written for the user and say what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetricError {
    /// Some of what, before and after are empty.
    #[error(
        "The metric helper still needs {}: fill in what was measured and the values before and after.",
        list_fields(.0)
    )]
    Missing(Vec<Field>),
    /// The text is not a number with a unit rung knows.
    #[error(
        "`{value}` is not a value rung can read{}. Write a number with an optional unit, e.g. 1.2s, 40 min, 2 GB, 9k req/s, 48%, $1.2M or 2,000 users.",
        reason_suffix(.reason)
    )]
    Unreadable {
        /// The value as written.
        value: String,
        /// What is wrong with it ("it is empty"); empty when there is nothing more to say.
        reason: String,
    },
    /// A comma that is not a thousands separator.
    #[error(
        "`{value}` uses a comma in a way rung cannot read: use a dot for decimals (1.5) and commas only between groups of three digits (2,000)."
    )]
    Comma {
        /// The value as written.
        value: String,
    },
    /// `5m`: minutes or millions?
    #[error(
        "`{value}` is ambiguous: `m` could mean minutes or millions. Write `{number} min` for minutes or `{number}M` for millions."
    )]
    AmbiguousM {
        /// The value as written.
        value: String,
        /// Its number without the `m`, to show both ways of writing it.
        number: String,
    },
    /// A negative number.
    #[error(
        "`{value}` is negative: write the plain size of each value (e.g. before 40 min, after 6 min) and rung works out the direction."
    )]
    Negative {
        /// The value as written.
        value: String,
    },
    /// A number too large to compute with.
    #[error("`{value}` is too large for rung to compute with: check the value.")]
    TooLarge {
        /// The value as written.
        value: String,
    },
    /// A problem with the before or after value, with the field named.
    #[error("The {} value: {source}", .field.name())]
    InField {
        /// The value the problem is in.
        field: Field,
        /// The problem itself.
        source: Box<MetricError>,
    },
    /// The two values measure different things.
    #[error(
        "`{before}` is {before_kind} but `{after}` is {after_kind}, so they cannot be compared{hint}."
    )]
    Incompatible {
        /// The before value as written.
        before: String,
        /// The after value as written.
        after: String,
        /// What kind of quantity the before value is, e.g. `a duration`.
        before_kind: String,
        /// What kind of quantity the after value is, e.g. `a size`.
        after_kind: String,
        /// The end of the message, saying how to make them comparable (starts with ": ").
        hint: &'static str,
    },
    /// Before and after are the same amount.
    #[error(
        "`{before}` and `{after}` are the same amount, so there is no change to show. Check the values, or describe the result in the free-text answer."
    )]
    Equal {
        /// The before value as written.
        before: String,
        /// The after value as written.
        after: String,
    },
    /// An increase from zero has no percentage or multiplier.
    #[error(
        "The change from `{before}` to `{after}` starts at zero, so it has no percentage or multiplier. Describe it in the free-text answer instead (e.g. \"Grew to {after}\")."
    )]
    ZeroBefore {
        /// The before value as written.
        before: String,
        /// The after value as written.
        after: String,
    },
    /// The ratio between the values is too large to be a sensible multiplier.
    #[error(
        "The change from `{before}` to `{after}` is too large to show as a multiplier: check both values."
    )]
    ChangeTooLarge {
        /// The before value as written.
        before: String,
        /// The after value as written.
        after: String,
    },
    /// rung cannot tell from `what` whether lower or higher is better.
    #[error(
        "rung cannot tell whether lower or higher is better for `{what}`. Say which: better = \"lower\" | \"higher\" in the draft's [metric] section, or --metric-better lower|higher on the command line."
    )]
    UnknownDirection {
        /// What was measured, as written.
        what: String,
    },
    /// The value moved the wrong way for this measure.
    #[error(
        "`{what}` went {moved} from `{before}` to `{after}`, but {better} is better for it{how}, so this would read as a setback. Check that before and after are not swapped, or, if {opposite} really is better here, set better = \"{opposite}\" (--metric-better {opposite}).",
        moved = if *.better == Better::Lower { "up" } else { "down" },
        better = .better.name(),
        opposite = .better.opposite().name(),
        how = if *.guessed { " (as rung reads it)" } else { " (as the metric says)" },
    )]
    WrongDirection {
        /// What was measured, as written.
        what: String,
        /// The before value as written.
        before: String,
        /// The after value as written.
        after: String,
        /// The direction that is better (set by the user or guessed).
        better: Better,
        /// True when `better` was guessed from `what`.
        guessed: bool,
    },
}

fn list_fields(fields: &[Field]) -> String {
    let names: Vec<&str> = fields.iter().map(|f| f.name()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("`{one}`"),
        [init @ .., last] => {
            let head: Vec<String> = init.iter().map(|n| format!("`{n}`")).collect();
            format!("{} and `{last}`", head.join(", "))
        }
    }
}

fn reason_suffix(reason: &str) -> String {
    if reason.is_empty() {
        String::new()
    } else {
        format!(" ({reason})")
    }
}

/// A computed metric phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricPhrase {
    /// The whole phrase, e.g. `Cut p99 latency from 1.2s to 180ms (-85%) across 3 services`.
    pub text: String,
    /// The opening verb, e.g. `Cut`.
    pub verb: &'static str,
    /// The computed change, e.g. a percentage of -85.
    pub change: Change,
    /// Whether lower or higher was taken to be better.
    pub better: Better,
    /// True when `better` was guessed from `what` rather than set by the user.
    pub better_guessed: bool,
}
