#!/usr/bin/python3
"""What people and office tools add to a PDF after the producer wrote it, drawn by ReportLab on pages of the same size
and laid over (or under) each page by pikepdf, as qpdf's --overlay and pdftk's stamp do: the original content is left
as it was.

Usage:
  stamp-pages.py watermark IN.pdf OUT.pdf WORD [diagonal|horizontal]
      a large grey word over every page (DRAFT, PROJET, CONFIDENTIEL), turned 45 degrees across the page or level
      across its middle, over the text as a stamp is.
  stamp-pages.py bates IN.pdf OUT.pdf PREFIX FIRST
      a Bates number (PREFIX and six figures, counting up from FIRST) at the foot of every page on the right, and the
      page's number "- n -" at the foot's centre, as a registry's numbering adds them to a file that had none.
  stamp-pages.py received IN.pdf OUT.pdf TEXT
      a registry's stamp turned a quarter in the right margin of the first page (two lines: TEXT and a date), and
      "Page n of m" at the top right of every page.
  stamp-pages.py annotate IN.pdf OUT.pdf NAME
      a reviewer's marks, none of them page content: a sticky note, a highlight over the first body line, a FreeText
      comment in the right margin (with its appearance), and an AcroForm text field "Name of entity" filled with NAME at
      the top of the first page (with its appearance).
"""
import io
import sys

import pikepdf
from reportlab.lib.colors import Color
from reportlab.pdfgen import canvas


def page_box(page):
    box = [float(v) for v in page.obj.get("/CropBox", page.obj.MediaBox)]
    return box[0], box[1], box[2] - box[0], box[3] - box[1]


def drawn(pdf, draw):
    """One ReportLab page per page of pdf, each drawn by draw(canvas, index, count, width, height)."""
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    count = len(pdf.pages)
    for index, page in enumerate(pdf.pages):
        x, y, width, height = page_box(page)
        sheet.setPageSize((width, height))
        sheet.translate(0, 0)
        draw(sheet, index, count, width, height)
        sheet.showPage()
    sheet.save()
    buffer.seek(0)
    return pikepdf.open(buffer)


def overlay(source, target, draw, under=False):
    with pikepdf.open(source) as pdf:
        marks = drawn(pdf, draw)
        for page, mark in zip(pdf.pages, marks.pages):
            x, y, width, height = page_box(page)
            rect = pikepdf.Rectangle(x, y, x + width, y + height)
            if under:
                page.add_underlay(mark, rect)
            else:
                page.add_overlay(mark, rect)
        pdf.save(target)


def watermark(word, how):
    def draw(sheet, index, count, width, height):
        sheet.saveState()
        sheet.setFillColor(Color(0.55, 0.55, 0.55, alpha=0.35))
        size = 0.9 * width / max(len(word), 6) * 1.6
        sheet.setFont("Helvetica-Bold", size)
        sheet.translate(width / 2, height / 2)
        if how == "diagonal":
            sheet.rotate(45)
        sheet.drawCentredString(0, -size / 3, word)
        sheet.restoreState()
    return draw


def bates(prefix, first):
    def draw(sheet, index, count, width, height):
        sheet.setFont("Courier-Bold", 9)
        sheet.drawRightString(width - 36, 24, f"{prefix}{first + index:06d}")
        sheet.setFont("Helvetica", 9)
        sheet.drawCentredString(width / 2, 24, f"- {index + 1} -")
    return draw


def received(text):
    def draw(sheet, index, count, width, height):
        sheet.setFont("Helvetica", 8)
        sheet.drawRightString(width - 30, height - 22, f"Page {index + 1} of {count}")
        if index == 0:
            sheet.saveState()
            sheet.setStrokeColor(Color(0.7, 0.1, 0.1))
            sheet.setFillColor(Color(0.7, 0.1, 0.1))
            sheet.translate(width - 22, height / 2)
            sheet.rotate(90)
            sheet.rect(-95, -4, 190, 30)
            sheet.setFont("Helvetica-Bold", 10)
            sheet.drawCentredString(0, 14, text)
            sheet.setFont("Helvetica", 9)
            sheet.drawCentredString(0, 2, "12 MAR 2026")
            sheet.restoreState()
    return draw


def appearance(pdf, width, height, text, size):
    stream = (f"q 1 1 0.8 rg 0 0 {width} {height} re f Q BT /Helv {size} Tf 0 g 2 {height / 2 - size / 3:.1f} Td "
              f"({text}) Tj ET").encode("latin-1")
    helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))
    return pikepdf.Stream(pdf, stream, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                          BBox=[0, 0, width, height], Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)))


def annotate(source, target, name):
    with pikepdf.open(source) as pdf:
        page = pdf.pages[0]
        x, y, width, height = page_box(page)
        annots = []
        annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[x + width - 40, y + height - 120, x + width - 20, y + height - 100],
            Contents=pikepdf.String("Please check the figures of this paragraph against the annex."),
            T=pikepdf.String("Reviewer"), Name=pikepdf.Name.Comment, Open=False)))
        top = y + height * 0.8
        annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Highlight, Rect=[x + 70, top - 4, x + width - 70, top + 10],
            QuadPoints=[x + 70, top + 10, x + width - 70, top + 10, x + 70, top - 4, x + width - 70, top - 4],
            C=[1, 1, 0], Contents=pikepdf.String("Key sentence"), T=pikepdf.String("Reviewer"))))
        comment = "Check figures"
        annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=[x + width - 66, y + height / 2, x + width - 6, y + height / 2 + 14],
            Contents=pikepdf.String(comment), DA=pikepdf.String("0 g /Helv 8 Tf"), T=pikepdf.String("Reviewer"),
            AP=pikepdf.Dictionary(N=appearance(pdf, 60, 14, comment, 8)))))
        field = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String("Name of entity"),
            V=pikepdf.String(name), DA=pikepdf.String("0 g /Helv 9 Tf"), F=4,
            Rect=[x + 72, y + height - 30, x + 372, y + height - 14], P=page.obj,
            AP=pikepdf.Dictionary(N=appearance(pdf, 300, 16, name, 9))))
        annots.append(field)
        page.obj.Annots = pdf.make_indirect(pikepdf.Array(annots))
        pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
            Fields=pikepdf.Array([field]), DA=pikepdf.String("0 g /Helv 9 Tf"),
            DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))))
        pdf.save(target)


if __name__ == "__main__":
    what, source, target = sys.argv[1:4]
    if what == "watermark":
        overlay(source, target, watermark(sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else "diagonal"))
    elif what == "bates":
        overlay(source, target, bates(sys.argv[4], int(sys.argv[5])))
    elif what == "received":
        overlay(source, target, received(sys.argv[4]))
    elif what == "annotate":
        annotate(source, target, sys.argv[4])
    else:
        sys.exit(f"unknown mark: {what}")
