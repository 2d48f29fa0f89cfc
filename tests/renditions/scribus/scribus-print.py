# Sets a contribution in Scribus as a desktop publisher lays out a report: one story flowed through text frames linked
# page after page (in one column, or two with --columns 2), paragraph styles for the body, headings, list items with
# the marker before a tab and the text hung, a table's rows set on tab stops, footnote calls raised by the superscript
# character style and the notes set after the text; the running lines are frames of their own on every page.
# Run by Scribus itself: xvfb-run -a scribus -g -ns -py scribus-print.py BLOCKS.json OUT.pdf [HEADER FOOTER PAGE OF]
# [--columns 2]. BLOCKS.json is written by js/blocks-json.mjs (the tab after a UN paragraph's number is U+E000).
import json
import sys

import scribus

args = sys.argv[1:]
columns = 1
if "--columns" in args:
    i = args.index("--columns")
    columns = int(args[i + 1])
    del args[i:i + 2]
blocks_path, out = args[0], args[1]
header, footer, page_word, of_word = (args[2:6] + ["", "", "page", "of"])[:4] if len(args) > 2 else ("", "", "page", "of")

with open(blocks_path, encoding="utf-8") as f:
    doc = json.load(f)

WIDTH, HEIGHT = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 62.0, 62.0, 78.0, 78.0
GAP = 18.0
BODY = "Liberation Serif Regular"
BOLD = "Liberation Serif Bold"
ITALIC = "Liberation Serif Italic"
BOLD_ITALIC = "Liberation Serif Bold Italic"

scribus.newDocument(scribus.PAPER_A4, (LEFT, RIGHT, TOP, BOTTOM), scribus.PORTRAIT, 1, scribus.UNIT_POINTS,
                    scribus.PAGE_1, 0, 1)
column_width = (WIDTH - LEFT - RIGHT - GAP * (columns - 1)) / columns

scribus.createCharStyle(name="body", font=BODY, fontsize=10.5)
scribus.createCharStyle(name="bold", font=BOLD, fontsize=10.5)
scribus.createCharStyle(name="italic", font=ITALIC, fontsize=10.5)
scribus.createCharStyle(name="bold-italic", font=BOLD_ITALIC, fontsize=10.5)
scribus.createCharStyle(name="call", font=BODY, fontsize=10.5, features="superscript")
scribus.createCharStyle(name="note", font=BODY, fontsize=8.5)
scribus.createCharStyle(name="note-call", font=BODY, fontsize=8.5, features="superscript")
scribus.createCharStyle(name="heading", font=BOLD, fontsize=12)
scribus.createCharStyle(name="title", font=BOLD, fontsize=15)
scribus.createCharStyle(name="running", font=BODY, fontsize=8.5)

FIXED, LEFT_ALIGN, CENTRE, RIGHT_ALIGN, JUSTIFY = 0, 0, 1, 2, 3
scribus.createParagraphStyle(name="body", linespacingmode=FIXED, linespacing=13.5, alignment=JUSTIFY, gapafter=7,
                             charstyle="body", tabs=[(36.0, 0)])
scribus.createParagraphStyle(name="title", linespacingmode=FIXED, linespacing=18, alignment=LEFT_ALIGN, gapafter=14,
                             charstyle="title", tabs=[(56.0, 0)])
scribus.createParagraphStyle(name="heading", linespacingmode=FIXED, linespacing=14.5, alignment=LEFT_ALIGN,
                             gapbefore=8, gapafter=6, charstyle="heading", tabs=[(48.0, 0)])
scribus.createParagraphStyle(name="note", linespacingmode=FIXED, linespacing=10.5, alignment=LEFT_ALIGN, gapafter=3,
                             charstyle="note")
for depth in (1, 2, 3):
    scribus.createParagraphStyle(name="item%d" % depth, linespacingmode=FIXED, linespacing=13.5, alignment=JUSTIFY,
                                 gapafter=5, leftmargin=24.0 * depth, firstindent=-24.0, charstyle="body",
                                 tabs=[(24.0 * depth, 0)])
# A table as a designer sets a small one in the flow: its first column ragged, the figures on right tabs.
scribus.createParagraphStyle(name="row", linespacingmode=FIXED, linespacing=13.5, alignment=LEFT_ALIGN, gapafter=2,
                             charstyle="body", tabs=[(column_width * 0.78, 1), (column_width - 2, 1)])

text = []  # the story's characters
paragraphs = []  # (start, end, paragraph style)
spans = []  # (start, end, character style)


def add_runs(runs, base="body"):
    for run in runs:
        piece = run["text"].replace("\ue000", "\t")
        if not piece:
            continue
        style = base
        if run.get("sup"):
            style = "note-call" if base == "note" else "call"
        elif base == "body" and run.get("b") and run.get("i"):
            style = "bold-italic"
        elif base == "body" and run.get("b"):
            style = "bold"
        elif base == "body" and run.get("i"):
            style = "italic"
        start = sum(len(t) for t in text)
        text.append(piece)
        if style != base:
            spans.append((start, start + len(piece), style))


def paragraph(style, fill):
    start = sum(len(t) for t in text)
    fill()
    paragraphs.append((start, sum(len(t) for t in text), style))
    text.append("\r")


def tabbed(block, base="body"):
    """A paragraph's number set a tab before its text (a UN document's "1.<TAB>", "I.<TAB>"), in the text's type."""
    if block.get("tabMarker"):
        text.append(block["tabMarker"] + "\t")
    add_runs(block["runs"], base)


for block in doc["blocks"]:
    kind = block["t"]
    if kind == "h":
        style = "title" if block.get("level", 1) == 1 else "heading"
        paragraph(style, lambda: tabbed(block, style))
    elif kind == "p":
        paragraph("body", lambda: tabbed(block))
    elif kind == "li":
        depth = min(max(block.get("depth", 1), 1), 3)
        paragraph("item%d" % depth, lambda: (text.append(block["marker"] + "\t"), add_runs(block["runs"])))
    elif kind == "table":
        for r, row in enumerate(block["rows"]):
            def fill(row=row, head=r < block.get("headRows", 0)):
                start = sum(len(t) for t in text)
                text.append("\t".join(row))
                if head:
                    spans.append((start, start + len("\t".join(row)), "bold"))
            paragraph("row", fill)
for n, note in enumerate(doc.get("notes", []), 1):
    def fill(n=n, note=note):
        start = sum(len(t) for t in text)
        text.append(str(n))
        spans.append((start, start + len(str(n)), "note-call"))
        text.append(" " + note)
    paragraph("note", fill)
story = "".join(text).rstrip("\r")

frames = [scribus.createText(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM)]
scribus.setColumns(columns, frames[0])
scribus.setColumnGap(GAP, frames[0])
scribus.setText(story, frames[0])
for start, end, style in paragraphs:
    if end > start:
        scribus.selectText(start, end - start, frames[0])
        scribus.setParagraphStyle(style, frames[0])
for start, end, style in spans:
    scribus.selectText(start, end - start, frames[0])
    scribus.setCharacterStyle(style, frames[0])
scribus.selectText(0, 0, frames[0])

scribus.layoutTextChain(frames[0])
while scribus.textOverflows(frames[-1]):
    scribus.newPage(-1)
    scribus.gotoPage(scribus.pageCount())
    frame = scribus.createText(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM)
    scribus.setColumns(columns, frame)
    scribus.setColumnGap(GAP, frame)
    scribus.linkTextFrames(frames[-1], frame)
    frames.append(frame)
    scribus.layoutTextChain(frames[0])
    if len(frames) > 60:
        raise SystemExit("the story does not fit in 60 pages")


def running_line(page, y, line, alignment):
    scribus.gotoPage(page)
    frame = scribus.createText(LEFT, y, WIDTH - LEFT - RIGHT, 14)
    scribus.setText(line, frame)
    scribus.selectText(0, len(line), frame)
    scribus.setCharacterStyle("running", frame)
    scribus.setTextAlignment(alignment, frame)
    scribus.selectText(0, 0, frame)


pages = scribus.pageCount()
for page in range(1, pages + 1):
    if header:
        running_line(page, TOP - 30, header, scribus.ALIGN_RIGHT)
    count = "%s %d %s %d" % (page_word.capitalize(), page, of_word, pages)
    running_line(page, HEIGHT - BOTTOM + 22, "%s – %s" % (footer, count) if footer else count, scribus.ALIGN_CENTERED)

pdf = scribus.PDFfile()
pdf.file = out
pdf.fontEmbedding = 0
pdf.save()
