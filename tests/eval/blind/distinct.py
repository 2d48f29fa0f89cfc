#!/usr/bin/env python3
"""Prints the blind items that are not near-duplicates of a training item, as JSON Lines on stdout.

Writers who never saw each other's files still write the same formulaic UN sentences ("Recalling its resolution 70/125
of 16 December 2015...", the standard mandate of the Secretary-General's report). A blind item whose words overlap a
written training item's by more than 60 % (Jaccard over lower-cased word sets) is left out, so that the blind figures
can also be read on text the model cannot have memorised:

    python3 tests/eval/blind/distinct.py > /tmp/blind-distinct.jsonl
    ./wsis eval /tmp/blind-distinct.jsonl --text-only
    python3 tests/eval/blind/distinct.py tests/eval/blind-2 > /tmp/blind-2-distinct.jsonl   # the second blind set

Run from the repository root; the folder of blind files is the first argument (default tests/eval/blind). The count left out is printed on stderr.
"""
import glob
import json
import re
import sys

THRESHOLD = 0.6


def words(text):
    return set(re.findall(r"\w+", text.lower()))


# The development files too: both models learn from them.
written = [words(json.loads(line)["text"]) for path in sorted(glob.glob("tests/eval/written/*.jsonl") + glob.glob("tests/eval/written/development/*.jsonl")) for line in open(path, encoding="utf-8") if line.strip()]
left_out = 0
folder = sys.argv[1] if len(sys.argv) > 1 else "tests/eval/blind"
for path in sorted(glob.glob(f"{folder}/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        item = json.loads(line)
        mine = words(item["text"])
        if any(len(mine & other) / len(mine | other) > THRESHOLD for other in written):
            left_out += 1
            continue
        sys.stdout.write(line if line.endswith("\n") else line + "\n")
print(f"{left_out} blind items left out as near-duplicates of written training items", file=sys.stderr)
