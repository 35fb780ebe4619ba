//! What the user typed for each rung: the five free-text answers and the structured metric
//! helper.

use serde::{Deserialize, Serialize};

use crate::ladder::metric::Better;
use crate::ladder::rung::Rung;

/// The free-text answer of each rung. Empty means not answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// What was done, e.g. "Rebuilt the invoice export service".
    pub task: String,
    /// What it was done with, e.g. "Rust and Axum".
    pub tools: String,
    /// The wider stack, e.g. "PostgreSQL and S3".
    pub stack: String,
    /// How it was done, e.g. "by streaming rows instead of building the file in memory".
    pub method: String,
    /// The result in words; the structured helper is [`Draft::metric`](super::Draft::metric).
    pub metric: String,
}

impl Answers {
    /// The answer to one rung.
    pub fn get(&self, rung: Rung) -> &str {
        match rung {
            Rung::Task => &self.task,
            Rung::Tools => &self.tools,
            Rung::Stack => &self.stack,
            Rung::Method => &self.method,
            Rung::Metric => &self.metric,
        }
    }

    /// Mutable access to the answer of one rung.
    pub fn get_mut(&mut self, rung: Rung) -> &mut String {
        match rung {
            Rung::Task => &mut self.task,
            Rung::Tools => &mut self.tools,
            Rung::Stack => &mut self.stack,
            Rung::Method => &mut self.method,
            Rung::Metric => &mut self.metric,
        }
    }

    /// Replaces the answer of one rung.
    pub fn set(&mut self, rung: Rung, text: impl Into<String>) {
        *self.get_mut(rung) = text.into();
    }
}

/// The structured metric helper: a measured change, rendered as `from X to Y (-85%)`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricSpec {
    /// What was measured, e.g. `p99 latency`.
    pub what: String,
    /// The value before, with its unit, e.g. `1.2s`.
    pub before: String,
    /// The value after, e.g. `180ms`.
    pub after: String,
    /// Optional scope, typed with its own preposition, e.g. `across 3 services`.
    pub scope: String,
    /// Whether lower or higher is better; guessed from `what` when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
}

impl MetricSpec {
    /// True when no field of the helper has been filled in.
    pub fn is_empty(&self) -> bool {
        self.what.trim().is_empty()
            && self.before.trim().is_empty()
            && self.after.trim().is_empty()
            && self.scope.trim().is_empty()
            && self.better.is_none()
    }
}
