//! The domain without a terminal: bullet assembly and its judge, the coach's rules and detection,
//! the metric helper, the workspace on disk, the readers of imported resumes, and property tests
//! over open-ended input. Also the architecture check (the domain never mentions the terminal).

#![allow(clippy::unwrap_used, clippy::string_slice)] // tests may unwrap and slice what they made

#[path = "../support/mod.rs"]
mod support;

mod architecture;
mod assembly;
mod assembly_judge;
mod assembly_metric;
mod assembly_props;
mod coach_detection;
mod coach_judgment;
mod coach_props;
mod coach_rules;
mod export_props;
mod fuzz_props;
mod import_fixtures;
mod import_props;
mod metric;
mod metric_props;
mod unicode_props;
mod workspace;
mod workspace_props;
mod workspace_safety;
