#!/usr/bin/python3
"""Prints a contribution's HTML (pandoc's body, set in a page template as a Django view does) to PDF with xhtml2pdf
(pisa): xhtml2pdf's own layout (ReportLab underneath) with its base-14 fonts, not embedded, and, when given, a running
header (the organisation, at the top right) and footer ("Page n of m – ...", centred) in static frames of the @page
rule, xhtml2pdf's way, counted by its <pdf:pagenumber/> and <pdf:pagecount/> tags; the notes where the HTML has them.
Usage: xhtml2pdf-print.py BODY.html OUT.pdf [HEADER] [FOOTER] [PAGE-WORD] [OF-WORD]   (Debian's python3-xhtml2pdf)"""
import html
import sys

from xhtml2pdf import pisa

source, out = sys.argv[1], sys.argv[2]
header, footer, page, of = (sys.argv[3:] + ["", "", "page", "of"][len(sys.argv) - 3:])[:4]
page_html = open(source, encoding="utf-8").read()
frames = ""
static = ""
if header:
    frames += "@frame header { -pdf-frame-content: running-header; top: 1.4cm; right: 2cm; width: 8cm; height: 1cm; }\n"
    static += f'<div id="running-header" style="text-align:right;font-size:9pt">{html.escape(header)}</div>'
# The count first: xhtml2pdf 0.2.5 writes a count that ends its frame twice ("page 1 of 22" for two pages).
count = "<pdf:pagenumber/> ." if not footer else \
    f"{html.escape(page.capitalize())} <pdf:pagenumber/> {html.escape(of)} <pdf:pagecount/> – {html.escape(footer)}"
frames += "@frame footer { -pdf-frame-content: running-footer; bottom: 1.2cm; left: 2cm; right: 2cm; height: 1cm; }\n"
static += f'<div id="running-footer" style="text-align:center;font-size:9pt">{count}</div>'
style = f"""<style>@page {{ size: a4 portrait; margin: 2.8cm 2cm; {frames} }}
body {{ font-family: Helvetica; font-size: 10.5pt }} h1 {{ font-size: 17pt }} h2 {{ font-size: 13pt }} p, li {{ text-align: left }}
table {{ border-collapse: collapse }} th, td {{ border-bottom: 0.5pt solid #444; padding: 2pt 4pt }}</style>"""
page_html = f'<html><head><meta charset="utf-8"/>{style}</head><body>{static}{page_html}</body></html>'
with open(out, "wb") as pdf:
    result = pisa.CreatePDF(page_html, dest=pdf, encoding="utf-8")
sys.exit(1 if result.err else 0)
