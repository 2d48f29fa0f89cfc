#!/usr/bin/python3
"""Prints an HTML fragment to PDF with PyMuPDF's Story (MuPDF's own HTML and CSS layout), as a Python service that
turns a page's HTML into a report does: the story is placed into one rectangle per page (or two, side by side, with
--columns 2), then the page is re-opened and its running lines are written by insert_text.

Usage: story-print.py IN.html OUT.pdf [--columns 2] [HEADER FOOTER PAGE OF]
Without the running lines, the page number alone is written at the foot's centre; with them, HEADER atop each page at
the right and "FOOTER – PAGE n OF m" at the foot's centre. Debian's python3-fitz (PyMuPDF 1.21)."""
import io
import re
import sys

import fitz

args = sys.argv[1:]
columns = 1
if "--columns" in args:
    at = args.index("--columns")
    columns = int(args[at + 1])
    del args[at:at + 2]
source, target = args[0], args[1]
running = args[2:6] if len(args) >= 6 else None



def numbered_lists_as_text(page):
    """MuPDF 1.21 numbers every <ol> from 1 in digits (it ignores start and type, and counter-reset too), so the
    service's template writes each item's marker into its text, hung before it, as the page numbers it."""
    out, stack, at = [], [], 0
    for tag in re.finditer(r"<(/?)(ol|ul|li)\b([^>]*)>", page):
        out.append(page[at:tag.start()])
        at = tag.end()
        closing, name, attributes = tag.group(1), tag.group(2), tag.group(3)
        if name == "li" and not closing and stack and stack[-1] is not None:
            kind, number = stack[-1]
            stack[-1] = (kind, number + 1)
            marker = chr(ord(kind) + number - 1) if kind in "aA" else str(number)
            out.append(f'<div class="li">{marker}.\u2002')
        elif name == "li" and closing and stack and stack[-1] is not None:
            out.append("</div>")
        elif name == "ol" and not closing:
            start = re.search(r'start="(\d+)"', attributes)
            kind = re.search(r'type="([aA1])"', attributes)
            stack.append((kind.group(1) if kind else "1", int(start.group(1)) if start else 1))
            out.append('<div class="ol">')
        elif name == "ol":
            stack.pop()
            out.append("</div>")
        else:
            if name == "ul":
                stack.append(None) if not closing else stack.pop()
            out.append(tag.group(0))
    out.append(page[at:])
    # A loose list's item is a paragraph: the marker goes into it, so that it hangs before the paragraph's first line.
    return re.sub(r'<div class="li">([^<]*?\u2002)\s*<p>', r'<div class="li"><p>\1', "".join(out))


with open(source, encoding="utf-8") as f:
    html = numbered_lists_as_text(f.read())

# The look of a plain report stylesheet: serif body justified at 11 pt, headings in bold sans, a ruled table. No
# line-height: with one, MuPDF 1.21 fills a frame past its foot and the story's text between that line and the next
# frame is lost.
css = """
body { font-family: serif; font-size: 11pt; text-align: justify }
h1 { font-family: sans-serif; font-size: 17pt; text-align: left; margin: 0 0 12pt 0 }
h2 { font-family: sans-serif; font-size: 13pt; text-align: left; margin: 14pt 0 6pt 0 }
h3 { font-family: sans-serif; font-size: 11pt; text-align: left; margin: 12pt 0 4pt 0 }
p { margin: 0 0 6pt 0 }
li { margin: 0 0 4pt 0 }
div.ol { margin: 0 0 6pt 0 }
div.li { margin: 0 0 4pt 2em; text-indent: -2em }
div.li ul, div.li p + p { text-indent: 0 }
table { border-collapse: collapse; margin: 6pt 0 }
th, td { border: 0.5pt solid black; padding: 2pt 6pt; text-align: left }
section.footnotes { font-size: 9pt }
hr { border: 0; border-top: 0.5pt solid black }
"""
story = fitz.Story(html=html, user_css=css)
paper = fitz.paper_rect("a4")
margin_x, margin_top, margin_bottom = 64, 78, 78
gutter = 18
width = (paper.width - 2 * margin_x - gutter * (columns - 1)) / columns
frames = [fitz.Rect(margin_x + i * (width + gutter), margin_top, margin_x + i * (width + gutter) + width,
                    paper.height - margin_bottom) for i in range(columns)]

buffer = io.BytesIO()
writer = fitz.DocumentWriter(buffer)
more = True
while more:
    device = writer.begin_page(paper)
    for frame in frames:
        more, _ = story.place(frame)
        story.draw(device)
        if not more:
            break
    writer.end_page()
writer.close()

document = fitz.open("pdf", buffer.getvalue())
count = document.page_count
for number, page in enumerate(document, start=1):
    page.wrap_contents()  # the story's content leaves its own coordinate system in force
    if running:
        header, footer, word, of = running
        size = 9
        width_header = fitz.get_text_length(header, fontname="helv", fontsize=size)
        page.insert_text((paper.width - margin_x - width_header, margin_top - 24), header, fontname="helv", fontsize=size)
        line = f"{footer} – {word} {number} {of} {count}"
    else:
        size = 10
        line = str(number)
    width_line = fitz.get_text_length(line, fontname="helv", fontsize=size)
    page.insert_text(((paper.width - width_line) / 2, paper.height - margin_bottom + 36), line, fontname="helv",
                     fontsize=size)
document.save(target, garbage=3, deflate=True)
