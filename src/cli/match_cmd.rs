//! `rung match JD_FILE`: placeholder until the job-description matcher lands.

use super::args::MatchArgs;
use super::{Context, Failure, Outcome};

/// Runs `rung match`.
pub fn run(_ctx: &Context, _args: &MatchArgs) -> Result<Outcome, Failure> {
    Err(Failure::usage("`rung match` is not ready yet"))
}
