#!/usr/bin/env bash
# weasyprint-compare.sh: occuprint against WeasyPrint, side by side, on the same handouts.
#
# What it measures (the issue's "Done when": 150 handouts as PDF in one run on one thread at least 10x faster
# than WeasyPrint printing the same 150 print-HTML files in one warm process):
#   (a) occuprint: `occuprint guide --out DIR --format pdf --limit N --threads 1`, a cold command as a user
#       runs it (JVM start included), wall time of the whole command;
#   (b) WeasyPrint: one python3 process that imports weasyprint and loops HTML(filename=f).write_pdf(out)
#       over the N print-HTML files occuprint wrote (`guide --format html`, same first N occupations, same
#       fixed --printed-on); wall time of the whole process, and inside Python the loop alone (without the
#       interpreter start and the WeasyPrint import), which is the "warm process" figure.
# The print-HTML files are made once, before and outside the timing. The rounds alternate (a, b), then
# (b, a), and so on, so that noise from other work on the machine falls on both; the table shows each round
# and the medians, the ratios, the versions, nproc, the load average, and the page counts of both outputs
# (pdfinfo) as a check that both printed the full documents.
#
# Needs: bash, Debian's weasyprint package (apt-get install weasyprint; its python3 module, not a pip one),
# poppler-utils (pdfinfo), Java 17+, and a built distribution (./mvnw -B -q package -DskipTests makes
# examples/cli/target/occuprint-*.tar.gz). By default the script unpacks that tarball into its temp dir, as
# .ci/run does, and runs its bin/occuprint; give another occuprint command with OCCUPRINT=... or as the
# argument. WeasyPrint's python is the one in the weasyprint command's #! line (Debian: /usr/bin/python3);
# override with WEASYPRINT_PYTHON=.... WeasyPrint's warnings and occuprint's progress lines go to logs in the
# temp dir, not to the table. Everything is written under one temp dir that is removed at the end (--keep
# keeps it and prints its path).
#
# Usage: examples/cli/bench/weasyprint-compare.sh [-r ROUNDS] [-n COUNT] [--keep] [OCCUPRINT_COMMAND]
#   -r ROUNDS   rounds of (a) and (b) (default 3, or $ROUNDS)
#   -n COUNT    handouts, the first COUNT occupations in code order (default 150, or $LIMIT)
#   --keep      keep the temp dir (HTML, both PDF sets, logs)
# Environment: OCCUPRINT, ROUNDS, LIMIT, PRINTED_ON (default 2022-05-21), WEASYPRINT_PYTHON, JAVA_HOME,
#   TMPDIR. OCCUPRINT_OPTS/JAVA_OPTS reach the JVM through the launcher as usual.
set -eu
set -o pipefail

usage() { sed -n 's/^# \{0,1\}\(Usage: .*\)$/\1/p' "$0"; }
rounds=${ROUNDS:-3}
limit=${LIMIT:-150}
printed_on=${PRINTED_ON:-2022-05-21}
keep=0
occuprint=${OCCUPRINT:-}
while [ $# -gt 0 ]; do
  case $1 in
    -r) rounds=${2:?-r needs a number}; shift 2 ;;
    -n) limit=${2:?-n needs a number}; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "weasyprint-compare: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) occuprint=$1; shift ;;
  esac
done
case $rounds in ''|*[!0-9]*|0) echo "weasyprint-compare: ROUNDS must be a positive number" >&2; exit 2 ;; esac
case $limit in ''|*[!0-9]*|0) echo "weasyprint-compare: COUNT must be a positive number" >&2; exit 2 ;; esac

repo=$(cd "$(dirname "$0")/../../.." && pwd)
for tool in pdfinfo weasyprint; do
  command -v "$tool" >/dev/null 2>&1 || { echo "weasyprint-compare: needs $tool (apt-get install poppler-utils weasyprint)" >&2; exit 1; }
done
if [ -z "${WEASYPRINT_PYTHON:-}" ]; then
  WEASYPRINT_PYTHON=$(sed -n '1s/^#! *\([^ ]*python[^ ]*\).*/\1/p' "$(command -v weasyprint)")
  [ -n "$WEASYPRINT_PYTHON" ] || WEASYPRINT_PYTHON=python3
fi
wp_version=$("$WEASYPRINT_PYTHON" -c 'import weasyprint; print(weasyprint.__version__)' 2>/dev/null) || {
  echo "weasyprint-compare: $WEASYPRINT_PYTHON cannot import weasyprint (set WEASYPRINT_PYTHON to Debian's /usr/bin/python3)" >&2
  exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/weasyprint-compare.XXXXXX")
if [ "$keep" = 1 ]; then trap 'echo "weasyprint-compare: kept $tmp" >&2' EXIT
else trap 'rm -rf "$tmp"' EXIT; fi
trap 'exit 130' INT TERM

if [ -z "$occuprint" ]; then
  # As .ci/run does: unpack the distribution the build made and use its launcher.
  set -- "$repo"/examples/cli/target/occuprint-*.tar.gz
  if [ ! -f "$1" ]; then echo "weasyprint-compare: no $repo/examples/cli/target/occuprint-*.tar.gz (build it first: ./mvnw -B -q package -DskipTests)" >&2; exit 1; fi
  if [ $# -gt 1 ]; then echo "weasyprint-compare: more than one distribution in examples/cli/target; name the command: OCCUPRINT=..." >&2; exit 1; fi
  mkdir "$tmp/dist"
  tar xzf "$1" -C "$tmp/dist"
  occuprint=$(echo "$tmp"/dist/occuprint-*/bin/occuprint)
fi
[ -x "$occuprint" ] || { echo "weasyprint-compare: $occuprint is not an executable occuprint command" >&2; exit 1; }
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
java_version=$("$java" -version 2>&1 | head -n 1)

now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
load() { cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo "?"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "?" }'; }

# The print-HTML files, once, outside the timing.
"$occuprint" guide --out "$tmp/html" --format html --limit "$limit" --threads 1 --printed-on "$printed_on" -q \
  >"$tmp/html.log" 2>&1 || { cat "$tmp/html.log" >&2; exit 1; }
find "$tmp/html" -maxdepth 1 -name '*.html' ! -name index.html | sort >"$tmp/html.list"
count=$(wc -l <"$tmp/html.list")
[ "$count" -eq "$limit" ] || { echo "weasyprint-compare: occuprint wrote $count print-HTML files, not $limit" >&2; exit 1; }

cat >"$tmp/weasy.py" <<'EOF'
import sys, time
t0 = time.perf_counter()
from weasyprint import HTML
t1 = time.perf_counter()
listing, out = sys.argv[1], sys.argv[2]
import os
with open(listing) as f:
    files = [line.rstrip("\n") for line in f if line.strip()]
for name in files:
    HTML(filename=name).write_pdf(os.path.join(out, os.path.basename(name)[:-len(".html")] + ".pdf"))
t2 = time.perf_counter()
print("import=%.3f loop=%.3f files=%d" % (t1 - t0, t2 - t1, len(files)))
EOF

run_occuprint() { # round
  rm -rf "$tmp/occuprint-pdf"
  local t0 t1
  t0=$(now)
  "$occuprint" guide --out "$tmp/occuprint-pdf" --format pdf --limit "$limit" --threads 1 --printed-on "$printed_on" \
    >"$tmp/occuprint-$1.log" 2>&1 || { cat "$tmp/occuprint-$1.log" >&2; exit 1; }
  t1=$(now)
  o_wall[$1]=$(elapsed "$t0" "$t1")
  # occuprint's own figure for the printing, from its last line ("Printed N of N occupations in X s")
  o_self[$1]=$(sed -n 's/.*Printed .* in \([0-9.]*\) s.*/\1/p' "$tmp/occuprint-$1.log" | tail -n 1)
  o_load[$1]=$(load)
}
run_weasyprint() { # round
  rm -rf "$tmp/weasyprint-pdf"; mkdir "$tmp/weasyprint-pdf"
  local t0 t1 line
  t0=$(now)
  line=$("$WEASYPRINT_PYTHON" "$tmp/weasy.py" "$tmp/html.list" "$tmp/weasyprint-pdf" 2>"$tmp/weasyprint-$1.log") \
    || { cat "$tmp/weasyprint-$1.log" >&2; exit 1; }
  t1=$(now)
  w_wall[$1]=$(elapsed "$t0" "$t1")
  w_import[$1]=$(echo "$line" | sed -n 's/.*import=\([0-9.]*\).*/\1/p')
  w_loop[$1]=$(echo "$line" | sed -n 's/.*loop=\([0-9.]*\).*/\1/p')
  w_warn[$1]=$(grep -c . "$tmp/weasyprint-$1.log" || true)
  w_load[$1]=$(load)
}

declare -a o_wall o_self o_load w_wall w_import w_loop w_warn w_load
load_start=$(load)
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then run_occuprint "$r"; run_weasyprint "$r"
  else run_weasyprint "$r"; run_occuprint "$r"; fi
  echo "round $r/$rounds: occuprint ${o_wall[$r]} s, WeasyPrint ${w_wall[$r]} s (loop ${w_loop[$r]} s)" >&2
done

# Page counts of the last round's outputs, file by file.
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
o_pages=0; w_pages=0; differ=0; missing=0
: >"$tmp/pages.txt"
while read -r html; do
  base=$(basename "$html" .html)
  op=$(pages "$tmp/occuprint-pdf/$base.pdf" || true); wp=$(pages "$tmp/weasyprint-pdf/$base.pdf" || true)
  if [ -z "$op" ] || [ -z "$wp" ]; then missing=$((missing + 1)); continue; fi
  o_pages=$((o_pages + op)); w_pages=$((w_pages + wp))
  if [ "$op" != "$wp" ]; then differ=$((differ + 1)); echo "  $base: occuprint $op, WeasyPrint $wp" >>"$tmp/pages.txt"; fi
done <"$tmp/html.list"

med() { local -n a=$1; printf '%s\n' "${a[@]}" | median; }
mo=$(med o_wall); mself=$(med o_self); mw=$(med w_wall); ml=$(med w_loop); mi=$(med w_import)

echo
echo "occuprint vs WeasyPrint: $limit handouts to PDF, $rounds rounds (printed-on $printed_on)"
echo "  occuprint:  $occuprint ($("$occuprint" --version 2>/dev/null | head -n 1))"
echo "  WeasyPrint: $wp_version ($WEASYPRINT_PYTHON, $("$WEASYPRINT_PYTHON" --version 2>&1))"
echo "  java:       $java_version"
echo "  nproc:      $(nproc)   load average at start: $load_start"
echo
printf '%-6s %14s %14s %14s %12s %10s %8s %9s\n' round "occuprint (s)" "(its own, s)" "WeasyPr. (s)" "loop (s)" "import (s)" warnings "load a/b"
for r in $(seq 1 "$rounds"); do
  printf '%-6s %14s %14s %14s %12s %10s %8s %9s\n' "$r" "${o_wall[$r]}" "${o_self[$r]:-?}" "${w_wall[$r]}" "${w_loop[$r]}" \
    "${w_import[$r]}" "${w_warn[$r]}" "${o_load[$r]}/${w_load[$r]}"
done
printf '%-6s %14s %14s %14s %12s %10s\n' median "$mo" "$mself" "$mw" "$ml" "$mi"
echo
echo "  occuprint wall (one cold run, one thread):      $mo s"
echo "  WeasyPrint process wall (one process):          $mw s   ratio $(ratio "$mw" "$mo")x"
echo "  WeasyPrint loop only (warm, without import):    $ml s   ratio $(ratio "$ml" "$mo")x"
unreadable=; [ "$missing" -eq 0 ] || unreadable=", $missing unreadable"
echo "  pages: occuprint $o_pages, WeasyPrint $w_pages in $count files; $differ files differ in page count$unreadable"
[ "$missing" -eq 0 ] || echo "  warning: $missing PDFs missing or unreadable" >&2
if [ "$differ" -gt 0 ]; then sed -n '1,20p' "$tmp/pages.txt"; [ "$differ" -le 20 ] || echo "  ... ($((differ - 20)) more)"; fi
target=$(awk -v l="$ml" -v o="$mo" 'BEGIN { print (l >= 10 * o) ? "holds" : "does NOT hold" }')
echo "  target (WeasyPrint warm loop >= 10x occuprint's cold wall): $target"
