//! `rung coverage`: placeholder until role coverage lands.

use super::args::CoverageArgs;
use super::{Context, Failure, Outcome};

/// Runs `rung coverage`.
pub fn run(_ctx: &Context, _args: &CoverageArgs) -> Result<Outcome, Failure> {
    Err(Failure::usage("`rung coverage` is not ready yet"))
}
