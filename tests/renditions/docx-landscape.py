#!/usr/bin/python3
"""Puts each table of a DOCX (pandoc's) on a landscape page of its own among portrait A4 pages, as a Word user does
with Layout > Breaks > Next Page and Orientation > Landscape: a section break (an empty paragraph holding the section's
properties) before the table ends a portrait section, one after it ends a landscape section (w:orient="landscape",
the page's width and height swapped); the document's last section is portrait. The pages keep one page style each, so
the landscape page's text runs level, not turned (no /Rotate).

Usage: docx-landscape.py IN.docx OUT.docx
"""
import re
import sys
import zipfile

MARGINS = '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
PORTRAIT = f'<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>{MARGINS}</w:sectPr>'
LANDSCAPE = f'<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>{MARGINS}</w:sectPr>'


def section_break(properties):
    return f"<w:p><w:pPr>{properties}</w:pPr></w:p>"


with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode("utf-8")
            xml, tables = re.subn(r"(<w:tbl>.*?</w:tbl>)", lambda m: section_break(PORTRAIT) + m.group(1) + section_break(LANDSCAPE), xml, flags=re.S)
            # pandoc writes one empty section at the end of the body: <w:sectPr />.
            xml, count = re.subn(r"<w:sectPr\s*/>", PORTRAIT.replace('<w:type w:val="nextPage"/>', ""), xml)
            if count != 1 or tables == 0:
                sys.exit(f"{sys.argv[1]}: expected one empty <w:sectPr /> and a table, found {count} and {tables}")
            data = xml.encode("utf-8")
        target.writestr(item, data)
