//! The five rungs of the ladder, in order.

use serde::{Deserialize, Serialize};

/// One rung of the ladder. The order of the variants is the order of the climb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rung {
    /// The thing done, opened by a past-tense verb: "Rebuilt the invoice export service".
    Task,
    /// What it was done with: languages, frameworks, libraries (or a pack's practices).
    Tools,
    /// The wider stack around it: data stores, queues, infrastructure (or a pack's people).
    Stack,
    /// How it was done: the decision that mattered.
    Method,
    /// The measured change it made.
    Metric,
}

impl Rung {
    /// Every rung, bottom to top.
    pub const ALL: [Rung; 5] = [
        Rung::Task,
        Rung::Tools,
        Rung::Stack,
        Rung::Method,
        Rung::Metric,
    ];

    /// Position from 0 (task) to 4 (metric).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Step number shown to the user, 1 to 5.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The rung's name as written in files and on screen.
    pub fn name(self) -> &'static str {
        match self {
            Rung::Task => "task",
            Rung::Tools => "tools",
            Rung::Stack => "stack",
            Rung::Method => "method",
            Rung::Metric => "metric",
        }
    }

    /// The rung above, if any.
    pub fn next(self) -> Option<Rung> {
        Rung::ALL.get(self.index() + 1).copied()
    }

    /// The rung below, if any.
    pub fn prev(self) -> Option<Rung> {
        self.index().checked_sub(1).map(|i| Rung::ALL[i])
    }

    /// Looks a rung up by its name.
    pub fn from_name(name: &str) -> Option<Rung> {
        Rung::ALL.into_iter().find(|r| r.name() == name)
    }
}

impl std::fmt::Display for Rung {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_and_navigation() {
        assert_eq!(Rung::Task.next(), Some(Rung::Tools));
        assert_eq!(Rung::Metric.next(), None);
        assert_eq!(Rung::Task.prev(), None);
        assert_eq!(Rung::Metric.prev(), Some(Rung::Method));
        assert_eq!(Rung::Stack.number(), 3);
        for r in Rung::ALL {
            assert_eq!(Rung::from_name(r.name()), Some(r));
        }
    }
}
