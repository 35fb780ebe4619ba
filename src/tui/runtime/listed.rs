//! The runtime's side of the home listing: reading it (on another thread when the store
//! allows), the index's preview before the first frame, and the cheap look at the folder that
//! keeps home in step with other processes.

use super::Runtime;
use crate::tui::app::msg::Msg;
use crate::tui::runtime::clock::Clock;
use crate::tui::runtime::store::Store;
use crate::tui::screens::home::listing::{self, Polled};

impl<S: Store, C: Clock> Runtime<S, C> {
    /// Starts reading the listing on another thread when the store allows it (the answer comes
    /// from [`Runtime::poll_listing`]); otherwise lists at once.
    ///
    /// Before the first frame, the listing index's newest drafts come at once, so that frame
    /// shows them while the files are read.
    pub(super) fn reload(&mut self) -> Option<Msg> {
        self.listed_time = self.store.folder_time();
        let preview = if self.listing.held() {
            self.preview()
        } else {
            None
        };
        let started = self
            .store
            .background(self.packs.clone())
            .is_some_and(|copy| self.listing.start(copy));
        if started {
            preview
        } else {
            Some(self.listed())
        }
    }

    /// Reads the listing again when the drafts folder changed since the last one was
    /// started, unless one is being read now.
    pub(super) fn watch(&mut self) -> Option<Msg> {
        if self.listing.reading() {
            return None;
        }
        let now = self.store.folder_time();
        if now.is_some() && now != self.listed_time {
            self.reload()
        } else {
            None
        }
    }

    fn preview(&self) -> Option<Msg> {
        let file = self.store.file();
        let keys: Vec<&str> = file.roles.iter().map(|r| r.key.as_str()).collect();
        let preview = self.store.preview(&keys, &self.packs)?;
        Some(Msg::Previewed {
            listing: preview.listing,
            bullets: preview.bullets,
            total: preview.total,
            roles: listing::role_labels(file),
            now: self.clock.now(),
        })
    }

    /// Holds the home listing's reading threads until [`Runtime::first_frame_out`].
    pub fn hold_listing(&mut self) {
        self.listing.hold();
    }

    /// The first frame is on screen: a listing held for it starts now. Returns the listing
    /// itself when its thread could not start.
    pub fn first_frame_out(&mut self) -> Option<Msg> {
        (!self.listing.release()).then(|| self.listed())
    }

    /// True while a listing is being read on another thread.
    pub fn reading(&self) -> bool {
        self.listing.reading()
    }

    /// The listing read on another thread, once it is there.
    pub fn poll_listing(&mut self) -> Option<Msg> {
        match self.listing.poll() {
            Polled::Waiting => None,
            Polled::Ready((listing, roles)) => Some(Msg::Listed {
                listing,
                roles,
                now: self.clock.now(),
            }),
            Polled::Lost => Some(self.listed()),
        }
    }

    fn listed(&self) -> Msg {
        Msg::Listed {
            listing: self.store.list(&self.packs),
            roles: listing::role_labels(self.store.file()),
            now: self.clock.now(),
        }
    }
}
