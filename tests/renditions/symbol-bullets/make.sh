#!/usr/bin/env bash
# A contribution's bulleted list as Word exports it to PDF: its bullets drawn from the Symbol and Wingdings fonts,
# whose codes sit in the Private Use Area (U+F0B7 the round bullet, U+F0A7 the square one), and its second level's
# "o" in Courier New before a tab. Word is not at hand, so a font that draws those codes (Liberation Sans with the
# two codes mapped to its bullet and square glyphs) stands in for Symbol and Wingdings, and Chromium prints the page:
# the PDF's text layer then holds U+F0B7 and U+F0A7 as a Word export's does (pdftotext prints them so too).
# Needs python3-fonttools, fonts-liberation2 and chromium.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fonts="$(mktemp -d)"
trap 'rm -rf "$fonts"' EXIT
/usr/bin/python3 - "$fonts/WordSymbol.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf')
glyphs = font.getBestCmap()
for table in font['cmap'].tables:
    if table.isUnicode():
        table.cmap[0xF0B7] = glyphs[0x2022]
        table.cmap[0xF0A7] = glyphs.get(0x25AA) or glyphs[0x25A0]
for record in font['name'].names:
    if record.nameID in (1, 4, 6, 16):
        record.string = 'WordSymbol'
font.save(sys.argv[1])
PY
mkdir -p "$HOME/.fonts" && cp "$fonts/WordSymbol.ttf" "$HOME/.fonts/" && fc-cache -f > /dev/null
chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf="$here/word-bullets.pdf" "file://$here/word-bullets.html" 2> /dev/null
rm -f "$HOME/.fonts/WordSymbol.ttf" && fc-cache -f > /dev/null
