//! Integration tests of the command line: the real binary against a temp workspace.

mod broken;
mod drafts;
mod export;
mod roles;
mod support;
