//! The home screen's state and update: drafts grouped by role, a selection, a filter (how they
//! are grouped and matched: see `grouping.rs`).
//!
//! The grouping is worked out when the listing, the roles or the filter change, never per key
//! or per frame, so moving through 10,000 drafts costs what moving through ten does.

mod grouping;
pub mod listing;
pub(crate) mod view;

use std::borrow::Cow;
use std::collections::HashMap;

use ratatui_textarea::Key;

use crate::ladder::{Draft, DraftId};
use crate::safe_text;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::app::text::{MAX_ANSWER_CHARS, clean_paste_within};
use crate::tui::app::{Nav, Shared};
use crate::tui::keys::{Action, Scope};
use crate::tui::overlay::Overlay;
use crate::tui::render::short;
use crate::workspace::{Listing, Unreadable};
use grouping::{group, haystack};

/// One entry of the list.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    /// A draft that can be opened.
    Draft(&'a Draft),
    /// A file that could not be read.
    Unreadable(&'a Unreadable),
}

/// A titled group of entries.
#[derive(Debug)]
pub struct Group<'a> {
    /// "Title, Company", "no role" or "cannot read".
    pub label: String,
    /// The entries, newest first.
    pub items: Vec<Item<'a>>,
}

/// The state of the home screen.
#[derive(Debug, Default)]
pub struct Home {
    listing: Listing,
    /// True once a listing arrived (before that the screen says "loading").
    pub loaded: bool,
    /// Index of the selected entry among all visible entries.
    pub selected: usize,
    /// The filter text (read it; it changes through [`Home::update`], which regroups).
    pub filter: String,
    filtering: bool,
    /// The draft to select once the next listing arrives (the one just left).
    follow: Option<DraftId>,
    /// While the listing shown is the index's preview: how many drafts the index holds.
    preview: Option<usize>,
    /// While a preview is shown: the bullets the index kept, by id, so its first frame
    /// assembles nothing. A draft changed since loses its entry.
    kept_bullets: HashMap<DraftId, String>,
    /// The visible entries, grouped, as indices into `listing`; worked out again only when the
    /// listing, the roles or the filter change, so a key or a frame does no filtering.
    grouped: Vec<(String, Vec<Entry>)>,
    /// What the filter searches in each draft, lowercased; built at the first filter key after
    /// the listing or the roles changed, so a key while filtering only searches.
    haystacks: Vec<String>,
}

/// Where a visible entry sits in the listing.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Draft(usize),
    Unreadable(usize),
}

impl Home {
    /// True while the filter is being typed.
    pub fn filtering(&self) -> bool {
        self.filtering
    }

    /// How many drafts the workspace holds (readable ones).
    pub fn count(&self) -> usize {
        self.listing.drafts.len()
    }

    /// Every readable draft of the last listing.
    pub fn drafts(&self) -> &[Draft] {
        &self.listing.drafts
    }

    /// The draft selected in the list, if a draft is selected.
    pub fn selected_draft(&self, shared: &Shared) -> Option<&Draft> {
        match self.items(shared).get(self.selected).copied()? {
            Item::Draft(d) => Some(d),
            Item::Unreadable(_) => None,
        }
    }

    /// True when the workspace holds no draft and no unreadable file.
    pub fn is_empty(&self) -> bool {
        self.listing.drafts.is_empty() && self.listing.unreadable.is_empty()
    }

    /// The active key scopes.
    pub fn scopes(&self) -> Vec<Scope> {
        vec![if self.filtering {
            Scope::Filter
        } else if self.loaded && self.is_empty() {
            Scope::Welcome
        } else {
            Scope::Home
        }]
    }

    /// Shows the first drafts of each role from the listing index until the listing arrives.
    pub fn set_preview(
        &mut self,
        listing: Listing,
        bullets: HashMap<DraftId, String>,
        total: usize,
        shared: &Shared,
    ) {
        self.listing = listing;
        self.kept_bullets = bullets;
        self.loaded = true;
        self.preview = Some(total);
        self.regroup(shared);
    }

    /// While a preview is shown: how many drafts the index holds.
    pub fn previewing(&self) -> Option<usize> {
        self.preview
    }

    /// Takes a fresh listing, keeping the selection in range (after a preview, on the same
    /// draft: the full groups put it at another index).
    pub fn set_listing(&mut self, listing: Listing, shared: &Shared) {
        if self.preview.take().is_some() && self.follow.is_none() {
            self.follow = self.selected_draft(shared).map(|d| d.id.clone());
        }
        self.listing = listing;
        self.kept_bullets = HashMap::new();
        self.loaded = true;
        self.regroup(shared);
        if let Some(id) = self.follow.take() {
            let found = self
                .items(shared)
                .iter()
                .position(|i| matches!(i, Item::Draft(d) if d.id == id));
            self.selected = found.unwrap_or(self.selected);
        }
        self.clamp(shared);
    }

    /// Puts `draft` in the listing (replacing its older copy), newest first, so the draft just
    /// saved shows as it is on disk before the fresh listing arrives.
    pub fn upsert(&mut self, draft: Draft, shared: &Shared) {
        self.kept_bullets.remove(&draft.id);
        let drafts = &mut self.listing.drafts;
        drafts.retain(|d| d.id != draft.id);
        if self.loaded {
            let at = drafts.partition_point(|d| {
                (d.updated, std::cmp::Reverse(&d.id))
                    > (draft.updated, std::cmp::Reverse(&draft.id))
            });
            drafts.insert(at, draft);
        }
        self.regroup(shared);
    }

    /// Moves a draft of the listing to the `updated` time its save just gave it.
    pub fn stamp(&mut self, id: &DraftId, updated: jiff::Timestamp, shared: &Shared) {
        if let Some(at) = self.listing.drafts.iter().position(|d| d.id == *id) {
            let mut draft = self.listing.drafts.remove(at);
            draft.updated = updated;
            self.upsert(draft, shared);
        }
    }

    /// Takes a trashed draft out of the listing at once.
    pub fn remove(&mut self, id: &DraftId, shared: &Shared) {
        self.listing.drafts.retain(|d| d.id != *id);
        self.listing
            .unreadable
            .retain(|u| u.id.as_ref() != Some(id));
        self.regroup(shared);
    }

    /// Works the groups out again after the listing or the roles changed.
    pub fn regroup(&mut self, shared: &Shared) {
        self.haystacks.clear();
        self.refilter(shared);
    }

    /// Works the groups out again after the filter changed.
    fn refilter(&mut self, shared: &Shared) {
        let needle = self.filter.trim().to_lowercase();
        if !needle.is_empty() && self.haystacks.is_empty() {
            self.haystacks = self
                .listing
                .drafts
                .iter()
                .map(|d| haystack(d, shared))
                .collect();
        }
        let shown: Vec<usize> = (0..self.listing.drafts.len())
            .filter(|&i| needle.is_empty() || self.haystacks[i].contains(&needle))
            .collect();
        self.grouped = group(&self.listing, &shown, &needle, shared);
        self.clamp(shared);
    }

    /// Selects this draft when the next listing arrives.
    pub fn follow(&mut self, id: DraftId) {
        self.follow = Some(id);
    }

    /// The visible entries, grouped.
    pub fn groups(&self, _shared: &Shared) -> Vec<Group<'_>> {
        self.grouped
            .iter()
            .map(|(label, entries)| Group {
                label: label.clone(),
                items: entries
                    .iter()
                    .map(|e| match *e {
                        Entry::Draft(i) => Item::Draft(&self.listing.drafts[i]),
                        Entry::Unreadable(i) => Item::Unreadable(&self.listing.unreadable[i]),
                    })
                    .collect(),
            })
            .collect()
    }

    fn items<'a>(&'a self, shared: &Shared) -> Vec<Item<'a>> {
        self.groups(shared)
            .into_iter()
            .flat_map(|g| g.items)
            .collect()
    }

    fn clamp(&mut self, shared: &Shared) {
        let n = self.items(shared).len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }

    /// Handles a message for the home screen.
    pub fn update(&mut self, msg: Msg, shared: &mut Shared) -> Option<Nav> {
        match msg {
            Msg::Action(action) => return self.action(action, shared),
            Msg::Edit(input) if self.filtering => {
                match input.key {
                    Key::Char(c)
                        if !input.ctrl
                            && !input.alt
                            && self.filter.chars().count() < MAX_ANSWER_CHARS =>
                    {
                        self.filter.push(c)
                    }
                    Key::Backspace => {
                        self.filter.pop();
                    }
                    _ => return None,
                }
                self.selected = 0;
                self.refilter(shared);
            }
            Msg::Paste(text) if self.filtering => {
                let room = MAX_ANSWER_CHARS.saturating_sub(self.filter.chars().count());
                self.filter.push_str(&clean_paste_within(&text, room).0);
                self.selected = 0;
                self.refilter(shared);
            }
            _ => {}
        }
        None
    }

    fn action(&mut self, action: Action, shared: &mut Shared) -> Option<Nav> {
        match action {
            Action::Down => self.selected += 1,
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::First => self.selected = 0,
            Action::Last => self.selected = usize::MAX,
            Action::New => shared.effect(Effect::NewDraftChoices),
            Action::Open => match self.items(shared).get(self.selected).copied() {
                Some(Item::Draft(d)) => shared.effect(Effect::Load(d.id.clone())),
                Some(Item::Unreadable(u)) => {
                    shared.warn(format!("cannot open {}: {}", u.file.display(), u.reason))
                }
                None => {}
            },
            Action::Delete => return self.confirm_delete(shared),
            Action::OpenJobMatch => return Some(Nav::JobMatch),
            Action::OpenCoverage => return Some(Nav::Coverage),
            Action::OpenImport => return Some(Nav::Import),
            Action::Copy => match self.items(shared).get(self.selected).copied() {
                Some(Item::Draft(d)) => {
                    let text = shared.packs.bullet(d);
                    shared.effect(Effect::Copy(text));
                }
                Some(Item::Unreadable(u)) => {
                    shared.warn(format!("cannot copy {}: {}", u.file.display(), u.reason))
                }
                None => {}
            },
            Action::CopyId => match self.selected_draft(shared) {
                Some(d) => shared.effect(Effect::Copy(d.id.to_string())),
                None => shared.say("select a draft to copy its id"),
            },
            Action::OpenTrash => return Some(Nav::Trash),
            Action::Filter => self.filtering = true,
            Action::FilterDone => self.filtering = false,
            Action::FilterClear => {
                self.filtering = false;
                self.filter.clear();
                self.refilter(shared);
            }
            _ => {}
        }
        self.clamp(shared);
        None
    }

    fn confirm_delete(&self, shared: &mut Shared) -> Option<Nav> {
        let (id, what) = match self.items(shared).get(self.selected).copied()? {
            Item::Draft(d) => (d.id.clone(), short(&shared.packs.bullet(d), 40)),
            Item::Unreadable(u) => match &u.id {
                Some(id) => (
                    id.clone(),
                    safe_text::line(&u.file.display().to_string()).into(),
                ),
                None => {
                    shared.warn(format!(
                        "{} is not named like a draft; move it yourself if you want it gone",
                        u.file.display()
                    ));
                    return None;
                }
            },
        };
        Some(Nav::Overlay(Overlay::Confirm { id, what }))
    }
}

impl Home {
    /// The draft's bullet as it stands (hand-edited text when there is one), for its row: the
    /// one the listing index kept while the preview is shown, otherwise assembled.
    pub fn row_bullet<'a>(&'a self, draft: &Draft, shared: &Shared) -> Cow<'a, str> {
        match self.kept_bullets.get(&draft.id) {
            Some(kept) => Cow::Borrowed(kept),
            None => Cow::Owned(shared.packs.bullet(draft)),
        }
    }
}
