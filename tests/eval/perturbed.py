"""Writes copies of labelled JSON Lines files whose texts are changed the way text is changed on its way to the
classifier, labels untouched: copied out of a PDF (ligature characters, footnote calls glued to words, lines broken
and words divided at their ends), typed on another keyboard (typographic apostrophes and French no-break spaces, no
accents), numbered as a report numbers its paragraphs, or written in capitals.

    python3 tests/eval/perturbed.py OUT FILE...
    ./wsis eval OUT/<change>/*.jsonl --text-only      # one folder per change; OUT/as-written holds the files unchanged

Scoring each folder beside OUT/as-written tells how much each change costs: a classifier that reads text as a person
does loses nothing. The changes are drawn with a fixed seed, so the same files give the same copies.
"""
import json
import os
import random
import re
import sys
import unicodedata


def ligatures(text, rng):
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


def glued_call(text, rng):
    # One footnote call after a word past the opening, before its punctuation, as a PDF viewer pastes "Society3,".
    words = text.split(" ")
    if len(words) < 5:
        return text
    i = rng.randrange(2, len(words))
    word = words[i]
    end = len(word)
    while end > 0 and not word[end - 1].isalnum():
        end -= 1
    if end > 0 and word[end - 1].isalpha():
        words[i] = word[:end] + str(rng.randint(1, 40)) + word[end:]
    return " ".join(words)


def wrapped(text, rng):
    # Lines of about 80 characters; half the long words that reach the edge divided with a hyphen.
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) > 80:
            if len(word) > 8 and rng.random() < 0.5:
                half = len(word) // 2
                lines.append(line + word[:half] + "-")
                line = word[half:] + " "
                continue
            lines.append(line.rstrip())
            line = ""
        line += word + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def typographic(text, rng):
    text = text.replace("'", "\u2019")
    return re.sub(r" ([;:?!»])", "\u202f\\1", text.replace("« ", "«\u00a0"))


def unaccented(text, rng):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def numbered(text, rng):
    return f"{rng.randint(2, 98)}. {text}"


def capitals(text, rng):
    return text.upper()


CHANGES = {
    "ligatures": ligatures,
    "glued-call": glued_call,
    "wrapped": wrapped,
    "typographic": typographic,
    "unaccented": unaccented,
    "numbered": numbered,
    "capitals": capitals,
}


def main(out, files):
    for name, change in [("as-written", lambda text, rng: text), *CHANGES.items()]:
        rng = random.Random(f"{name}-2026")
        os.makedirs(os.path.join(out, name), exist_ok=True)
        for path in files:
            with open(path, encoding="utf-8") as source, \
                    open(os.path.join(out, name, os.path.basename(path)), "w", encoding="utf-8") as copy:
                for line in source:
                    item = json.loads(line)
                    item["text"] = change(item["text"], rng)
                    copy.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(files)} files x {len(CHANGES) + 1} -> {out}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
