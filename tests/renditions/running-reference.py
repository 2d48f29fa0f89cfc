#!/usr/bin/env python3
"""Writes a pandoc reference DOCX with a running header and footer, for make.sh's running-furniture prints.

Usage: running-reference.py PANDOC_REFERENCE OUT HEADER FOOTER PAGE_WORD OF_WORD [NOTICE]
The header (right-aligned) and the footer (centred: "FOOTER - PAGE_WORD n OF_WORD m", below NOTICE when given) are
set 9 pt, in deep margins (header and footer 95 pt from the edges: further in than a tenth of an A4 page); Heading 1,
the cover title, is centred in 22 pt type.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

src, dst, header, footer, page_word, of_word = sys.argv[1:7]
notice = sys.argv[7] if len(sys.argv) > 7 else None
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
SMALL = '<w:rPr><w:sz w:val="18"/></w:rPr>'


def run(text):
    return f'<w:r>{SMALL}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def field(name):
    char = lambda kind: f'<w:r>{SMALL}<w:fldChar w:fldCharType="{kind}"/></w:r>'
    return (char('begin') + f'<w:r>{SMALL}<w:instrText xml:space="preserve"> {name} </w:instrText></w:r>' +
            char('separate') + run('1') + char('end'))


def paragraph(align, content):
    return f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>{content}</w:p>'


head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{paragraph("right", run(header))}</w:hdr>'
foot_lines = ([paragraph('center', run(notice))] if notice else []) + [
    paragraph('center', run(f'{footer} – {page_word} ') + field('PAGE') + run(f' {of_word} ') + field('NUMPAGES'))]
foot = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{"".join(foot_lines)}</w:ftr>'
section = ('<w:sectPr><w:headerReference w:type="default" r:id="rId90"/><w:footerReference w:type="default" r:id="rId91"/>'
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2600" w:right="1400" w:bottom="2600" w:left="1400" '
           'w:header="1900" w:footer="1900" w:gutter="0"/></w:sectPr>')

with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename).decode('utf-8')
        if item.filename == 'word/document.xml':
            data = data.replace('<w:sectPr />', section)
            if 'xmlns:r=' not in data[:3000]:
                data = data.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
        elif item.filename == 'word/_rels/document.xml.rels':
            data = data.replace('</Relationships>',
                                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Id="rId90" Target="header1.xml"/>'
                                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rId91" Target="footer1.xml"/>'
                                '</Relationships>')
        elif item.filename == '[Content_Types].xml':
            data = data.replace('</Types>',
                                '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                                '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                                '</Types>')
        elif item.filename == 'word/styles.xml':
            data = re.sub(r'(w:styleId="Heading1">.*?<w:pPr>)', r'\1<w:jc w:val="center"/>', data, count=1, flags=re.S)
            data = re.sub(r'(w:styleId="Heading1">.*?<w:rPr>)(.*?)(</w:rPr>)',
                          lambda m: m.group(1) + re.sub(r'<w:szCs? [^>]*/>', '', m.group(2)) + '<w:sz w:val="44"/><w:szCs w:val="44"/>' + m.group(3),
                          data, count=1, flags=re.S)
        zout.writestr(item, data)
    zout.writestr('word/header1.xml', head)
    zout.writestr('word/footer1.xml', foot)
