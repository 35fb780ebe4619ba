//! The metric helper: parses quantities with units and renders a measured change as a phrase,
//! e.g. `Cut p99 latency from 1.2s to 180ms (-85%) across 3 services`.
//!
//! SKELETON: the full parser and renderer are being written; signatures are fixed.

use serde::{Deserialize, Serialize};

use super::draft::MetricSpec;

/// Whether a lower or a higher value is the better outcome for a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    Lower,
    Higher,
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
}

/// The kind of a quantity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dimension {
    Duration,
    Size,
    /// Events per unit of time; the string is the event noun ("req", "msgs", "" when bare).
    Rate(String),
    Percent,
    /// Money in one currency (ISO-ish code or symbol).
    Money(String),
    /// A plain count, optionally with a noun ("users").
    Count(String),
}

/// Why a metric could not be computed. Messages are written for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetricError {
    #[error("{0}")]
    Message(String),
}

/// A computed metric phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricPhrase {
    /// The whole phrase, e.g. `Cut p99 latency from 1.2s to 180ms (-85%) across 3 services`.
    pub text: String,
}

/// Parses one quantity such as `1.2s`, `40 min`, `$1.2M`, `9k req/s` or `2,000`.
pub fn parse_quantity(text: &str) -> Result<Quantity, MetricError> {
    Err(MetricError::Message(format!("cannot read `{text}` yet")))
}

impl MetricSpec {
    /// Computes the phrase for this measured change, or says what is missing or wrong.
    pub fn phrase(&self) -> Result<MetricPhrase, MetricError> {
        Err(MetricError::Message(
            "the metric helper is not finished".into(),
        ))
    }
}
