//! The coach's findings as the screens show them: the ladder's live list for one rung (with
//! the ones fixed during this visit ticked off), and the words every screen uses for a level.
//!
//! Choices made here:
//! - A finding counts as *seen* once the words it points at are complete: while the cursor is
//!   in (or just after) the last word it points at, the finding shows but is not remembered,
//!   so a half-typed word ("Buil") never comes back as "fixed".
//! - A seen finding that is gone stays listed as "✓ fixed: ..." (dimmed) until the user leaves
//!   the rung; if it comes back it is active again. It counts as fixed only when the words it
//!   pointed at were changed or removed (or it was about the whole answer, like length); one
//!   that goes because later words changed the rule's mind ("I" then "I helped") just goes. Findings are matched by rule and by the
//!   words they point at; a rule that fires once (length, opener) matches whatever it points at,
//!   so a changing word count is one finding, not a trail of fixed ones.
//! - Ignored findings are left out on the ladder; the review screen lists them as ignored.
//! - A finding whose message does not quote its words gets them in front: `"Migration": ...`.

use crate::coach::{Finding, Level};

/// The symbol for a level, so the level reads without colour.
pub fn mark(level: Level) -> &'static str {
    match level {
        Level::Error => "✗",
        Level::Warning => "!",
        Level::Hint => "-",
    }
}

/// The most words quoted in front of a message; a longer span is about the whole text.
const MAX_QUOTED_WORDS: usize = 4;

/// What a finding says, with the words it points at quoted in front when the message does not
/// already quote them (and they are a few words, not the whole text).
pub fn message(finding: &Finding, text: &str) -> String {
    let found = text.get(finding.span.clone()).unwrap_or("").trim();
    if found.is_empty()
        || about_whole(found, text)
        || finding.message.contains(&format!("\"{found}\""))
    {
        finding.message.clone()
    } else {
        format!("\"{found}\": {}", finding.message)
    }
}

/// True when the words a finding points at are (about) the whole text, not a few words in it.
fn about_whole(found: &str, text: &str) -> bool {
    found.split_whitespace().count() > MAX_QUOTED_WORDS
        || found == text.trim().trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// One finding and the words it pointed at when last checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The finding as last checked.
    pub finding: Finding,
    /// Its message with the words it points at.
    pub text: String,
    found: String,
    /// The words as written, to tell whether an edit touched them.
    words: String,
    /// The finding is about the whole text (length, no number).
    whole: bool,
}

impl Shown {
    fn new(finding: Finding, text: &str) -> Shown {
        let words = text
            .get(finding.span.clone())
            .unwrap_or("")
            .trim()
            .to_string();
        Shown {
            text: message(&finding, text),
            whole: about_whole(&words, text),
            found: words.to_lowercase(),
            words,
            finding,
        }
    }
}

/// The findings of the rung being climbed: the active ones and those fixed during this visit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RungFindings {
    active: Vec<Shown>,
    fixed: Vec<Shown>,
    seen: Vec<Shown>,
}

impl RungFindings {
    /// The findings on arriving at a rung: all of them count as seen.
    pub fn arrive(text: &str, findings: Vec<Finding>) -> RungFindings {
        let active = keep_active(findings, text);
        RungFindings {
            seen: active.clone(),
            active,
            fixed: Vec::new(),
        }
    }

    /// The findings after an edit: seen ones that are gone become fixed. `cursor` is the byte
    /// offset of the cursor in `text` when the user is typing in it.
    pub fn update(&mut self, text: &str, findings: Vec<Finding>, cursor: Option<usize>) {
        let current = keep_active(findings, text);
        let old = std::mem::take(&mut self.seen);
        let pairs = pair(&old, &current);
        let mut seen = Vec::new();
        for (o, m) in old.into_iter().zip(&pairs) {
            match m {
                // A finding on a word still being typed keeps the words it was seen with.
                Some(i) if is_complete(&current[*i].finding, text, cursor) => {
                    seen.push(current[*i].clone())
                }
                Some(_) => seen.push(o),
                // Fixed by the user: the words it pointed at were changed (or it was about the
                // whole answer). Otherwise more context changed the rule's mind: drop it quietly.
                None if (o.whole || !text.contains(&o.words))
                    && !self.fixed.iter().any(|f| f.text == o.text) =>
                {
                    self.fixed.push(o)
                }
                None => {}
            }
        }
        for (i, shown) in current.iter().enumerate() {
            if !pairs.contains(&Some(i)) && is_complete(&shown.finding, text, cursor) {
                seen.push(shown.clone());
            }
        }
        let fixed = std::mem::take(&mut self.fixed);
        let still_fixed: Vec<Shown> = pair(&fixed, &current)
            .iter()
            .zip(&fixed)
            .filter(|(m, _)| m.is_none())
            .map(|(_, f)| f.clone())
            .collect();
        self.fixed = still_fixed;
        self.seen = seen;
        self.active = current;
    }

    /// The findings that apply now, in text order.
    pub fn active(&self) -> &[Shown] {
        &self.active
    }

    /// The findings fixed since arriving at the rung.
    pub fn fixed(&self) -> &[Shown] {
        &self.fixed
    }
}

/// The findings not ignored, in text order, most serious first at one place.
fn keep_active(findings: Vec<Finding>, text: &str) -> Vec<Shown> {
    let mut out: Vec<Finding> = findings.into_iter().filter(|f| !f.ignored).collect();
    out.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.level)));
    out.into_iter().map(|f| Shown::new(f, text)).collect()
}

/// True once the words a finding points at are complete: the cursor is not in or just after
/// the last of them.
fn is_complete(finding: &Finding, text: &str, cursor: Option<usize>) -> bool {
    let Some(c) = cursor else { return true };
    let end = finding.span.end.min(text.len());
    let last_word = text
        .get(..end)
        .unwrap_or(text)
        .rfind(|ch: char| !ch.is_alphanumeric())
        .map_or(0, |i| i + 1);
    !(last_word <= c && c <= end)
}

fn count(rule: &str, list: &[Shown]) -> usize {
    list.iter().filter(|s| s.finding.rule == rule).count()
}

/// For each of `old`, the index of the same finding in `new`, if it is still there: the same
/// rule pointing at the same words, or the only finding of its rule on both sides.
fn pair(old: &[Shown], new: &[Shown]) -> Vec<Option<usize>> {
    let mut taken = vec![false; new.len()];
    let mut out: Vec<Option<usize>> = old
        .iter()
        .map(|o| {
            let i = (0..new.len()).find(|i| {
                !taken[*i] && new[*i].finding.rule == o.finding.rule && new[*i].found == o.found
            })?;
            taken[i] = true;
            Some(i)
        })
        .collect();
    for (k, o) in old.iter().enumerate() {
        let rule = o.finding.rule;
        if out[k].is_none()
            && count(rule, old) == 1
            && count(rule, new) == 1
            && let Some(i) = new.iter().position(|n| n.finding.rule == rule)
            && !taken[i]
        {
            taken[i] = true;
            out[k] = Some(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::{CheckContext, check_rung};
    use crate::ladder::Rung;

    fn check(text: &str) -> Vec<Finding> {
        check_rung(Rung::Task, text, &CheckContext::default())
    }

    fn typed(start: &str, rest: &str) -> RungFindings {
        let mut f = RungFindings::arrive(start, check(start));
        let mut text = start.to_string();
        for c in rest.chars() {
            text.push(c);
            f.update(&text, check(&text), Some(text.len()));
        }
        f
    }

    #[test]
    fn a_half_typed_word_is_never_fixed() {
        let f = typed("", "Built the export");
        assert!(f.fixed().is_empty(), "{:?}", f.fixed());
        assert!(f.active().is_empty(), "{:?}", f.active());
    }

    #[test]
    fn a_fixed_finding_is_ticked_off_and_comes_back_when_broken_again() {
        let mut f = RungFindings::arrive("Helped the team", check("Helped the team"));
        assert_eq!(f.active()[0].finding.rule, "weak-opener");
        f.update("the team", check("the team"), Some(0));
        assert!(f.fixed().iter().any(|s| s.finding.rule == "weak-opener"));
        f.update("Helped the team", check("Helped the team"), Some(6));
        assert!(f.fixed().iter().all(|s| s.finding.rule != "weak-opener"));
    }

    #[test]
    fn a_finding_the_next_words_answer_is_not_called_fixed() {
        let f = typed("", "I rebuilt the export ");
        assert!(
            f.fixed().iter().all(|s| s.finding.rule != "verb-first"),
            "{:?}",
            f.fixed()
        );
    }

    #[test]
    fn unquoted_words_are_put_in_front() {
        let f = check("Migration of the billing jobs");
        let verb = f.iter().find(|f| f.rule == "verb-first").unwrap();
        assert!(
            message(verb, "Migration of the billing jobs").starts_with("\"Migration\": "),
            "{}",
            message(verb, "Migration of the billing jobs")
        );
    }
}
