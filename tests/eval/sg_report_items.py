#!/usr/bin/env python3
"""Writes tests/eval/sg-report-2024.jsonl: the paragraphs of the Secretary-General's 2024 report (corpus file 003)
under its action-line sections III.F.1 a) to k), labelled by the document's own headings.

Only references are written (file, start anchor, end anchor: a few words each), never the text: the corpus
may not be copied. The headings are not passed as "section", so they cannot leak into the input.
Run from the repository root: python3 tests/eval/sg_report_items.py ../shared/corpus
"""
import json
import re
import sys

FILE = "003_93a91d9ffa97d902.txt"
# Heading text (as printed) -> label. Sub-lines of C7 are unlettered headings under g).
HEADINGS = [
    ("(C1)", "C1"), ("(C2)", "C2"), ("(C3)", "C3"), ("(C4)", "C4"), ("(C5)", "C5"), ("(C6)", "C6"),
    ("(C7)", "C7"), ("Administration en ligne", "C7.1"), ("Affaires électroniques", "C7.2"),
    ("Apprentissage en ligne", "C7.3"), ("Cybersanté", "C7.4"), ("Cybertravail", "C7.5"),
    ("Cyberécologie", "C7.6"), ("Cyberagriculture", "C7.7"), ("Cyberscience", "C7.8"),
    ("(C8)", "C8"), ("(C9)", "C9"), ("(C10)", "C10"), ("(C11)", "C11"),
]
END_OF_SECTION = "2. Application des thèmes"


def clean_lines(lines):
    """Drops the footnote blocks a PDF page break interleaves (same rule as CorpusParagraphResolver)."""
    out, in_notes = [], False
    for i, line in enumerate(lines):
        if line and not line.strip():
            in_notes = True
            continue
        if in_notes:
            follows = i > 0 and lines[i - 1].strip() != ""
            if not line or not follows or line.lstrip().startswith("http"):
                continue
            in_notes = False
        if line.strip():
            out.append(line.strip())
    return out


def main(corpus):
    lines = clean_lines(open(f"{corpus}/{FILE}", encoding="utf-8").read().split("\n"))
    label, paragraphs, current = None, [], None
    started = False
    for line in lines:
        if "(C1)" in line:
            started = True
        if not started:
            continue
        if line.startswith(END_OF_SECTION):
            break
        heading = next((code for text, code in HEADINGS if line.endswith(text) or line == text), None)
        if heading and len(line) < 120 and not re.match(r"^\d+\. ", line):
            label = heading
            current = None
            continue
        if re.match(r"^[a-k]\) ", line) and len(line) < 120:
            current = None  # the first line of a heading that ends on a later "(Cn)" line
            continue
        m = re.match(r"^(\d+)\. ", line)
        if m and label:
            current = {"number": m.group(1), "label": label, "words": line.split()}
            paragraphs.append(current)
        elif current is not None:
            # Continuation lines of a heading that spans lines end with "(Cn)"; they are not paragraph text.
            if re.search(r"\(C\d+\)\s*$", line):
                continue
            current["words"].extend(line.split())
    with open("tests/eval/sg-report-2024.jsonl", "w", encoding="utf-8") as out:
        for p in paragraphs:
            words = p["words"]
            item = {
                "id": f"sg2024-p{p['number']}",
                "source": {"file": FILE, "start": " ".join(words[:7]), "end": " ".join(words[-6:])},
                "lang": "fr",
                "kind": "paragraph",
                "actionLines": [p["label"]],
            }
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(paragraphs)} paragraphs")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
