#!/usr/bin/python3
"""Sets a Markdown contribution on two-column pages with ReportLab, and writes each page's content in another order
than it is read, as report generators and layout programs often do: the footer first, then the right column, then the
left one, and the running header last. A logo (a picture of text) heads the first page, and a figure (a picture
with its labels in it) with a caption in text stands between two paragraphs.

The paragraphs, lists, table and notes are set as reportlab-print.py sets them (its functions are reused); the
caption is the only text the source does not have.

Usage: drawn-print.py SOURCE.md OUT.pdf   (needs pandoc and Debian's python3-reportlab and python3-pil)
"""
import importlib.util
import io
import json
import os
import subprocess
import sys

from PIL import Image as PilImage, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import BaseDocTemplate, Frame, Image, PageTemplate, Paragraph, Spacer

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("reportlab_print", os.path.join(here, "reportlab-print.py"))
rp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rp)

FONTS = "/usr/share/fonts/truetype/dejavu/"
caption_style = ParagraphStyle("caption", parent=rp.body, fontName="Helvetica-Oblique", fontSize=9, leading=11,
                               alignment=TA_CENTER, spaceBefore=2, spaceAfter=8)


def picture(width, height, draw):
    """A greyscale picture drawn by PIL, as a PNG ReportLab embeds."""
    image = PilImage.new("L", (width, height), 255)
    draw(ImageDraw.Draw(image))
    data = io.BytesIO()
    image.save(data, "PNG")
    data.seek(0)
    return data


def logo(draw):
    draw.rectangle((4, 4, 596, 116), outline=0, width=6)
    draw.text((30, 20), "WSIS", font=ImageFont.truetype(FONTS + "DejaVuSans-Bold.ttf", 64), fill=0)
    draw.text((250, 40), "Contribution 2025", font=ImageFont.truetype(FONTS + "DejaVuSans.ttf", 36), fill=60)


def chart(draw):
    font = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 22)
    draw.line((80, 20, 80, 300, 780, 300), fill=0, width=3)
    for i, (year, value) in enumerate([(2020, 41), (2021, 47), (2022, 52), (2023, 58), (2024, 63), (2025, 67)]):
        x = 110 + i * 110
        draw.rectangle((x, 300 - value * 4, x + 60, 300), fill=120)
        draw.text((x + 2, 310), str(year), font=font, fill=0)
        draw.text((x + 8, 270 - value * 4), str(value), font=font, fill=0)


class DrawnOutOfOrder(BaseDocTemplate):
    """Two frames a page; at the page's end the right frame's drawing is moved before the left's."""

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        self._marks.append(len(self.canv._code))
        super().handle_frameBegin(resume, pageTopFlowables)

    def handle_pageBegin(self):
        self._marks = []
        super().handle_pageBegin()


def main(source, out):
    tree = json.loads(subprocess.check_output(["pandoc", "-f", "markdown-smart", "-t", "json", source]))
    story = rp.blocks(tree["blocks"])
    french = os.path.basename(source).startswith("fr-")
    caption = ("Figure 1 : part de la population utilisant Internet dans la région, 2020-2025 (pour cent)" if french
               else "Figure 1: share of the population using the Internet in the region, 2020-2025 (per cent)")
    figure = [Spacer(1, 4), Image(picture(800, 350, chart), width=7.6 * cm, height=7.6 * cm * 350 / 800),
              Paragraph(caption, caption_style)]
    story[3:3] = figure
    if rp.notes:
        story.append(Spacer(1, 12))
        story.extend(Paragraph("<super>%d</super> %s" % (i + 1, text), rp.note) for i, text in enumerate(rp.notes))
    name = os.path.basename(source).rsplit(".", 1)[0]
    header_text = ("Contribution au rapport du SMSI 2025" if french else "Contribution to the WSIS report 2025")
    logo_png = ImageReader(picture(600, 120, logo))

    def footer_first(canvas, document):  # written before anything else on the page
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, "%s \u2013 %d" % (name, document.page))
        if document.page == 1:
            canvas.drawImage(logo_png, 2 * cm, A4[1] - 3.6 * cm, width=6 * cm, height=1.2 * cm)
        canvas.restoreState()

    def header_last(canvas, document):  # written after the columns, which are swapped first
        start = len(canvas._code)
        marks = document._marks + [start]
        page, left, right = canvas._code[:marks[0]], canvas._code[marks[0]:marks[1]], canvas._code[marks[1]:start]
        canvas._code[:start] = page + right + left
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, header_text)
        canvas.restoreState()

    gutter, margin = 0.8 * cm, 2 * cm
    width = (A4[0] - 2 * margin - gutter) / 2
    document = DrawnOutOfOrder(out, pagesize=A4, title=name, author="", creator="", invariant=1)
    for template, top in (("first", A4[1] - 4.2 * cm), ("later", A4[1] - 2.2 * cm)):
        frames = [Frame(margin, 2 * cm, width, top - 2 * cm, id="left", leftPadding=0, rightPadding=0),
                  Frame(margin + width + gutter, 2 * cm, width, top - 2 * cm, id="right", leftPadding=0,
                        rightPadding=0)]
        document.addPageTemplates(PageTemplate(id=template, frames=frames, onPage=footer_first,
                                               onPageEnd=header_last, autoNextPageTemplate="later"))
    document.build(story)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
