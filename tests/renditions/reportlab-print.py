#!/usr/bin/python3
"""Sets a Markdown contribution in a PDF with ReportLab's Platypus, as a report generator does: the paragraphs come
from pandoc's syntax tree (pandoc -t json), and this script lays them out itself: justified body text, headings,
numbered and lettered paragraphs and bullets as ListFlowables, a table, footnote calls raised and the notes gathered
at the end, and a running footer (the document's short name and the page number) on every page.

Usage: reportlab-print.py SOURCE.md OUT.pdf   (needs pandoc and Debian's python3-reportlab)
"""
import json
import subprocess
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

styles = getSampleStyleSheet()
body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13,
                      alignment=TA_JUSTIFY, spaceAfter=6)
headings = {
    1: ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=19,
                      alignment=TA_LEFT, spaceAfter=10),
    2: ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15,
                      spaceBefore=10, spaceAfter=6),
    3: ParagraphStyle("h3", parent=styles["Heading3"], fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                      spaceBefore=8, spaceAfter=4),
}
cell = ParagraphStyle("cell", parent=body, alignment=TA_LEFT, spaceAfter=0)
note = ParagraphStyle("note", parent=body, fontSize=8, leading=10, alignment=TA_LEFT, spaceAfter=2)

notes = []  # the footnotes' texts, in the order of their calls


def inline(items):
    """Pandoc inlines as ReportLab's paragraph markup."""
    out = []
    for item in items:
        kind, content = item["t"], item.get("c")
        if kind == "Str":
            out.append(escape(content))
        elif kind in ("Space", "SoftBreak"):
            out.append(" ")
        elif kind == "LineBreak":
            out.append("<br/>")
        elif kind == "Emph":
            out.append("<i>" + inline(content) + "</i>")
        elif kind == "Strong":
            out.append("<b>" + inline(content) + "</b>")
        elif kind == "Code":
            out.append(escape(content[1]))
        elif kind in ("Link", "Span"):
            out.append(inline(content[1]))
        elif kind == "Quoted":
            mark = '"' if content[0]["t"] == "DoubleQuote" else "'"
            out.append(mark + inline(content[1]) + mark)
        elif kind == "Note":
            notes.append(" ".join(inline(block["c"]) for block in content if block["t"] in ("Para", "Plain")))
            out.append("<super>%d</super>" % len(notes))
        elif kind == "RawInline":
            pass
        else:
            raise SystemExit("reportlab-print.py: inline %s not handled" % kind)
    return "".join(out)


BULLET_TYPES = {"Decimal": "1", "DefaultStyle": "1", "LowerAlpha": "a", "UpperAlpha": "A", "LowerRoman": "i",
                "UpperRoman": "I"}
FORMATS = {"Period": "%s.", "OneParen": "%s)", "TwoParens": "(%s)", "DefaultDelim": "%s."}


def blocks(items):
    """Pandoc blocks as Platypus flowables."""
    flowables = []
    for item in items:
        kind, content = item["t"], item.get("c")
        if kind == "Header":
            flowables.append(Paragraph(inline(content[2]), headings.get(content[0], headings[3])))
        elif kind in ("Para", "Plain"):
            flowables.append(Paragraph(inline(content), body))
        elif kind == "OrderedList":
            (start, style, delim), entries = content
            flowables.append(ListFlowable([ListItem(blocks(entry)) for entry in entries], start=start,
                                          bulletType=BULLET_TYPES[style["t"]], bulletFormat=FORMATS[delim["t"]],
                                          bulletFontName="Helvetica", bulletFontSize=10, leftIndent=22))
        elif kind == "BulletList":
            flowables.append(ListFlowable([ListItem(blocks(entry)) for entry in content],
                                          bulletType="bullet", start="\u2022", bulletFontSize=8, leftIndent=14))
        elif kind == "Table":
            flowables.append(table(content))
        elif kind == "Div":
            flowables.extend(blocks(content[1]))
        elif kind in ("RawBlock", "HorizontalRule", "Null"):
            pass
        else:
            raise SystemExit("reportlab-print.py: block %s not handled" % kind)
    return flowables


def table(content):
    """A pandoc table (head and body rows, each cell a list of blocks) as a Platypus table with ruled cells."""
    head, bodies = content[3], content[4]

    def row_cells(row):
        return [Paragraph(" ".join(inline(b["c"]) for b in c[4] if b["t"] in ("Para", "Plain")), cell) for c in row[1]]

    rows = [row_cells(r) for r in head[1]]
    for section in bodies:
        rows.extend(row_cells(r) for r in section[3])
    t = Table(rows, hAlign="LEFT", repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    return t


def main(source, out):
    tree = json.loads(subprocess.check_output(["pandoc", "-f", "markdown-smart", "-t", "json", source]))
    story = blocks(tree["blocks"])
    if notes:
        story.append(Spacer(1, 12))
        story.extend(Paragraph("<super>%d</super> %s" % (i + 1, text), note) for i, text in enumerate(notes))
    name = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(A4[0] / 2, 1.3 * cm, "%s \u2013 %d" % (name, document.page))
        canvas.restoreState()

    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm,
                                 bottomMargin=2.5 * cm, title=name, author="", creator="", invariant=1)
    document.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
