#!/usr/bin/env python3
"""Tells the OCR's misses from the reader's on scanned renditions. For each PDF named (of manifest.tsv), the source's
paragraphs (footnotes aside, as the scorer takes them, read by `./wsis segment`) are looked for in the PDF's text layer
as poppler's pdftotext gives it, word by word and mark by mark (a word divided at a line end may come as its two
pieces; a footnote call, a short number the source does not have there, is skipped): a paragraph whose words and marks
are not all there in order, or after which the layer has a mark no text opens with (a call read as "!" or "’"), was
garbled by the OCR; a numbered paragraph whose number (1, a, II) is not right before its words lost its number to it. Then each paragraph the text layer has intact is looked for among the reader's own
paragraphs (`./wsis segment` of the PDF), with the scorer's normalisation: one missing there is the reader's miss.

Usage (from the repository root): tests/renditions/ocr-garbled.py PRODUCER...   (needs pdftotext and a built ./wsis)
Prints one line per PDF: expected, garbled by the OCR, of the rest missed by the reader; then the totals; with
--list, every garbled paragraph's words where the text layer parts from them, and every miss of the reader.
"""
import json
import re
import subprocess
import sys
import unicodedata

WORD = re.compile(r"[^\W_]+|[^\w\s]")
OPENING = set("([«\"'•–—-")


def segment(path):
    out = subprocess.run(["./wsis", "segment", path], capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def fold(text):
    return unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("œ", "oe").replace("Œ", "OE")


def words(text):
    return [w.lower() for w in WORD.findall(fold(text))]


def layer_words(pdf):
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return words(re.sub(r"(\w)[-\u00ad]\s*\n\s*(\w)", r"\1\n\2", fold(text)))  # a divided word as two pieces


def find(expected, layer, number):
    """Whether the expected words are in the layer, in order (short numbers in between skipped; an expected word may
    come as two pieces, divided at a line end), followed by no stray mark; then whether right after the paragraph's
    number (True without one). (False, False) when the words are not there."""
    found = False
    if not expected:
        return True, True
    for start in (i for i, w in enumerate(layer) if w == expected[0] or expected[0].startswith(w)):
        i, j = start, 0
        while j < len(expected) and i < len(layer):
            if layer[i] == expected[j]:
                i, j = i + 1, j + 1
            elif i + 1 < len(layer) and layer[i] + layer[i + 1] == expected[j]:
                i, j = i + 2, j + 1
            elif layer[i].isdigit() and len(layer[i]) <= 2 and j > 0:
                i += 1
            else:
                break
        if j < len(expected):
            continue
        if i < len(layer) and not layer[i][0].isalnum() and layer[i] not in OPENING:
            continue
        found = True
        before = [w for w in layer[max(0, start - 3):start] if w not in (".", ")", "(")]
        if number is None or (before and before[-1] == number.lower()):
            return True, True
    return found, False


def normalise(text):
    return re.sub(r"\s+", " ", fold(text)).strip()


def main(args):
    listing = "--list" in args
    producers = [a for a in args if a != "--list"]
    rows = [line.rstrip("\n").split("\t") for line in open("tests/renditions/manifest.tsv", encoding="utf-8")][1:]
    total = [0, 0, 0, 0]
    for producer, pdf, source in (r for r in rows if r[0] in producers):
        pdf_path, source_path = "tests/renditions/" + pdf, "tests/renditions/" + source
        expected = [p for p in segment(source_path) if p["kind"] != "footnote"]
        layer = layer_words(pdf_path)
        read = {normalise(p["text"]) for p in segment(pdf_path)}
        garbled, missed, numbers = [], [], 0
        for paragraph in expected:
            intact, numbered = find(words(paragraph["text"]), layer, paragraph["number"])
            numbers += 0 if numbered or not intact else 1
            if not intact:
                garbled.append(paragraph["text"])
            elif normalise(paragraph["text"]) not in read:
                missed.append(paragraph["text"])
        print("%-12s %-52s expected %3d  garbled by OCR %3d  reader missed %3d  numbers lost by OCR %2d" % (producer, pdf, len(expected), len(garbled), len(missed), numbers))
        if listing:
            for text in garbled:
                print("    OCR:    " + text[:110])
            for text in missed:
                print("    reader: " + text[:110])
        total = [total[0] + len(expected), total[1] + len(garbled), total[2] + len(missed), total[3] + numbers]
    print("total: expected %d, garbled by the OCR %d, of the rest missed by the reader %d; numbers lost by the OCR %d" % tuple(total))


if __name__ == "__main__":
    if not [a for a in sys.argv[1:] if a != "--list"]:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
