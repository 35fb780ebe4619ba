//! An in-memory clipboard for tests: every copy is kept, and clones share the same store, so a
//! test can hand one to the app and read copies back through another.

use std::sync::{Arc, Mutex};

use super::{Clipboard, ClipboardError, CopyReport, Delivery};

/// A clipboard that keeps every copied text in memory.
#[derive(Debug, Clone, Default)]
pub struct MemoryClipboard {
    copies: Arc<Mutex<Vec<String>>>,
}

impl MemoryClipboard {
    /// An empty clipboard.
    pub fn new() -> MemoryClipboard {
        MemoryClipboard::default()
    }

    /// The last text copied.
    pub fn last(&self) -> Option<String> {
        self.all().pop()
    }

    /// Every text copied, oldest first.
    pub fn all(&self) -> Vec<String> {
        self.copies.lock().map(|c| c.clone()).unwrap_or_default()
    }
}

impl Clipboard for MemoryClipboard {
    fn name(&self) -> String {
        "memory".into()
    }

    fn copy(&mut self, text: &str) -> Result<CopyReport, ClipboardError> {
        if let Ok(mut copies) = self.copies.lock() {
            copies.push(text.to_string());
        }
        Ok(CopyReport {
            provider: self.name(),
            message: "Copied to memory.".into(),
            delivery: Delivery::Copied,
            capped: false,
        })
    }
}
