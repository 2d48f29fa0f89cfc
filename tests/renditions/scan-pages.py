#!/usr/bin/python3
"""Rasterises a PDF's pages as a scanner gives them: greyscale JPEG pictures at a given resolution, optionally turned
by a small angle (a page fed slightly askew), for an OCR program to read.

Usage: scan-pages.py IN.pdf OUT-PREFIX DPI [DEGREES [QUALITY]]
Writes OUT-PREFIX-1.jpg, OUT-PREFIX-2.jpg... (their resolution recorded in the JPEG, so the OCR sets the page's size
from it) and prints their names, one a line. Needs poppler's pdftoppm and Debian's python3-pil.
"""
import glob
import os
import subprocess
import sys
import tempfile

from PIL import Image


def main(source, prefix, dpi, degrees=0.0, quality=40):
    with tempfile.TemporaryDirectory() as work:
        # Rasterised at twice the resolution kept, then reduced, as a scanner's optics blur the type a little.
        subprocess.check_call(["pdftoppm", "-r", str(2 * dpi), "-gray", "-png", source, os.path.join(work, "p")])
        pages = sorted(glob.glob(os.path.join(work, "p-*.png")), key=lambda p: int(p.rsplit("-", 1)[1][:-4]))
        for number, page in enumerate(pages, start=1):
            image = Image.open(page).convert("L")
            if degrees:
                image = image.rotate(-degrees, resample=Image.BICUBIC, expand=False, fillcolor=255)
            image = image.resize((image.width // 2, image.height // 2), Image.LANCZOS)
            out = "%s-%d.jpg" % (prefix, number)
            image.save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
            print(out)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5, 6):
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else 0.0,
         int(sys.argv[5]) if len(sys.argv) > 5 else 40)
