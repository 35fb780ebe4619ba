//! `rung` and `rung new` are read without clap at start-up (`Cli::quick`); this checks the
//! quick reading is exactly clap's, with and without `RUNG_WORKSPACE`, and that every other
//! command line is left to clap.
//!
//! It sets an environment variable, so it holds the binary's one-at-a-time lock.

use std::ffi::OsString;

use clap::Parser;
use rung::cli::Cli;

fn quick(args: &[&str]) -> Option<Cli> {
    Cli::quick(
        args.iter().map(OsString::from),
        std::env::var_os("RUNG_WORKSPACE"),
    )
}

#[test]
fn the_quick_reading_agrees_with_clap_and_leaves_everything_else_to_it() {
    let _alone = crate::one_at_a_time();
    for workspace in [None, Some("/tmp/some where/ws")] {
        // SAFETY: the other test of this binary waits on the lock held above, and the signal
        // thread it may leave behind never reads the environment.
        unsafe {
            match workspace {
                Some(w) => std::env::set_var("RUNG_WORKSPACE", w),
                None => std::env::remove_var("RUNG_WORKSPACE"),
            }
        }
        for args in [&[][..], &["new"][..]] {
            let ours = quick(args).expect("read without clap");
            let argv = std::iter::once("rung").chain(args.iter().copied());
            let clap = Cli::try_parse_from(argv).expect("clap reads it");
            assert_eq!(
                format!("{ours:?}"),
                format!("{clap:?}"),
                "{args:?}, {workspace:?}"
            );
        }
        for args in [
            &["new", "--role", "acme"][..],
            &["--demo"],
            &["list"],
            &["--workspace", "/x"],
            &["new", "extra"],
            &["--help"],
            &["open", "20261122-abcde"],
        ] {
            assert!(quick(args).is_none(), "{args:?} goes to clap");
        }
    }
    // An empty RUNG_WORKSPACE is clap's to read.
    assert!(Cli::quick(std::iter::empty(), Some(OsString::new())).is_none());
}
