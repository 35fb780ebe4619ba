//! The review screen's state and update: the bullet in both styles, the chosen one editable
//! by hand, every finding of the coach, finish, copy, style and ignore keys.
//!
//! A hand edit is kept as `draft.final_text` for the chosen style; editing it back to the
//! assembled text drops it again, and `r` throws it away.
//!
//! Findings are grouped by rung (task to metric), then the whole bullet (length), then the
//! role (the role's other bullets as they were on home when the review opened, in the order
//! they were created). `j`/`k` select one; `i` ignores it for this draft or brings it back.
//! Ignored findings stay listed, marked "ignored"; ignoring is a change to the draft, saved
//! by the autosave like any other.

pub(crate) mod view;

use ratatui_textarea::TextArea;

use crate::coach::{self, Finding};
use crate::ladder::assemble::variants;
use crate::ladder::{Draft, Rung, Status, Style, assemble, bullet};
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::session::Session;
use crate::tui::app::text;
use crate::tui::app::{Nav, Shared};
use crate::tui::keys::{Action, Scope};

/// Where a finding belongs on the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// One rung's answer.
    Rung(Rung),
    /// The whole bullet as it reads.
    Bullet,
    /// The role's bullets taken together.
    Role,
}

impl Group {
    /// The group's heading.
    pub fn title(self) -> &'static str {
        match self {
            Group::Rung(r) => r.name(),
            Group::Bullet => "whole bullet",
            Group::Role => "this role",
        }
    }
}

/// One finding on the review screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Its group.
    pub group: Group,
    /// The finding (spans into `text`).
    pub finding: Finding,
    /// The text it was found in.
    pub text: String,
}

/// The state of the review screen.
#[derive(Debug)]
pub struct Review {
    /// The draft under review.
    pub session: Session,
    /// The chosen style's bullet, editable.
    pub editor: TextArea<'static>,
    editing: bool,
    /// The selected finding.
    pub selected: usize,
    /// The other bullets of the draft's role, oldest first.
    role_drafts: Vec<Draft>,
    /// The hand edit `r` threw away last, and its style, so `u` can bring it back.
    thrown: Option<(Style, String)>,
}

impl Review {
    /// The review of a draft; `role_drafts` are the other drafts of its role.
    pub fn new(session: Session, shared: &Shared, role_drafts: &[Draft]) -> Review {
        let mut review = Review {
            session,
            editor: TextArea::default(),
            editing: false,
            selected: 0,
            role_drafts: Vec::new(),
            thrown: None,
        };
        review.set_role_drafts(role_drafts);
        review.load(shared);
        review
    }

    /// Takes the other drafts of this draft's role from `drafts` (a listing that arrived).
    pub fn set_role_drafts(&mut self, drafts: &[Draft]) {
        let draft = &self.session.draft;
        let mut role: Vec<Draft> = drafts
            .iter()
            .filter(|d| d.id != draft.id && d.role == draft.role)
            .cloned()
            .collect();
        role.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
        self.role_drafts = role;
    }

    /// Every finding of the draft, grouped: rungs in order, the whole bullet, the role.
    pub fn findings(&self, shared: &Shared) -> Vec<Item> {
        let draft = &self.session.draft;
        let pack = shared.pack(&draft.pack);
        let ctx = shared.check_context(draft);
        let text = bullet(draft, pack, draft.style);
        let mut items: Vec<Item> = coach::check_draft(draft, pack, &ctx)
            .into_iter()
            .map(|f| {
                let (group, text) = match f.rung {
                    Some(r) => (Group::Rung(r), coach::checked_text(draft, r)),
                    None => (Group::Bullet, text.clone()),
                };
                Item {
                    group,
                    finding: f,
                    text,
                }
            })
            .collect();
        if draft.role.is_some() {
            let mut all: Vec<String> = self
                .role_drafts
                .iter()
                .filter(|d| d.created <= draft.created)
                .map(|d| shared.packs.bullet(d))
                .collect();
            let mine = all.len();
            all.push(text.clone());
            all.extend(
                self.role_drafts
                    .iter()
                    .filter(|d| d.created > draft.created)
                    .map(|d| shared.packs.bullet(d)),
            );
            let refs: Vec<&str> = all.iter().map(String::as_str).collect();
            let mut role: Vec<Finding> = coach::check_role(&refs, &ctx)
                .into_iter()
                .filter(|r| r.bullet.is_none_or(|b| b == mine))
                .map(|r| r.finding)
                .collect();
            coach::mark_ignored(&mut role, &draft.ignored);
            items.extend(role.into_iter().map(|finding| Item {
                group: Group::Role,
                finding,
                text: text.clone(),
            }));
        }
        let order = |g: Group| match g {
            Group::Rung(r) => r.index(),
            Group::Bullet => 5,
            Group::Role => 6,
        };
        items.sort_by_key(|i| {
            (
                order(i.group),
                i.finding.span.start,
                std::cmp::Reverse(i.finding.level),
            )
        });
        items
    }

    /// True while the bullet is being edited.
    pub fn editing(&self) -> bool {
        self.editing
    }

    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        if self.editing {
            vec![Scope::ReviewEdit, Scope::Text]
        } else {
            vec![Scope::Review]
        }
    }

    fn load(&mut self, shared: &Shared) {
        let draft = &self.session.draft;
        let text = shared.packs.bullet(draft);
        self.editor = text::field(&text, "the bullet is empty", &shared.theme);
        text::set_focus(&mut self.editor, self.editing, &shared.theme);
    }

    fn sync(&mut self, shared: &Shared) {
        let draft = &mut self.session.draft;
        let text = text::text_of(&self.editor).trim().to_string();
        let assembled = assemble(draft, shared.pack(&draft.pack), draft.style);
        let style = draft.style;
        draft.set_hand_edit(style, (text != assembled).then_some(text));
        self.session.touch(shared.now);
    }

    /// Handles a message for the review screen.
    pub fn update(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        match msg {
            Msg::Action(action) => return self.action(action, shared),
            Msg::Edit(input)
                if self.editing
                    && text::inserts_char(&input)
                    && text::text_of(&self.editor).chars().count() >= text::MAX_ANSWER_CHARS =>
            {
                shared.warn(text::too_long_message());
            }
            Msg::Edit(input) if self.editing && text::input(&mut self.editor, input.clone()) => {
                self.sync(shared)
            }
            Msg::Paste(raw) if self.editing => {
                let room = text::MAX_ANSWER_CHARS
                    .saturating_sub(text::text_of(&self.editor).chars().count());
                let (clean, cut) = text::clean_paste_within(&raw, room);
                if cut {
                    shared.warn(text::too_long_message());
                }
                self.editor.insert_str(clean);
                self.sync(shared);
            }
            _ => {}
        }
        None
    }

    fn save_now(&mut self, shared: &mut Shared) {
        let save = self.session.flush();
        shared.maybe(save);
    }

    fn action(&mut self, action: Action, shared: &mut Shared) -> Option<Nav> {
        let draft = &mut self.session.draft;
        match action {
            Action::Edit => {
                self.editing = true;
                text::set_focus(&mut self.editor, true, &shared.theme);
            }
            Action::DoneEdit => {
                self.editing = false;
                text::set_focus(&mut self.editor, false, &shared.theme);
                self.save_now(shared);
            }
            Action::Reset => {
                if let Some(edit) = draft.hand_edit(draft.style) {
                    self.thrown = Some((draft.style, edit.text.clone()));
                    draft.set_hand_edit(draft.style, None);
                    shared.say("back to the assembled bullet; u brings your edit back");
                }
                self.session.touch(shared.now);
                self.load(shared);
                self.save_now(shared);
            }
            Action::Undo => match self.thrown.take() {
                Some((style, text)) => {
                    draft.style = style;
                    draft.set_hand_edit(style, Some(text));
                    shared.say("your hand edit is back");
                    self.session.touch(shared.now);
                    self.load(shared);
                    self.save_now(shared);
                }
                None => shared.say("nothing to bring back"),
            },
            Action::Shorter => {
                let pack = shared.pack(&draft.pack);
                let all = variants(draft, pack, draft.style, shared.bullet_length);
                if all.is_empty() {
                    shared.say(format!(
                        "this bullet fits in {} characters: nothing to shorten",
                        shared.bullet_length
                    ));
                    draft.trim = Default::default();
                } else {
                    let at = all.iter().position(|v| v.trim == draft.trim).unwrap_or(0);
                    let next = &all[(at + 1) % all.len()];
                    draft.trim = next.trim;
                    shared.say(format!(
                        "{}: {} characters",
                        next.trim.label(),
                        next.text.chars().count()
                    ));
                }
                self.session.touch(shared.now);
                self.load(shared);
                self.save_now(shared);
            }
            Action::ToggleFinished => {
                draft.status = match draft.status {
                    Status::Draft => Status::Finished,
                    Status::Finished => Status::Draft,
                };
                shared.say(format!("marked {}", draft.status.name()));
                self.session.touch(shared.now);
                self.save_now(shared);
            }
            Action::ToggleStyle => {
                draft.style = draft.style.toggled();
                shared.say(format!("style: {}", draft.style.name()));
                self.session.touch(shared.now);
                self.load(shared);
            }
            Action::Copy => {
                let text = shared.packs.bullet(draft);
                shared.effect(Effect::Copy(text));
            }
            Action::CopyId => shared.effect(Effect::Copy(draft.id.to_string())),
            Action::PrevRung => {
                self.save_now(shared);
                return Some(Nav::Ladder(self.session.clone()));
            }
            Action::GoHome => {
                self.save_now(shared);
                return Some(Nav::Home);
            }
            Action::Down => self.selected += 1,
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::First => self.selected = 0,
            Action::Last => self.selected = usize::MAX,
            Action::GoToRung(rung) => {
                self.save_now(shared);
                let mut session = self.session.clone();
                session.draft.rung = rung;
                return Some(Nav::Ladder(session));
            }
            Action::Ignore => self.toggle_ignore(shared),
            Action::ApplyFix => self.apply_fix(shared),
            _ => {}
        }
        let n = self.findings(shared).len();
        self.selected = self.selected.min(n.saturating_sub(1));
        None
    }

    /// The selected finding, or `None` (said on the status line) when there is none.
    fn selected_item(&self, shared: &mut Shared, what: &str) -> Option<Item> {
        let item = self.findings(shared).into_iter().nth(self.selected);
        if item.is_none() {
            shared.say(format!("no finding to {what}"));
        }
        item
    }

    fn apply_fix(&mut self, shared: &mut Shared) {
        let Some(item) = self.selected_item(shared, "fix") else {
            return;
        };
        let key = |action| crate::tui::keys::key_for(Scope::Review, action);
        let (Some(fix), Some(rung)) = (item.finding.fix.clone(), item.finding.rung) else {
            shared.say(format!(
                "this finding has no sure fix: {} edits the bullet",
                key(Action::Edit)
            ));
            return;
        };
        if !coach::apply_fix(&mut self.session.draft, &item.finding) {
            shared.say(format!(
                "the metric helper writes this text: {} opens the rung to change it",
                key(Action::GoToRung(rung))
            ));
            return;
        }
        let draft = &self.session.draft;
        let kept = match draft.hand_edit(draft.style) {
            Some(_) => format!(
                "; the bullet keeps your hand edit ({} uses the assembled one)",
                key(Action::Reset)
            ),
            None => String::new(),
        };
        shared.say(format!("wrote {fix} in the {} answer{kept}", rung.name()));
        self.session.touch(shared.now);
        self.load(shared);
        self.save_now(shared);
    }

    fn toggle_ignore(&mut self, shared: &mut Shared) {
        let Some(item) = self.selected_item(shared, "ignore") else {
            return;
        };
        let draft = &mut self.session.draft;
        if item.finding.ignored {
            coach::unignore(draft, &item.finding);
            shared.say(format!("{} counts again", item.finding.rule));
        } else {
            coach::ignore(draft, &item.finding);
            shared.say(format!(
                "ignoring {} on this draft (i again brings it back)",
                item.finding.rule
            ));
        }
        self.session.touch(shared.now);
    }
}
