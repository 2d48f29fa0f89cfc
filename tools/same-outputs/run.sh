#!/usr/bin/env bash
# Saves what `./wsis segment` prints for every file of samples/ and the corpus, what `./wsis classify` prints for
# every labelled paragraph of tests/eval/ and tests/eval/blind/ (text alone, and with the item's language, section,
# kind and document body), and what the pipeline's parts decide for those files (pipeline.cs: document profiles,
# labels in context, the year's summary and both drafts), into OUT. Run it before and after a change that must not change outputs, then
# `diff -r BEFORE AFTER`. The classify inputs are written once (first run) into OUT/../inputs and reused, so both
# runs classify the same lines.
# Usage: tools/same-outputs/run.sh OUT [CORPUS]   (CORPUS defaults to ../shared/corpus)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(realpath -m "$1")"
corpus="$(realpath -m "${2:-$root/../shared/corpus}")"
inputs="$(dirname "$out")/inputs"
mkdir -p "$out/segment" "$out/classify"
if [ ! -d "$inputs" ]; then
  dotnet run "$root/tools/same-outputs/inputs.cs" -- "$root" "$corpus" "$inputs" >&2
fi
for file in "$root"/samples/* "$corpus"/*; do
  [ -f "$file" ] || continue
  name="$(basename "$file")"
  # stderr is left out (it may say "Building what changed..."); an exit code other than 0 is kept.
  "$root/wsis" segment "$file" > "$out/segment/$name.jsonl" 2>/dev/null || echo "exit $?" >> "$out/segment/$name.jsonl"
  "$root/wsis" segment "$file" --stats > "$out/segment/$name.stats" 2>/dev/null || echo "exit $?" >> "$out/segment/$name.stats"
done
for input in "$inputs"/*.jsonl; do
  "$root/wsis" classify < "$input" > "$out/classify/$(basename "$input")" 2>/dev/null || echo "exit $?" >> "$out/classify/$(basename "$input")"
done
dotnet run "$root/tools/same-outputs/pipeline.cs" -- "$root" "$corpus" "$out/pipeline" >&2
echo "$(find "$out" -type f | wc -l) files in $out" >&2
