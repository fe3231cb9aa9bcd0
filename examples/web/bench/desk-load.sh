#!/usr/bin/env sh
# Load on the counselor's desk: CLIENTS clients (default 50) downloading handout PDFs without pause for
# SECONDS seconds (default 60) while the search page is asked for twice a second; then the server's peak RSS.
#   examples/web/bench/desk-load.sh [CLIENTS] [SECONDS]      (after ./mvnw -B -q package -DskipTests)
set -eu
cd "$(dirname "$0")/../../.."
CLIENTS=${1:-50}
SECONDS_=${2:-60}
PORT=18932
bin/occuprint serve --port $PORT >/dev/null 2>&1 &
LAUNCHER=$!
trap 'kill $LAUNCHER 2>/dev/null' EXIT
i=0
until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do i=$((i + 1)); [ $i -lt 200 ] || exit 1; sleep 0.1; done
for _ in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$PORT/occupations/29-2072.00.pdf?area=US"; done   # warm-up
PID=$(pgrep -f -- "-jar .* serve --port $PORT" | head -n 1)
java examples/web/bench/DeskLoad.java "http://127.0.0.1:$PORT" "$CLIENTS" "$SECONDS_"
echo "server peak RSS: $(awk '/VmHWM/ {printf "%d MiB", $2 / 1024}' /proc/$PID/status)"
