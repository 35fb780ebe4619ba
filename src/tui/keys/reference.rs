//! Key names for sentences and dialogs, and the generated key reference, all read from the
//! table so nothing on screen or in the docs can name a key the table does not bind.

use super::{Action, Key, Scope, of_scope};

/// The key a user reads for `action` in `scope` (its first key), for hints and dialogs that
/// name a key in a sentence, so the sentence always names the key the table binds. Falls back to
/// the global bindings; `None` when neither binds it.
pub fn find_key(scope: Scope, action: Action) -> Option<String> {
    [scope, Scope::Global].into_iter().find_map(|s| {
        of_scope(s)
            .iter()
            .find(|b| b.action == action)
            .and_then(|b| b.keys.first())
            .map(Key::label)
    })
}

/// [`find_key`] for a binding the table is known to have (every use is checked by a test).
pub fn key_for(scope: Scope, action: Action) -> String {
    find_key(scope, action).unwrap_or_else(|| format!("{action:?}"))
}

/// The answers of a question (`(key, label)` of every binding in `scope` with a footer label),
/// for dialogs that list them under the question.
pub fn choices(scope: Scope) -> Vec<(String, &'static str)> {
    of_scope(scope)
        .iter()
        .filter(|b| !b.footer.is_empty())
        .filter_map(|b| b.keys.first().map(|k| (k.label(), b.footer)))
        .collect()
}

/// Every scope, for tests and the generated key reference.
pub const ALL_SCOPES: &[Scope] = &[
    Scope::Global,
    Scope::Help,
    Scope::Confirm,
    Scope::Conflict,
    Scope::Recover,
    Scope::Welcome,
    Scope::Home,
    Scope::Filter,
    Scope::Ladder,
    Scope::Metric,
    Scope::MetricField,
    Scope::MetricBetter,
    Scope::Review,
    Scope::ReviewEdit,
    Scope::JobMatch,
    Scope::Coverage,
    Scope::Prompt,
    Scope::ImportPath,
    Scope::ImportReading,
    Scope::ImportList,
    Scope::ImportDone,
    Scope::Text,
    Scope::Trash,
    Scope::NewDraft,
    Scope::NewRole,
];

impl Scope {
    /// Where this scope applies, as the key reference names it.
    pub fn place(self) -> &'static str {
        match self {
            Scope::Global => "anywhere",
            Scope::Help => "help",
            Scope::Confirm => "trash question",
            Scope::Conflict => "changed on disk",
            Scope::Recover => "recovered draft",
            Scope::Welcome => "first start",
            Scope::Home => "home",
            Scope::Filter => "home filter",
            Scope::Ladder => "ladder",
            Scope::Metric => "metric rung",
            Scope::MetricField => "metric helper field",
            Scope::MetricBetter => "metric helper: better",
            Scope::Review => "review",
            Scope::ReviewEdit => "review, editing",
            Scope::JobMatch => "job match",
            Scope::Coverage => "areas",
            Scope::Prompt => "path prompt",
            Scope::ImportPath => "import: path",
            Scope::ImportReading => "import: reading",
            Scope::ImportList => "import: bullets",
            Scope::ImportDone => "import: done",
            Scope::Text => "any text field",
            Scope::Trash => "trash",
            Scope::NewDraft => "new draft",
            Scope::NewRole => "new draft: new role",
        }
    }
}

/// The key reference as a Markdown table (every scope, every binding, from the table), as the
/// README and `docs/DESIGN.md` show it.
pub fn reference_markdown() -> String {
    let mut out = String::from("| where | keys | what it does |\n|---|---|---|\n");
    for &scope in ALL_SCOPES {
        for b in of_scope(scope) {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("`{}`", k.label().replace('|', "\\|").replace('`', "'")))
                .collect();
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                scope.place(),
                keys.join(" "),
                b.help.replace('|', "\\|")
            ));
        }
    }
    out
}
