//! The metric realised: each result as a past-tense clause (`Improved throughput 3x`), with the
//! metric helper's verb for a bare measurement or a figure with nothing it measures.

use super::{after_first_word, has_words, lower_common_word, lower_first_verb, to_form};
use crate::ladder::MetricSpec;
use crate::ladder::metric::{Better, guess_better};
use crate::ladder::shape::{Measure, Shape, read, starts_with_figure};
use crate::ladder::verbs::{Form, form_of, lower_determiner};

/// One result as a past-tense clause, not yet capitalised; `None` when it is only a figure with
/// nothing it measures (`by 30%`) and the helper does not say what changed.
pub fn metric_clause(answer: &str, helper: Option<&MetricSpec>) -> Option<String> {
    let reading = read(answer);
    if !has_words(answer) {
        return Some(answer.to_string());
    }
    if let Some(clause) = up_or_down(&reading.text) {
        return Some(clause);
    }
    Some(match reading.shape {
        Shape::Clause(Form::Base) | Shape::Ing | Shape::Infinitive => {
            to_form(&reading.text, Form::Past)
        }
        Shape::Clause(_) => lower_first_verb(&reading.text),
        Shape::SubjectClause => change_clause(&reading.text).unwrap_or(reading.text),
        Shape::Measurement(m) => measured(&m),
        Shape::Amount => amount(&reading.text, helper?)?,
        Shape::Prep(p) if p == "by" => {
            let rest = after_first_word(&reading.text);
            if starts_with_figure(rest) {
                amount(&reading.text, helper?)?
            } else {
                format!("delivered {}", reading.text)
            }
        }
        Shape::Prep(_) => format!("delivered {}", reading.text),
        Shape::Noun => format!("achieved {}", lower_determiner(&reading.text)),
    })
}

/// A bare measurement with the helper's verb: `AUC from 0.71 to 0.84` ->
/// `Raised AUC from 0.71 to 0.84 (+18%)`; `Took ... from ... to ...` when the direction is unknown.
fn measured(m: &Measure) -> String {
    let spec = MetricSpec {
        what: m.what.clone(),
        before: m.before.clone(),
        after: m.after.clone(),
        scope: m.scope.clone(),
        better: m.better,
    };
    match spec.phrase() {
        Ok(phrase) => lower_first_verb(&phrase.text),
        Err(_) => {
            let scope = if m.scope.is_empty() {
                String::new()
            } else {
                format!(" {}", m.scope)
            };
            format!("took {} from {} to {}{scope}", m.what, m.before, m.after)
        }
    }
}

/// `fuel costs down 14%` -> `cut fuel costs by 14%`; `class average up 11 points` ->
/// `raised class average by 11 points`. Only when what comes before has no verb of its own.
fn up_or_down(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split(' ').collect();
    let at = words.iter().position(|w| {
        let w = w.to_lowercase();
        w == "up" || w == "down"
    })?;
    let mut figure_at = at + 1;
    if words
        .get(figure_at)
        .is_some_and(|w| w.eq_ignore_ascii_case("by"))
    {
        figure_at += 1;
    }
    let figure = words.get(figure_at)?;
    let opens_with_verb = form_of(words[0]).is_some_and(|f| f != Form::Base);
    if at == 0 || opens_with_verb || !starts_with_figure(figure) {
        return None;
    }
    let what = words[..at].join(" ");
    if what.split(' ').any(|w| form_of(w) == Some(Form::Past)) {
        return None;
    }
    let verb = if words[at].eq_ignore_ascii_case("up") {
        "raised"
    } else {
        "cut"
    };
    let rest = words[figure_at..].join(" ");
    Some(format!("{verb} {} by {rest}", lower_common_word(&what)))
}

/// Verbs of change after a subject: `churn fell from 9% to 5%`.
const CHANGE_VERBS: &[&str] = &[
    "went",
    "fell",
    "dropped",
    "rose",
    "grew",
    "increased",
    "decreased",
    "improved",
    "reduced",
    "declined",
    "climbed",
    "jumped",
    "moved",
    "shrank",
    "sped",
];

/// A subject clause that states a measured change, with the helper's verb in front:
/// `90-day churn fell from 9% to 5%` -> `cut 90-day churn from 9% to 5% (-4 pts)`. `None` when
/// it is not one, more follows the values, or the direction is unknown.
fn change_clause(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split(' ').collect();
    let at = words
        .iter()
        .position(|w| CHANGE_VERBS.contains(&w.to_lowercase().as_str()))?;
    if at == 0 || text.contains(',') || text.contains(';') {
        return None;
    }
    let what = words[..at].join(" ");
    let rest = words[at + 1..].join(" ");
    let Shape::Measurement(m) = read(&format!("{what} {rest}")).shape else {
        return None;
    };
    let spec = MetricSpec {
        what: m.what,
        before: m.before,
        after: m.after,
        scope: m.scope,
        better: m.better,
    };
    spec.phrase().ok().map(|p| lower_first_verb(&p.text))
}

/// A figure with the helper's `what`: `by 30%` + `p95 latency` -> `reduced p95 latency by 30%`.
fn amount(text: &str, helper: &MetricSpec) -> Option<String> {
    let what = helper.what.trim();
    if what.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    let figure = lower.strip_prefix("by ").unwrap_or(&lower);
    let better = helper.better.or_else(|| guess_better(what));
    let compared = figure.split(' ').count() > 1;
    if compared {
        return Some(format!("made {what} {figure}"));
    }
    let verb = match better {
        Some(Better::Lower) => "reduced",
        Some(Better::Higher) => "increased",
        None => "improved",
    };
    Some(format!("{verb} {what} by {figure}"))
}
