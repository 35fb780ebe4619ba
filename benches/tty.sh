#!/usr/bin/env bash
# benches/tty.sh: rung in a real pseudo-terminal against the floor (examples/floor/, the
# smallest honest ratatui app), measured by ttyprobe. Every comparison is one paired,
# interleaved run (floor, rung, floor, rung, ...), so the ratios hold on a noisy machine.
#
# Prints a Markdown table of results and rung/floor ratios ready for BENCHMARKS.md, with the
# noise line of each run. Needs python3 with venv and PyPI for pyte (installed once into a cache
# folder); everything else comes from this repository.
#
#   benches/tty.sh                 # 20 paired runs per measurement
#   RUNS=40 benches/tty.sh         # more runs on a noisy machine
#   KEEP=1 benches/tty.sh          # keep the temp folder with the JSON of every run
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-20}"
DRAFTS="${DRAFTS:-10000}"
CACHE="${RUNG_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rung-bench}"
# The probe: $TTYPROBE, else the shared copy beside the repository, else the one kept here.
PROBE="${TTYPROBE:-}"
if [ -z "$PROBE" ]; then
  if [ -f ../shared/bench/ttyprobe.py ]; then PROBE=../shared/bench/ttyprobe.py; else PROBE=benches/ttyprobe.py; fi
fi

echo "== ttyprobe: pyte 0.8.2 in $CACHE/venv" >&2
PY="$CACHE/venv/bin/python"
if ! "$PY" -c 'import pyte' 2>/dev/null; then
  rm -rf "$CACHE/venv"
  mkdir -p "$CACHE"
  python3 -m venv "$CACHE/venv"
  "$CACHE/venv/bin/pip" install -q --disable-pip-version-check pyte==0.8.2
fi

echo "== build (release): rung and the floor" >&2
cargo build --release --quiet --bin rung --example floor
RUNG="$PWD/target/release/rung"
FLOOR="$PWD/target/release/examples/floor"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/rung-tty.XXXXXX")"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$TMP"' EXIT; else echo "== keeping $TMP" >&2; fi
mkdir -p "$TMP/config"
export RUNG_CONFIG_DIR="$TMP/config"

echo "== workspaces: empty, and $DRAFTS generated drafts" >&2
"$RUNG" --workspace "$TMP/big" generate --drafts "$DRAFTS" --seed 1 2>/dev/null
"$RUNG" --workspace "$TMP/small" generate --drafts 300 --seed 1 2>/dev/null
# Typing writes a draft per run: it gets its own copy of the big workspace.
cp -r "$TMP/big" "$TMP/typing"
# The empty workspace exists before its first run (creating it is not what is measured), and
# the 20,000 files just written are on disk before anything is timed: the kernel writing them
# back during the first measurements made those runs noisy and slow.
"$RUNG" --workspace "$TMP/empty" list >/dev/null 2>&1 || true
sync

QUESTION='What did you work on'
# probe NAME [rung's ttyprobe options...]: the floor (A) against rung (B), paired. Both sides
# send $KEYS after $STEP (rung inherits them).
probe() {
  local name="$1"; shift
  echo "== $name ($RUNS paired runs)" >&2
  "$PY" "$PROBE" --runs "$RUNS" --json-out "$TMP/$name.json" \
    --name floor --cmd "$FLOOR" --wait-for "$QUESTION" --keys "${KEYS:-}" ${STEP:+--step "$STEP"} \
    --pair --name rung "$@" 2>"$TMP/$name.log" || { cat "$TMP/$name.log" >&2; exit 1; }
  grep -E '^(ratio|noise)' "$TMP/$name.log" >&2 || true
}

probe new-empty --cmd "$RUNG new" --env "RUNG_WORKSPACE=$TMP/empty"
probe new-big --cmd "$RUNG new" --env "RUNG_WORKSPACE=$TMP/big"
# Home is timed until it shows draft rows: the selection marker and a row's level cells, which
# appear only with the drafts themselves (newest first), not with the header alone.
ROWS_SHOWN='▸ [■·]'
probe home-big --cmd "$RUNG" --env "RUNG_WORKSPACE=$TMP/big" --wait-for "$ROWS_SHOWN"
probe home-small --cmd "$RUNG" --env "RUNG_WORKSPACE=$TMP/small" --wait-for "$ROWS_SHOWN"
probe home-empty --cmd "$RUNG" --env "RUNG_WORKSPACE=$TMP/empty" --wait-for 'Welcome to rung'
# Typing an answer: both first type "Shipped " (so rung's placeholders are gone), then ten keys,
# each timed until the typed text is on screen (rung also redraws the preview and the notes).
STEP='Shipped =>Shipped' KEYS=helloworld \
  probe typing --cmd "$RUNG new" --env "RUNG_WORKSPACE=$TMP/typing"
# The same keys timed until the screen is still again: for rung that is the second frame, with
# the preview and the coach's notes for the new text (the first frame echoes the key alone).
STEP='Shipped =>Shipped' KEYS=helloworld \
  probe typing-settled --expect frame --cmd "$RUNG new" --env "RUNG_WORKSPACE=$TMP/typing"
# The whole listing on screen, moving the selection, and peak memory with every draft read.
echo "== home-loaded (rung alone, $RUNS runs)" >&2
"$PY" "$PROBE" --runs "$RUNS" --json-out "$TMP/home-loaded.json" \
  --name rung --cmd "$RUNG" --env "RUNG_WORKSPACE=$TMP/big" --wait-for "$DRAFTS drafts" \
  --keys 'jjjjjjjjjj' --expect frame 2>"$TMP/home-loaded.log" || { cat "$TMP/home-loaded.log" >&2; exit 1; }
grep -E '^noise' "$TMP/home-loaded.log" >&2 || true

"$PY" benches/tty_report.py "$TMP" "$DRAFTS"
