#!/usr/bin/python3
"""Text a PDF holds where no reader of the page sees it, added to a print by pikepdf (the content stream is kept, the
text appended to it), as prepress tools and layered drawings leave it:

Usage:
  hidden-text.py slug IN.pdf OUT.pdf NAME
      the page grown by a slug area (the media box 36 pt wider on every side), the crop box and trim box left at the
      page as printed; in the slug area, outside the crop box but on the paper, crop marks at the corners and a slug
      line under the page (file name, date and time, page number) and a proof line over it, as a printer's proof
      carries them. A viewer shows the crop box only.
  hidden-text.py layer IN.pdf OUT.pdf NOTE...
      an optional content group ("Reviewer notes") that the document's default configuration switches off (/D /OFF),
      and in it, on every page, a reviewer's note (the NOTEs in turn) at the top of the page, over the text's left edge,
      where a running header would stand, and the same note across the middle of the page, over the text's lines, as a
      reviewer writes on a proof; a viewer shows the layer off, and prints nothing of it.
"""
import sys

import pikepdf


def text_op(x, y, size, text):
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /HtF {size} Tf {x:.2f} {y:.2f} Td ({escaped}) Tj ET\n"


def helvetica(pdf):
    return pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))


def append(pdf, page, content, font, properties=None):
    resources = page.obj.get("/Resources")
    if resources is None:
        resources = page.obj.Resources = pikepdf.Dictionary()
    fonts = resources.get("/Font")
    if fonts is None:
        fonts = resources.Font = pikepdf.Dictionary()
    fonts.HtF = font
    if properties is not None:
        props = resources.get("/Properties")
        if props is None:
            props = resources.Properties = pikepdf.Dictionary()
        for key, value in properties.items():
            props[key] = value
    # Wrapped in q/Q of its own, after the page's content restored to its first state.
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(("Q\nq\n" + content + "Q\n").encode("cp1252")))


def slug(source, target, name):
    with pikepdf.open(source) as pdf:
        font = helvetica(pdf)
        count = len(pdf.pages)
        for number, page in enumerate(pdf.pages, 1):
            x0, y0, x1, y1 = (float(v) for v in page.obj.MediaBox)
            page.obj.CropBox = pikepdf.Array([x0, y0, x1, y1])
            page.obj.TrimBox = pikepdf.Array([x0, y0, x1, y1])
            page.obj.MediaBox = pikepdf.Array([x0 - 36, y0 - 36, x1 + 36, y1 + 36])
            marks = "0.25 w 0 G\n"
            for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
                marks += f"{x:.2f} {y + dy * 6:.2f} m {x:.2f} {y + dy * 30:.2f} l S\n"
                marks += f"{x + dx * 6:.2f} {y:.2f} m {x + dx * 30:.2f} {y:.2f} l S\n"
            marks += "0 g\n" + text_op(x0 + 36, y0 - 20, 7, f"{name}.indd    15.01.2026  10:42    Page {number} of {count}")
            marks += text_op(x0 + 36, y1 + 14, 7, "Proof 2 - printer's copy - colours CMYK")
            append(pdf, page, marks, font)
        pdf.save(target)


def layer(source, target, notes):
    with pikepdf.open(source) as pdf:
        font = helvetica(pdf)
        group = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("Reviewer notes")))
        pdf.Root.OCProperties = pikepdf.Dictionary(
            OCGs=pikepdf.Array([group]),
            D=pikepdf.Dictionary(Name=pikepdf.String("Default"), Order=pikepdf.Array([group]), OFF=pikepdf.Array([group])))
        for index, page in enumerate(pdf.pages):
            x0, y0, x1, y1 = (float(v) for v in page.obj.MediaBox)
            note = notes[index % len(notes)]
            content = ("/OC /RevNotes BDC\n0.8 0 0 rg\n" + text_op(x0 + 57, y1 - 40, 9, note)
                       + text_op(x0 + 90, (y0 + y1) / 2 + 3, 10, note) + "EMC\n")
            append(pdf, page, content, font, {"/RevNotes": group})
        pdf.save(target)


if __name__ == "__main__":
    kind, source, target, *rest = sys.argv[1:]
    {"slug": lambda: slug(source, target, rest[0]), "layer": lambda: layer(source, target, rest)}[kind]()
