#!/usr/bin/env bash
# Screenshots for the README: scripts/screenshot.sh OUT.png "ARGS" [KEY | type:TEXT]...
# runs `rung ARGS` (release build, workspace /tmp/shots/ws, config /tmp/shots/cfg) in a 100x30
# xterm under Xvfb :99, sends the keys (xdotool names, or type:TEXT to type), and captures the
# window with ImageMagick's `import`. Needs xvfb, xterm, xdotool and imagemagick (apt).
set -e
OUT=$1; shift; ARGS=$1; shift
export DISPLAY=:99
pgrep -f "Xvfb :99" >/dev/null || { Xvfb :99 -screen 0 1400x900x24 >/dev/null 2>&1 & sleep 1; }
xterm -xrm 'XTerm*allowSendEvents: true' -geometry 100x30 -fa 'DejaVu Sans Mono' -fs 11 -bg '#1e1e2e' -fg '#cdd6f4' -T rungshot \
  -e bash -c "RUNG_CONFIG_DIR=/tmp/shots/cfg $(dirname "$0")/../target/release/rung --workspace /tmp/shots/ws $ARGS" &
XPID=$!
sleep 1.5
WID=$(xdotool search --name rungshot | head -1)
for k in "$@"; do
  case "$k" in
    type:*) xdotool type --window $WID --delay 20 "${k#type:}";;
    *) xdotool key --window $WID "$k";;
  esac
  sleep 0.4
done
sleep 0.8
import -window $WID "$OUT"
xdotool key --window $WID ctrl+c; sleep 0.5; kill $XPID 2>/dev/null || true
