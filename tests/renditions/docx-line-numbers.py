#!/usr/bin/python3
"""Numbers the lines of a DOCX's body in the margin (pandoc's DOCX), as legal drafts carry them and as a Word user sets
them with Layout > Line Numbers: the last section's properties get <w:lnNumType w:countBy="N" w:restart="..."/>.

Usage: docx-line-numbers.py IN.docx OUT.docx COUNT-BY (newPage|continuous)
"""
import re
import sys

import zipfile

count_by, restart = sys.argv[3], sys.argv[4]
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode("utf-8")
            # pandoc writes one empty section at the end of the body: <w:sectPr />.
            xml, count = re.subn(r"<w:sectPr\s*/>",
                                 f'<w:sectPr><w:lnNumType w:countBy="{count_by}" w:distance="340" w:restart="{restart}"/></w:sectPr>', xml)
            if count != 1:
                sys.exit(f"{sys.argv[1]}: expected one empty <w:sectPr />, found {count}")
            data = xml.encode("utf-8")
        target.writestr(item, data)
