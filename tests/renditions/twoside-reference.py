#!/usr/bin/env python3
"""Writes a pandoc reference DOCX for a booklet printed on both sides, for make.sh's sixth-round prints.

Usage: twoside-reference.py PANDOC_REFERENCE OUT ODD_HEADER EVEN_HEADER
A5 pages with mirrored margins (inner 2.3 cm, outer 1.4 cm), headers and footers that differ between odd and even
pages (as Word's "different odd and even pages" sets them): ODD_HEADER right-aligned and the page number at the right
on odd pages, EVEN_HEADER left-aligned and the page number at the left on even ones, both in 8 pt type; the first
page ("different first page") has neither.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

src, dst, odd_header, even_header = sys.argv[1:5]
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
SMALL = '<w:rPr><w:sz w:val="16"/></w:rPr>'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'


def run(text):
    return f'<w:r>{SMALL}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def page_field():
    char = lambda kind: f'<w:r>{SMALL}<w:fldChar w:fldCharType="{kind}"/></w:r>'
    return (char('begin') + f'<w:r>{SMALL}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
            char('separate') + run('1') + char('end'))


def part(tag, align, content):
    paragraph = f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>{content}</w:p>' if content else '<w:p/>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {W}>{paragraph}</w:{tag}>'


parts = {  # file: (relationship id, kind, reference type, xml)
    'header-odd.xml': ('rId90', 'header', 'default', part('hdr', 'right', run(odd_header))),
    'header-even.xml': ('rId91', 'header', 'even', part('hdr', 'left', run(even_header))),
    'header-first.xml': ('rId92', 'header', 'first', part('hdr', 'left', '')),
    'footer-odd.xml': ('rId93', 'footer', 'default', part('ftr', 'right', page_field())),
    'footer-even.xml': ('rId94', 'footer', 'even', part('ftr', 'left', page_field())),
    'footer-first.xml': ('rId95', 'footer', 'first', part('ftr', 'left', '')),
}
references = ''.join(f'<w:{kind}Reference w:type="{ref}" r:id="{rid}"/>' for rid, kind, ref, _ in parts.values())
section = (f'<w:sectPr>{references}<w:pgSz w:w="8391" w:h="11906"/><w:pgMar w:top="1250" w:right="800" w:bottom="1250" '
           'w:left="1300" w:header="620" w:footer="620" w:gutter="0"/><w:titlePg/></w:sectPr>')

with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename).decode('utf-8')
        if item.filename == 'word/document.xml':
            data = data.replace('<w:sectPr />', section)
            if 'xmlns:r=' not in data[:3000]:
                data = data.replace('<w:document ', f'<w:document xmlns:r="{REL[:-1]}" ', 1)
        elif item.filename == 'word/settings.xml':
            data = data.replace('</w:settings>', '<w:mirrorMargins/><w:evenAndOddHeaders/></w:settings>')
        elif item.filename == 'word/_rels/document.xml.rels':
            data = data.replace('</Relationships>', ''.join(
                f'<Relationship Type="{REL}{kind}" Id="{rid}" Target="{name}"/>' for name, (rid, kind, _, _) in parts.items())
                + '</Relationships>')
        elif item.filename == '[Content_Types].xml':
            data = data.replace('</Types>', ''.join(
                f'<Override PartName="/word/{name}" ContentType="{TYPE}{kind}+xml"/>' for name, (_, kind, _, _) in parts.items())
                + '</Types>')
        zout.writestr(item, data)
    for name, (_, _, _, xml) in parts.items():
        zout.writestr(f'word/{name}', xml)
