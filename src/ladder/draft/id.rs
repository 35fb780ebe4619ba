//! Draft ids: safe file names the program makes, and the check every id from outside passes.

use serde::{Deserialize, Serialize};

/// A draft id: a safe file name made by the program (`[a-z0-9-]`, 1..=64 chars, starting with a
/// letter or digit). Every id that comes from outside is checked with [`DraftId::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DraftId(String);

/// Why a string is not a valid draft id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a draft id: ids are made by rung and use only a-z, 0-9 and '-' (see `rung list`)"
)]
pub struct BadId(pub String);

impl DraftId {
    /// Checks that `s` is a well-formed id; never trusts it as a path otherwise.
    pub fn parse(s: &str) -> Result<DraftId, BadId> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && s.as_bytes()[0] != b'-';
        if ok {
            Ok(DraftId(s.to_string()))
        } else {
            Err(BadId(s.to_string()))
        }
    }

    /// Makes a new id from a UTC date and a random suffix, e.g. `20261122-k3x9q`.
    pub fn generate(now: jiff::Timestamp) -> DraftId {
        const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
        let date = now.strftime("%Y%m%d").to_string();
        let suffix: String = (0..5)
            .map(|_| ALPHABET[fastrand::usize(..ALPHABET.len())] as char)
            .collect();
        DraftId(format!("{date}-{suffix}"))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DraftId {
    type Error = BadId;
    fn try_from(s: String) -> Result<Self, BadId> {
        DraftId::parse(&s)
    }
}

impl From<DraftId> for String {
    fn from(id: DraftId) -> String {
        id.0
    }
}

impl std::fmt::Display for DraftId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
