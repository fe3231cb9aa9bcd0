#!/usr/bin/env sh
# Warm-server latency of the counselor's desk: search answers and single-handout downloads, measured with
# curl against `occuprint serve` on this machine. Prints the median and 95th percentile of each, in ms.
#   examples/web/bench/desk-bench.sh [ROUNDS]          (after ./mvnw -B -q package -DskipTests)
set -eu
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-200}
PORT=18931
java -jar examples/cli/target/occuprint.jar serve --port $PORT >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
i=0
until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do i=$((i + 1)); [ $i -lt 100 ] || exit 1; sleep 0.1; done
measure() { # name url
  for _ in $(seq 1 30); do curl -s -o /dev/null "$2"; done          # warm-up
  for _ in $(seq 1 "$ROUNDS"); do curl -s -o /dev/null -w '%{time_total}\n' "$2"; done | sort -n | awk -v name="$1" '
    { t[NR] = $1 * 1000 } END { printf "%-28s median %6.1f ms   p95 %6.1f ms   (%d requests)\n", name, t[int((NR + 1) / 2)], t[int(NR * 0.95)], NR }'
}
measure "search 'medical rec'" "http://127.0.0.1:$PORT/api/search?q=medical%20rec"
measure "search page 'nurse'" "http://127.0.0.1:$PORT/?q=nurse"
measure "PDF download" "http://127.0.0.1:$PORT/occupations/29-2072.00.pdf?area=US&printed-on=2022-05-21"
measure "DOCX download" "http://127.0.0.1:$PORT/occupations/29-2072.00.docx?area=US&printed-on=2022-05-21"
measure "preview page" "http://127.0.0.1:$PORT/occupations/29-2072.00?area=US"
measure "packet PDF (3 occupations)" "http://127.0.0.1:$PORT/packet.pdf?code=29-2072.00&code=29-9021.00&code=43-6013.00&area=CBSA-40140&area=US&printed-on=2022-05-21"
