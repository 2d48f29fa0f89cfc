#!/usr/bin/env bash
# Whole-command speed of `./wsis segment` and `./wsis classify` as a person runs them (process start included), on
# real pages, beside pdftotext and a plain line reader in the same run, so a loaded machine shows in both.
#
#   tests/Serverless.Benchmarks/commands.sh [BEFORE_DLL]
#
# BEFORE_DLL: a wsis.dll built from an earlier commit, run the way ./wsis ran it then (`dotnet BEFORE_DLL ...`), for
# a before/after in one run. BEFORE_ENV (e.g. DOTNET_TieredPGO=0, which ./wsis sets for one-shot commands) is set for
# the earlier build's runs, and BEFORE_CLASSIFY_ENV (default: BEFORE_ENV) for its classify runs, since ./wsis runs
# classify with settings of its own (DOTNET_TieredCompilation=0). Needs ../shared/corpus (or WSIS_CORPUS) for the report PDF and the paragraphs, and
# pandoc with pdflatex to print the report PDF; without them it says so and measures the rendition PDFs only.
# COMMANDS=classify leaves the PDF lines out; CLASSIFY_RUNS (default 5) sets how many times each classify runs.
# Figures: wall seconds and CPU seconds (user + system) from /usr/bin/time; the rate after start-up divides by the
# wall time less the same command's time on a one-line file.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${WSIS_CORPUS:-$root/../shared/corpus}"
before="${1:-}"
before_env="${BEFORE_ENV:-}"
before_classify_env="${BEFORE_CLASSIFY_ENV:-$before_env}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs=3

"$root/wsis" --help > /dev/null # builds what is stale, outside the timings

# Prints "wall cpu" of one command (its stdout thrown away).
timed() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time"
}

# The fastest of $runs runs (the least disturbed by other work on the machine): "wall cpu".
best() {
  for _ in $(seq "$runs"); do timed "$@"; done | sort -n | head -1
}

rate() { awk -v n="$1" -v w="$2" -v s="$3" 'BEGIN { d = w - s; if (d <= 0.01) d = 0.01; printf "%.0f", n / d }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(date -u +%Y-%m-%dT%H:%MZ)"
echo

printf 'one line\n' > "$work/one.txt"
read -r start_wall start_cpu < <(best "$root/wsis" segment "$work/one.txt")
echo "start-up (./wsis segment on a one-line file): ${start_wall} s wall, ${start_cpu} s CPU"
if [ -n "$before" ]; then
  read -r before_start_wall before_start_cpu < <(best env $before_env dotnet "$before" segment "$work/one.txt")
  echo "start-up before: ${before_start_wall} s wall, ${before_start_cpu} s CPU"
fi
echo

# COMMANDS=classify measures start-up and classify only (the PDF lines take most of the run's time).
if [ "${COMMANDS:-all}" != classify ]; then
# The report PDF: the corpus's five documents twice, printed by pandoc and pdflatex at 10 pt with 1.7 cm margins, so
# a page holds about as much text as a real report page (4.7 KB of text a page).
pdfs=()
if [ -d "$corpus" ] && command -v pandoc > /dev/null && command -v pdflatex > /dev/null; then
  cat "$corpus"/*.txt "$corpus"/*.txt > "$work/report.md"
  pandoc -f markdown-smart "$work/report.md" -V geometry:margin=1.7cm -V fontsize=10pt -o "$work/report.pdf"
  pdfs+=("$work/report.pdf")
else
  echo "No report PDF: needs $corpus and pandoc with pdflatex."
fi

echo "| PDF | pages | text a page | pdftotext wall | ./wsis segment wall (CPU) | pages/s after start-up | pdftotext pages/s | before: wall (CPU), pages/s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
measure_pdf() {
  local pdf="$1" name="$2" pages chars
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  chars=$(pdftotext "$pdf" - | wc -c)
  read -r p_wall _ < <(best pdftotext "$pdf" -)
  read -r s_wall s_cpu < <(best "$root/wsis" segment "$pdf")
  local before_cell="-"
  if [ -n "$before" ]; then
    read -r b_wall b_cpu < <(best env $before_env dotnet "$before" segment "$pdf")
    before_cell="$b_wall s ($b_cpu s), $(rate "$pages" "$b_wall" "$before_start_wall")"
  fi
  echo "| $name | $pages | $((chars / pages)) B | $p_wall s | $s_wall s ($s_cpu s) | $(rate "$pages" "$s_wall" "$start_wall") | $(rate "$pages" "$p_wall" 0) | $before_cell |"
}

for pdf in "${pdfs[@]}"; do measure_pdf "$pdf" "corpus report (pandoc, pdflatex)"; done
# The rendition corpus: each producer's PDFs, one command a file, as one batch.
for producer in chromium libreoffice latex; do
  files=("$root"/tests/renditions/"$producer"/*.pdf)
  total=0
  for pdf in "${files[@]}"; do total=$((total + $(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }'))); done
  read -r p_wall _ < <(best sh -c 'for f; do pdftotext "$f" -; done' sh "${files[@]}")
  read -r s_wall s_cpu < <(best sh -c 'w="$1"; shift; for f; do "$w" segment "$f"; done' sh "$root/wsis" "${files[@]}")
  startups=$(awk -v n="${#files[@]}" -v s="$start_wall" 'BEGIN { print n * s }')
  before_cell="-"
  if [ -n "$before" ]; then
    read -r b_wall b_cpu < <(best env $before_env sh -c 'd="$1"; shift; for f; do dotnet "$d" segment "$f"; done' sh "$before" "${files[@]}")
    before_cell="$b_wall s ($b_cpu s), $(rate "$total" "$b_wall" "$(awk -v n="${#files[@]}" -v s="$before_start_wall" 'BEGIN { print n * s }')")"
  fi
  echo "| tests/renditions/$producer (${#files[@]} files, one command each) | $total | - | $p_wall s | $s_wall s ($s_cpu s) | $(rate "$total" "$s_wall" "$startups") | $(rate "$total" "$p_wall" 0) | $before_cell |"
done
echo
fi

# classify: 100,000 corpus paragraphs (the corpus's segmented paragraphs, repeated) as JSON Lines on stdin.
# BEFORE_CLASSIFY_ENV is the environment the before build runs classify in. With a before build the two are run in
# turn (after, before, after...), CLASSIFY_RUNS times each (default 5), so a change of load on the machine falls on
# both alike; each side's fastest run is reported, with the load average over the classify runs. Peak memory: the most
# resident memory of one more run of each command.
peak() { /usr/bin/time -f "%M" -o "$work/mem" "$@" > /dev/null; echo $(( $(cat "$work/mem") / 1024 )); }
classify_runs="${CLASSIFY_RUNS:-5}"
if [ -d "$corpus" ]; then
  for f in "$corpus"/*.txt; do "$root/wsis" segment "$f"; done | sed 's/^{"index":/{"id":/' > "$work/paragraphs.jsonl"
  awk -v n=100000 '{ line[NR] = $0 } END { for (i = 0; i < n; i++) print line[i % NR + 1] }' "$work/paragraphs.jsonl" > "$work/100k.jsonl"
  bytes=$(wc -c < "$work/100k.jsonl")
  read -r w_wall _ < <(best wc -l "$work/100k.jsonl")
  read -r c_wall _ < <(best cat "$work/100k.jsonl")
  classify_load="$(cut -d' ' -f1 /proc/loadavg)"
  : > "$work/k_after"
  : > "$work/k_before"
  for _ in $(seq "$classify_runs"); do
    timed sh -c "'$root/wsis' classify < '$work/100k.jsonl'" >> "$work/k_after"
    if [ -n "$before" ]; then
      timed sh -c "env $before_classify_env dotnet '$before' classify < '$work/100k.jsonl'" >> "$work/k_before"
    fi
  done
  classify_load="$classify_load to $(cut -d' ' -f1 /proc/loadavg)"
  read -r k_wall k_cpu < <(sort -n "$work/k_after" | head -1)
  k_mem=$(peak sh -c "'$root/wsis' classify < '$work/100k.jsonl'")
  echo "classify, 100,000 corpus paragraphs ($((bytes / 1024 / 1024)) MB of JSON Lines; load average $classify_load over the ${classify_runs} runs of each): wc -l ${w_wall} s, cat ${c_wall} s;" \
       "./wsis classify ${k_wall} s wall, ${k_cpu} s CPU: $(rate 100000 "$k_wall" 0) paragraphs/s," \
       "$(rate 100000 "$k_wall" "$start_wall") after start-up, $(awk -v c="$k_cpu" 'BEGIN { printf "%.0f", 100000 / c }') per CPU-second, peak ${k_mem} MiB"
  echo "  every run, wall and CPU seconds: $(tr '\n' ';' < "$work/k_after" | sed 's/;$//; s/;/; /g')"
  if [ -n "$before" ]; then
    read -r kb_wall kb_cpu < <(sort -n "$work/k_before" | head -1)
    kb_mem=$(peak sh -c "env $before_classify_env dotnet '$before' classify < '$work/100k.jsonl'")
    echo "classify before: ${kb_wall} s wall, ${kb_cpu} s CPU: $(rate 100000 "$kb_wall" 0) paragraphs/s," \
         "$(rate 100000 "$kb_wall" "$before_start_wall") after start-up, $(awk -v c="$kb_cpu" 'BEGIN { printf "%.0f", 100000 / c }') per CPU-second, peak ${kb_mem} MiB"
    echo "  every run, wall and CPU seconds: $(tr '\n' ';' < "$work/k_before" | sed 's/;$//; s/;/; /g')"
  fi
else
  echo "No classify figures: needs the corpus at $corpus."
fi
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
