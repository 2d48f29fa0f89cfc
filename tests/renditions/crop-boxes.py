#!/usr/bin/python3
"""Gives every page of a PDF the boxes that cropping and imposition tools leave: a media box grown by a bleed on every
side, so that it starts below and left of 0,0, and a crop box that trims the page's white margins, so that the visible
page starts at neither 0,0 nor the media box's corner. The content stream is untouched: what a viewer shows is the
crop box, and the text keeps its place in user space.

Usage: crop-boxes.py IN.pdf OUT.pdf   (needs Debian's python3-pikepdf)
"""
import sys

import pikepdf

with pikepdf.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        x0, y0, x1, y1 = (float(v) for v in page.obj.MediaBox)
        page.obj.MediaBox = pikepdf.Array([x0 - 18, y0 - 24, x1 + 18, y1 + 24])
        page.obj.CropBox = pikepdf.Array([x0 + 31, y0 + 43, x1 - 29, y1 - 37])
    pdf.save(sys.argv[2])
