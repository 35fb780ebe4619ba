//! Notes on what assembly did with each answer, so nothing is rewritten silently: how an answer
//! will read in the bullet when that differs from what was typed, and what was left out and why.
//! The answer in the file always stays exactly as typed.

use super::{Omissions, build, capitalise_first, clean_answer, realise};
use crate::ladder::draft::{Draft, Style};
use crate::ladder::pack::Pack;
use crate::ladder::rung::Rung;

/// One note about one rung's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The rung the note is about.
    pub rung: Rung,
    /// The note, one plain sentence.
    pub text: String,
}

/// The notes for a draft assembled in `style`, in rung order.
pub fn notes(draft: &Draft, pack: &Pack, style: Style) -> Vec<Note> {
    let (_, omissions) = build(draft, pack, style, false);
    let has_metric = draft.is_answered(Rung::Metric) && !omissions.metric_needs_what;
    let impact_first = style == Style::ImpactFirst && has_metric;
    let mut out = Vec::new();
    let mut note = |rung: Rung, text: String| out.push(Note { rung, text });
    let task = clean_answer(draft.answers.get(Rung::Task));
    if !task.is_empty() {
        let written = if impact_first {
            format!("by {}", realise::task_gerund(&task))
        } else {
            capitalise_first(&realise::task_clause(&task))
        };
        if differs(&written, &task) {
            note(Rung::Task, format!("will read: \"{written}\""));
        }
    }
    for rung in [Rung::Tools, Rung::Stack] {
        let names: Vec<&str> = left_out(&omissions, rung);
        if !names.is_empty() {
            note(
                rung,
                format!(
                    "left out {}: another answer already names {}",
                    names.join(", "),
                    if names.len() == 1 { "it" } else { "them" }
                ),
            );
        }
    }
    let trim = draft.trim;
    if let Some(n) = trim.tools {
        note(
            Rung::Tools,
            format!("shortened on review: the bullet names the {n} most specific tools"),
        );
    }
    if trim.stack {
        note(
            Rung::Stack,
            "left out to keep the bullet short (chosen on review)".to_string(),
        );
    }
    let method = clean_answer(draft.answers.get(Rung::Method));
    if trim.method && !method.is_empty() {
        note(
            Rung::Method,
            "left out to keep the bullet short (chosen on review)".to_string(),
        );
    }
    if omissions.method_restates_task {
        note(
            Rung::Method,
            "left out: it says what the task already says; tell how you did it".to_string(),
        );
    } else if !method.is_empty() && !trim.method {
        let written = realise::method_phrase(&method, impact_first);
        if differs(&written, &method) {
            note(Rung::Method, format!("will read: \"{written}\""));
        }
    }
    if omissions.metric_needs_what {
        note(
            Rung::Metric,
            "a figure needs what it measures: fill in \"what\" in the helper (what got faster, \
             cheaper or bigger?)"
                .to_string(),
        );
    } else if draft.metric_spec().is_some_and(|m| m.phrase().is_ok()) {
        let typed = clean_answer(&draft.answers.metric);
        if !typed.is_empty() {
            let used = omissions.results_beside_helper > 0;
            note(
                Rung::Metric,
                if used {
                    "the helper's result comes first, then the results typed above".to_string()
                } else {
                    "the helper's result is used; a result typed above joins it only when it \
                     has figures of its own"
                        .to_string()
                },
            );
        }
    } else if draft.metric_spec().is_none_or(|m| m.phrase().is_err()) {
        let metric = clean_answer(&draft.answers.metric);
        if let Some(written) = realise::metric_clause(&metric, draft.metric_spec())
            && !metric.contains(';')
            && differs(&written, &metric)
        {
            let written = capitalise_first(&written);
            note(Rung::Metric, format!("will read: \"{written}\""));
        }
    }
    out
}

/// Names left out of one rung.
fn left_out(omissions: &Omissions, rung: Rung) -> Vec<&str> {
    omissions
        .names
        .iter()
        .filter(|(r, _)| *r == rung)
        .map(|(_, n)| n.as_str())
        .collect()
}

/// True when the written text differs from the typed answer by more than the case of its
/// first letter.
fn differs(written: &str, typed: &str) -> bool {
    let first_lower = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    first_lower(written) != first_lower(typed)
}
