//! The check that a pack holds nothing a terminal would act on: every text of a pack reaches
//! the screen, and some of it (connectors) reaches bullets.

use super::{Pack, Rung};

impl Pack {
    /// The first field whose text is not safe to show in a terminal, as a dotted name.
    pub(super) fn hostile_field(&self) -> Option<String> {
        let clean = crate::safe_text::is_clean;
        for (name, text) in [("title", &self.title), ("description", &self.description)] {
            if !clean(text) {
                return Some(name.to_string());
            }
        }
        for rung in Rung::ALL {
            let p = self.prompt(rung);
            let fields = [
                ("question", &p.question),
                ("why", &p.why),
                ("hint", &p.hint),
                ("connector", &p.connector),
                ("placeholder", &p.placeholder),
            ];
            let bad = fields.into_iter().find(|(_, t)| !clean(t)).map(|(n, _)| n);
            let bad = bad.or_else(|| p.examples.iter().any(|e| !clean(e)).then_some("examples"));
            if let Some(field) = bad {
                return Some(format!("rungs.{rung}.{field}"));
            }
        }
        self.areas.iter().find_map(|a| {
            let mut words = std::iter::once(&a.name)
                .chain(&a.techniques)
                .chain(&a.tools)
                .chain(&a.metrics);
            words
                .any(|w| !clean(w))
                .then(|| format!("areas ({})", a.name))
        })
    }
}
