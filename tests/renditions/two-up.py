#!/usr/bin/python3
"""Prints a PDF two pages to a sheet, as a print dialog's "2 pages per sheet" does when printing to PDF: each pair of
pages scaled down side by side on a landscape A4 sheet (each page drawn as a form XObject, its aspect kept, centred in
its half with a margin), the last sheet half empty when the count is odd. The pages' own running lines (a footer
"page 1 of 2") come along, one per page, level with each other on the sheet.

Usage: two-up.py IN.pdf OUT.pdf   (needs Debian's python3-pikepdf)
"""
import sys

import pikepdf

SHEET_WIDTH, SHEET_HEIGHT, MARGIN = 842, 595, 18

with pikepdf.open(sys.argv[1]) as source, pikepdf.new() as target:
    pages = list(source.pages)
    for first in range(0, len(pages), 2):
        sheet = target.add_blank_page(page_size=(SHEET_WIDTH, SHEET_HEIGHT))
        for half, page in enumerate(pages[first:first + 2]):
            left = half * SHEET_WIDTH / 2
            sheet.add_overlay(page, pikepdf.Rectangle(left + MARGIN, MARGIN, left + SHEET_WIDTH / 2 - MARGIN, SHEET_HEIGHT - MARGIN))
    target.save(sys.argv[2])
