#!/usr/bin/python3
"""Sets the body of a DOCX (pandoc's) in two newspaper columns, as a Word user does with Layout > Columns: the last
section's properties get <w:cols w:num="2" w:space="567"/> (1 cm between the columns).

Usage: docx-columns.py IN.docx OUT.docx
"""
import re
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode("utf-8")
            # pandoc writes one empty section at the end of the body: <w:sectPr />.
            xml, count = re.subn(r"<w:sectPr\s*/>", '<w:sectPr><w:cols w:num="2" w:space="567"/></w:sectPr>', xml)
            if count != 1:
                sys.exit(f"{sys.argv[1]}: expected one empty <w:sectPr />, found {count}")
            data = xml.encode("utf-8")
        target.writestr(item, data)
