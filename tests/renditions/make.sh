#!/usr/bin/env bash
# Regenerates the rendition corpus: every source (sources/*.md, sources/running/, sources/un/ and the samples written
# as Markdown, DOCX or HTML) printed to PDF by the producers Debian provides, plus the DOCX and HTML renditions of the
# Markdown sources (and, always, the DOCX of sources/un/, their truth).
# Markdown is read without pandoc's "smart" typography, so the PDFs keep the sources' quotes and dashes.
# Needs: pandoc, chromium, libreoffice (writer), pdflatex (texlive-latex-base, -recommended, -fonts-recommended),
# lualatex (texlive-luatex, fonts-lmodern), pdfroff (groff, ghostscript), pdftocairo (poppler-utils), wkhtmltopdf,
# weasyprint, gs (ghostscript), Debian's python3-reportlab (run by /usr/bin/python3); for the second round (the end of
# this script): enscript, ps2pdf (ghostscript), php-cli and php-fpdf, xelatex (texlive-xetex), qpdf, mutool
# (mupdf-tools), pdfjam (texlive-extra-utils), python3-pikepdf; for the third round: tesseract (tesseract-ocr,
# tesseract-ocr-eng, tesseract-ocr-fra), ocrmypdf, img2pdf, abiword, calibre (ebook-convert), context, python3-pil;
# for the fourth round: node and npm (the packages of js/, installed by npm ci), fonts-dejavu-core, fonts-liberation2,
# latex and dvips (texlive-latex-base), mf and the EC fonts' sources (texlive-base), ps2pdf, groff (gropdf); for the
# fifth round: the .NET SDK (pdfsharp/, PDFsharp from NuGet); for the sixth: libreoffice-writer-nogui (LibreOffice 7.4
# headless), qpdf, and the tools above; for the seventh: a2ps, ps2pdf, the .NET SDK (skia/, SkiaSharp from NuGet),
# node (Typst's compiler from js/); for the eighth: python3-pikepdf, python3-reportlab, qpdf, pdfunite (poppler-utils),
# texlive-latex-extra (draftwatermark, lineno, pdflscape); for the ninth: libreoffice-impress-nogui,
# libreoffice-writer-nogui, python3-pikepdf, chromium; for the tenth: php-tcpdf, php-dompdf, python3-xhtml2pdf, htmldoc,
# fop, libpdfbox2-java, libitext5-java, default-jdk-headless (javac); for the eleventh: ruby-asciidoctor-pdf,
# libpdf-api2-perl, golang and golang-github-jung-kurt-gofpdf-dev, node (@react-pdf/renderer from js/); for the twelfth:
# chromium and node (pagedjs-cli and @vivliostyle/cli from js/), scribus and xvfb (xvfb-run); for the thirteenth:
# firefox-esr, pandoc, texlive-latex-base, texlive-latex-recommended (KOMA-Script), texlive-latex-extra (memoir), lmodern;
# for the fourteenth: rst2pdf, python3-sphinx, latexmk and texlive-lang-french
# (texlive-latex-extra for Sphinx's packages), python3-fitz.
# The outputs are committed, so tests and CI never need these tools. Writes manifest.tsv: producer, PDF, source.
# Usage: make.sh [PRODUCER...]   regenerates the PDFs of the producers named (all without any); the manifest always
# lists every PDF. The cairo PDFs are re-written from the committed chromium and latex ones, the ghostscript PDFs
# from the committed libreoffice and latex ones.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p chromium libreoffice latex cairo lualatex groff libreoffice-html wkhtmltopdf weasyprint ghostscript reportlab docx html \
  enscript fpdf xelatex libreoffice-pdfa libreoffice-2col qpdf mutool rotated cropped pdfjam \
  tesseract ocrmypdf skewed abiword calibre context drawn pdfkit jspdf pdfmake pdflib dvips gropdf \
  glyphs margin landscape latex-perpage pdfsharp smallcaps spanned twoside cover prepress libreoffice-hybrid \
  typst skia a2ps columns3 watermark merged stamped lineno annotated turned-table sources/merged \
  slides hidden imposed pagedjs vivliostyle firefox koma memoir rst2pdf sphinx story
only=("$@")
want() { [ ${#only[@]} -eq 0 ] || [[ " ${only[*]} " == *" $1 "* ]]; }

chrome() { # html -> pdf, as a person printing from the browser: default header and footer (date, title, URL, page)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile-$RANDOM" \
    --print-to-pdf="$2" "file://$1" 2>/dev/null
}
chrome_plain() { # html -> pdf without the browser's header and footer, as a document printed for circulation
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile-$RANDOM" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" 2>/dev/null
}
office() { # docx -> pdf
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").pdf" "$2"
}
latex() { # md -> pdf through LaTeX; $3: extra pandoc options; $4: the engine (pdflatex by default)
  pandoc -f markdown-smart "$1" -o "$2" --pdf-engine="${4:-pdflatex}" -V geometry:margin=2.5cm ${3:-}
}
lualatex() { # md -> pdf through LuaLaTeX: OpenType fonts, its own ligatures and spaces
  latex "$1" "$2" "${3:-}" lualatex
}
roff() { # md -> pdf through groff's ms macros (pdfroff: grops and Ghostscript)
  pandoc -f markdown-smart -t ms "$1" -o "$2" --pdf-engine=pdfroff
}
cairo() { # pdf -> pdf re-written by poppler's cairo backend: fonts split into subsets, Type 1 re-encoded
  pdftocairo -pdf "$1" "$2"
}
office_web() { # html -> pdf through LibreOffice, the HTML opened in Writer (its Writer/Web export, the default for
  # HTML, leaves the first page blank and loses the first lines of a large title: no reader could find them)
  soffice --headless -env:UserInstallation="file://$work/lo" --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
    --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").pdf" "$2"
}
wkhtml() { # html -> pdf through wkhtmltopdf (Qt WebKit), as web-to-PDF services print a page; $3...: its options
  wkhtmltopdf --quiet "${@:3}" "$1" "$2" 2>/dev/null
}
weasy() { # html -> pdf through WeasyPrint (its own CSS layout, @page margin boxes included). WeasyPrint 57 ignores the
  # start and type attributes of <ol> (its page would number every list from 1, in digits), so they are also given as
  # the CSS a publisher's stylesheet would set: counter-reset: list-item N-1, list-style-type.
  perl -pe 'my %t = (a => "lower-alpha", A => "upper-alpha", i => "lower-roman", I => "upper-roman", 1 => "decimal");
    s{<ol((?:\s+(?:start|type)="[^"]*")*)>}{my $a = $1; my ($n) = $a =~ /start="(\d+)"/; my ($k) = $a =~ /type="([^"]*)"/;
      my @css; push @css, "counter-reset:list-item " . ($n - 1) if defined $n; push @css, "list-style-type:$t{$k}" if defined $k && $t{$k};
      "<ol$a" . (@css ? " style=\"" . join(";", @css) . "\"" : "") . ">"}ge' "$1" > "$work/weasy.html"
  weasyprint --quiet --base-url "$(dirname "$1")" "$work/weasy.html" "$2"
}
distil() { # pdf -> pdf re-distilled by Ghostscript's pdfwrite, as "print to PDF" pipelines do: fonts re-encoded and
  # subset, text shown again by Ghostscript's own operators
  gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile="$2" "$1"
}
reportlab() { # md -> pdf set by ReportLab's Platypus (reportlab-print.py): a report generator's justified paragraphs,
  # list flowables, footnotes gathered at the end, a running footer
  /usr/bin/python3 "$here/reportlab-print.py" "$1" "$2"
}

manifest="$here/manifest.tsv"
printf 'producer\tpdf\tsource\n' > "$manifest"
add() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$manifest"; }

markdown_sources=(sources/*.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md")
for md in "${markdown_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  if [ ${#only[@]} -eq 0 ]; then
    pandoc -f markdown-smart -s "$md" -o "html/$name.html" --metadata pagetitle="$name"
    pandoc -f markdown-smart "$md" -o "docx/$name.docx"
  fi
  want chromium && chrome "$here/html/$name.html" "chromium/$name.pdf"; add chromium "chromium/$name.pdf" "$rel"
  want libreoffice && office "$here/docx/$name.docx" "libreoffice/$name.pdf"; add libreoffice "libreoffice/$name.pdf" "$rel"
  want latex && latex "$md" "latex/$name.pdf"; add latex "latex/$name.pdf" "$rel"
  want lualatex && lualatex "$md" "lualatex/$name.pdf"; add lualatex "lualatex/$name.pdf" "$rel"
  want groff && roff "$md" "groff/$name.pdf"; add groff "groff/$name.pdf" "$rel"
  want libreoffice-html && office_web "$here/html/$name.html" "libreoffice-html/$name.pdf"
  add libreoffice-html "libreoffice-html/$name.pdf" "$rel"
  want wkhtmltopdf && wkhtml "$here/html/$name.html" "wkhtmltopdf/$name.pdf"; add wkhtmltopdf "wkhtmltopdf/$name.pdf" "$rel"
  want weasyprint && weasy "$here/html/$name.html" "weasyprint/$name.pdf"; add weasyprint "weasyprint/$name.pdf" "$rel"
  want reportlab && reportlab "$md" "reportlab/$name.pdf"; add reportlab "reportlab/$name.pdf" "$rel"
done

# Two columns: the generated contributions only (the samples are short).
for md in sources/*.md; do
  name="$(basename "${md%.md}")"
  pandoc -f markdown-smart -s "$md" -o "$work/$name.html" --metadata pagetitle="$name" \
    -V header-includes='<style>html{max-width:none}body{max-width:none;column-count:2;column-gap:2.5em}</style>'
  want chromium && chrome "$work/$name.html" "chromium/$name.2col.pdf"; add chromium "chromium/$name.2col.pdf" "$md"
  if ! grep -q '^|' "$md"; then # LaTeX's longtable cannot be set in two columns
    want latex && latex "$md" "latex/$name.2col.pdf" "-V classoption=twocolumn -V geometry:margin=2cm"; add latex "latex/$name.2col.pdf" "$md"
    want lualatex && lualatex "$md" "lualatex/$name.2col.pdf" "-V classoption=twocolumn -V geometry:margin=2cm"
    add lualatex "lualatex/$name.2col.pdf" "$md"
  fi
done

# The samples written as DOCX or HTML, printed from their own format.
want libreoffice && office "$root/samples/unesco-contribution-2025.docx" "libreoffice/unesco-contribution-2025.pdf"
add libreoffice libreoffice/unesco-contribution-2025.pdf ../../samples/unesco-contribution-2025.docx
want chromium && chrome "$root/samples/unesco-contribution-2025.html" "chromium/unesco-contribution-2025.pdf"
add chromium chromium/unesco-contribution-2025.pdf ../../samples/unesco-contribution-2025.html
want wkhtmltopdf && wkhtml "$root/samples/unesco-contribution-2025.html" "wkhtmltopdf/unesco-contribution-2025.pdf"
add wkhtmltopdf wkhtmltopdf/unesco-contribution-2025.pdf ../../samples/unesco-contribution-2025.html
want weasyprint && weasy "$root/samples/unesco-contribution-2025.html" "weasyprint/unesco-contribution-2025.pdf"
add weasyprint weasyprint/unesco-contribution-2025.pdf ../../samples/unesco-contribution-2025.html
# (Not samples/unesco-contribution-2025.html through LibreOffice: its HTML import ignores <ol start="2">, so the
# page itself numbers the second paragraph 1.)
# (Not samples/itu-contribution-2025.docx: written by the tests' DOCX writer without style definitions, it prints its
# title, headings and paragraphs in one type with no spacing, so no reader of the PDF could tell them apart.)

# Running headers and footers, and a cover title over several lines (sources/running/, not among the cross-format
# sources): the organisation's name atop every page and "page n of m" at the foot (the French one below a notice),
# set further in than a tenth of the page, above and below the body's first and last lines; the title centred in
# large type. Chromium prints them from CSS @page margin boxes (without its own header and footer), LibreOffice from a
# DOCX whose reference document has them (running-reference.py). WeasyPrint prints Chromium's HTML (it sets @page
# margin boxes too); wkhtmltopdf, which ignores them, prints the header and footer from its own options (no notice).
running=(
  "en-running|Andean Connectivity Observatory|Contribution to the WSIS report 2025|page|of|"
  "fr-running|Réseau des médias de proximité|Contribution au rapport du SMSI 2025|page|sur|Document de travail – diffusion restreinte"
)
for entry in "${running[@]}"; do
  IFS='|' read -r name header footer page of notice <<< "$entry"
  md="sources/running/$name.md"
  if want chromium || want weasyprint || want wkhtmltopdf; then
    notice_css=""
    [ -n "$notice" ] && notice_css="\"$notice\\A \" "
    pandoc -f markdown-smart -s "$md" -o "$work/$name.html" --metadata pagetitle="$name" -V header-includes="<style>
@page { margin: 3.4cm 2cm 3.4cm; @top-right { content: \"$header\"; font-size: 9pt; vertical-align: bottom; padding-bottom: 2pt }
  @bottom-center { content: $notice_css\"$footer – $page \" counter(page) \" $of \" counter(pages); white-space: pre; font-size: 9pt; vertical-align: top; padding-top: 2pt } }
html{max-width:none} body{max-width:none;margin:0;padding:0;font-size:11pt} body > p:first-of-type{margin-top:0}
h1{font-size:22pt;text-align:center}</style>"
  fi
  want chromium && chrome_plain "$work/$name.html" "chromium/$name.pdf"; add chromium "chromium/$name.pdf" "$md"
  want weasyprint && weasy "$work/$name.html" "weasyprint/$name.pdf"; add weasyprint "weasyprint/$name.pdf" "$md"
  want wkhtmltopdf && wkhtml "$work/$name.html" "wkhtmltopdf/$name.pdf" -T 3.4cm -B 3.4cm --header-right "$header" \
    --footer-center "$footer – $page [page] $of [topage]" --header-font-size 9 --footer-font-size 9 --header-spacing 2 --footer-spacing 2
  add wkhtmltopdf "wkhtmltopdf/$name.pdf" "$md"
  if want libreoffice; then
    pandoc -o "$work/pandoc-reference.docx" --print-default-data-file reference.docx
    python3 running-reference.py "$work/pandoc-reference.docx" "$work/$name-reference.docx" "$header" "$footer" "$page" "$of" ${notice:+"$notice"}
    pandoc -f markdown-smart "$md" --reference-doc "$work/$name-reference.docx" -o "$work/$name.docx"
    office "$work/$name.docx" "libreoffice/$name.pdf"
  fi
  add libreoffice "libreoffice/$name.pdf" "$md"
done

# UN layouts (sources/un/): an ITU Council document in French (front matter, Roman-numeral headings, dash bullets
# and an annex's paragraph numbers set with a tab, footnotes), a General Assembly resolution (title block, preambular
# and operative paragraphs, lettered sub-paragraphs), a report (symbol and date atop every page but the first, a job
# number at the foot of the first, page marks n/m, a table), and a resolution of the ITU Plenipotentiary Conference
# (English) and of the ITU Council (French): lower-case lead-ins in italics on lines of their own, lettered items a
# tab after "a)", bare "that" clauses, numbered items a tab after "1", footnotes. The sources write the tab as a tab; each format gets it
# as it sets one (a Word tab, a box of 1.25 cm and half an em in HTML, a space of 1.5 em in LaTeX, of 1 cm in groff), since Markdown
# itself turns a tab into a space. The truth is the DOCX (docx/un/): the platform reads its tabs as the documents'
# own numbers. Not through LibreOffice from HTML (its HTML import drops the boxes' width: "9Nous").
mkdir -p docx/un "$work/un"
untab() { # $1: format (docx, html, latex, ms), $2: source, $3: out. The text before the first tab of a line is the marker.
  case "$1" in
    docx) sed -E 's/\t/`<w:r><w:tab\/><\/w:r>`{=openxml}/' "$2" > "$3" ;;
    html) sed -E 's/^(#+ )?([^\t#][^\t]*)\t/\1`<span class="tab">`{=html}\2`<\/span>`{=html}/' "$2" > "$3" ;;
    latex) sed -E 's/^(#+ )?([^\t#][^\t]*)\t/\1\2`\\hspace{1.5em}`{=latex}/' "$2" > "$3" ;;
    ms) sed -E "s/^(#+ )?([^\t#][^\t]*)\t/\1\2\`\\\\h'1c'\`{=ms}/" "$2" > "$3" ;;
  esac
}
# The ITU resolutions are also printed as ITU sets them (*.tight.pdf): Times, 12 pt, 3 pt between paragraphs, so an
# item's full last line and the italic lead-in under it are parted by nothing but the change of face; the resolution's
# number in capitals of the body's weight and size, its subject in bold 14 pt.
itu_css='<style>body{font-family:"Times New Roman",serif;font-size:12pt} p{margin:0 0 3pt} h2{font-size:14pt;text-align:center;margin:0 0 6pt} h2:first-of-type{font-weight:normal;font-size:12pt}</style>'
un_css='<style>html{max-width:none} body{max-width:none;margin:0;padding:0;font-size:11pt} .tab{display:inline-block;min-width:1.25cm;padding-right:.5em}</style>'
# The report's running lines: Chromium from CSS @page margin boxes, LaTeX from fancyhdr, LibreOffice from the reference
# DOCX of running-reference.py (its footer, the job number beside "page n of m", on every page).
report_css='<style>@page { margin: 2.5cm 2cm; @top-left { content: "A/81/64"; font-size: 9pt } @top-right { content: "12 March 2026"; font-size: 9pt }
  @bottom-center { content: counter(page) "/" counter(pages); font-size: 9pt } }
@page :first { @top-left { content: none } @top-right { content: none } @bottom-left { content: "GE.26-04417 (E)"; font-size: 9pt } }</style>'
printf '%s\n' '\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyhead[L]{\small A/81/64}\fancyhead[R]{\small 12 March 2026}\fancyfoot[C]{\small\thepage}\fancypagestyle{first}{\fancyhf{}\fancyfoot[L]{\small GE.26-04417 (E)}\fancyfoot[C]{\small\thepage}}\AtBeginDocument{\thispagestyle{first}}' > "$work/un/report-header.tex"
for md in sources/un/*.md; do
  name="$(basename "${md%.md}")"
  truth="docx/un/$name.docx"
  for format in docx html latex ms; do untab "$format" "$md" "$work/un/$name.$format.md"; done
  pandoc -f markdown-smart "$work/un/$name.docx.md" -o "$truth"
  css="$un_css"; tex=""
  [ "$name" = en-report ] && css="$un_css$report_css" && tex="-H $work/un/report-header.tex"
  if want chromium || want weasyprint || want wkhtmltopdf || want firefox; then
    pandoc -f markdown-smart -s "$work/un/$name.html.md" -o "$work/un/$name.html" --metadata pagetitle="$name" -V header-includes="$css"
  fi
  want chromium && chrome_plain "$work/un/$name.html" "chromium/$name.pdf"; add chromium "chromium/$name.pdf" "$truth"
  # WeasyPrint sets the report's @page boxes as Chromium does; wkhtmltopdf ignores them (its report has no running lines).
  want weasyprint && weasy "$work/un/$name.html" "weasyprint/$name.pdf"; add weasyprint "weasyprint/$name.pdf" "$truth"
  want wkhtmltopdf && wkhtml "$work/un/$name.html" "wkhtmltopdf/$name.pdf"; add wkhtmltopdf "wkhtmltopdf/$name.pdf" "$truth"
  if want libreoffice; then
    if [ "$name" = en-report ]; then
      pandoc -o "$work/pandoc-reference.docx" --print-default-data-file reference.docx
      python3 running-reference.py "$work/pandoc-reference.docx" "$work/un/reference.docx" "A/81/64" "GE.26-04417 (E)" page of
      pandoc -f markdown-smart "$work/un/$name.docx.md" --reference-doc "$work/un/reference.docx" -o "$work/un/$name.docx"
      office "$work/un/$name.docx" "libreoffice/$name.pdf"
    else
      office "$here/$truth" "libreoffice/$name.pdf"
    fi
  fi
  add libreoffice "libreoffice/$name.pdf" "$truth"
  if [[ "$name" == *-itu-*resolution ]]; then # ITU's own setting: Times, 12 pt, little space between paragraphs
    if want chromium || want weasyprint || want wkhtmltopdf; then
      pandoc -f markdown-smart -s "$work/un/$name.html.md" -o "$work/un/$name.tight.html" --metadata pagetitle="$name" -V header-includes="$un_css$itu_css"
    fi
    want chromium && chrome_plain "$work/un/$name.tight.html" "chromium/$name.tight.pdf"; add chromium "chromium/$name.tight.pdf" "$truth"
    want weasyprint && weasy "$work/un/$name.tight.html" "weasyprint/$name.tight.pdf"; add weasyprint "weasyprint/$name.tight.pdf" "$truth"
    want wkhtmltopdf && wkhtml "$work/un/$name.tight.html" "wkhtmltopdf/$name.tight.pdf"; add wkhtmltopdf "wkhtmltopdf/$name.tight.pdf" "$truth"
  fi
  want latex && latex "$work/un/$name.latex.md" "latex/$name.pdf" "$tex"; add latex "latex/$name.pdf" "$truth"
  want lualatex && lualatex "$work/un/$name.latex.md" "lualatex/$name.pdf" "$tex"
  add lualatex "lualatex/$name.pdf" "$truth"
  if [ "$name" != en-report ]; then # groff's ms prints no running lines from pandoc
    want groff && roff "$work/un/$name.ms.md" "groff/$name.pdf"; add groff "groff/$name.pdf" "$truth"
  fi
done

# The PDFs of Chromium and LaTeX re-written by cairo (after them, so a full run re-writes the new ones).
while IFS=$'\t' read -r producer pdf source; do
  [ "$producer" = chromium ] || [ "$producer" = latex ] || continue
  out="cairo/$(basename "${pdf%.pdf}").$producer.pdf"
  want cairo && cairo "$pdf" "$out"
  add cairo "$out" "$source"
done < <(tail -n +2 "$manifest" | sort -t$'\t' -k1,1 -k2,2)
# The PDFs of LibreOffice and LaTeX re-distilled by Ghostscript (after them, so a full run re-distils the new ones).
while IFS=$'\t' read -r producer pdf source; do
  [ "$producer" = libreoffice ] || [ "$producer" = latex ] || continue
  out="ghostscript/$(basename "${pdf%.pdf}").$producer.pdf"
  want ghostscript && distil "$pdf" "$out"
  add ghostscript "$out" "$source"
done < <(tail -n +2 "$manifest" | sort -t$'\t' -k1,1 -k2,2)

# Second round: producers and pipelines the reader had not met. Contributions typed as plain text and printed (pandoc's
# plain text, folded at 78 columns as a person types it, through enscript with its running header, then ps2pdf); set
# by a small PDF library from a script (FPDF: fpdf-print.php); XeLaTeX; LibreOffice's tagged PDF/A export and its
# two newspaper columns (docx-columns.py); and PDFs re-written by the tools portals and archives run on them: qpdf
# (object streams, linearised), mutool (content streams sanitised; the whole file re-made by its PDF device), pages
# turned a quarter (qpdf's /Rotate 90, and mutool's copy of that, which turns the content itself and sets a landscape
# page), crop boxes that start away from 0,0 inside a bleed (crop-boxes.py), and pdfjam's imposition (each page a
# form XObject, scaled to US Letter, or two pages side by side on a landscape sheet).
enscript_print() { # md -> plain text -> PostScript -> pdf, with enscript's header (file name, date, page number)
  # enscript reads Latin-1 only, so the text is converted first (then folded: fold counts bytes)
  pandoc -f markdown-smart -t plain --columns=78 "$1" | iconv -f UTF-8 -t ISO-8859-1//TRANSLIT | fold -s -w 78 > "$work/$(basename "${1%.md}").txt"
  (cd "$work" && enscript -q -p "$work/enscript.ps" "$(basename "${1%.md}").txt") && ps2pdf "$work/enscript.ps" "$2"
}
fpdf_print() { php "$here/fpdf-print.php" "$1" "$2"; }
office_pdfa() { # docx -> tagged PDF/A-2b through LibreOffice's export options
  soffice --headless -env:UserInstallation="file://$work/lo" \
    --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"SelectPdfVersion":{"type":"long","value":"2"}}' \
    --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").pdf" "$2"
}
office_columns() { # docx -> the same in two columns -> pdf through LibreOffice
  /usr/bin/python3 "$here/docx-columns.py" "$1" "$work/$(basename "$1")" && office "$work/$(basename "$1")" "$2"
}
second_sources=(sources/*.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md")
for md in "${second_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  want enscript && enscript_print "$md" "enscript/$name.pdf"; add enscript "enscript/$name.pdf" "$rel"
  want fpdf && fpdf_print "$md" "fpdf/$name.pdf"; add fpdf "fpdf/$name.pdf" "$rel"
  want xelatex && latex "$md" "xelatex/$name.pdf" "" xelatex; add xelatex "xelatex/$name.pdf" "$rel"
  want libreoffice-pdfa && office_pdfa "$here/docx/$name.docx" "libreoffice-pdfa/$name.pdf"; add libreoffice-pdfa "libreoffice-pdfa/$name.pdf" "$rel"
  want qpdf && qpdf --object-streams=generate --linearize "libreoffice/$name.pdf" "qpdf/$name.libreoffice.pdf"
  add qpdf "qpdf/$name.libreoffice.pdf" "$rel"
done
for truth in docx/un/en-resolution.docx docx/un/fr-itu-council.docx docx/un/en-itu-pp-resolution.docx docx/un/fr-itu-council-resolution.docx; do
  want libreoffice-pdfa && office_pdfa "$here/$truth" "libreoffice-pdfa/$(basename "${truth%.docx}").pdf"
  add libreoffice-pdfa "libreoffice-pdfa/$(basename "${truth%.docx}").pdf" "$truth"
done
for md in sources/*.md; do
  name="$(basename "${md%.md}")"
  if ! grep -q '^|' "$md"; then # as for pdflatex: longtable cannot be set in two columns
    want xelatex && latex "$md" "xelatex/$name.2col.pdf" "-V classoption=twocolumn -V geometry:margin=2cm" xelatex
    add xelatex "xelatex/$name.2col.pdf" "$md"
  fi
  want libreoffice-2col && office_columns "$here/docx/$name.docx" "libreoffice-2col/$name.pdf"; add libreoffice-2col "libreoffice-2col/$name.pdf" "$md"
  if want mutool; then
    mutool clean -gggg -s -z "chromium/$name.pdf" "mutool/$name.chromium.pdf" >/dev/null
    mutool convert -o "mutool/$name.weasyprint.pdf" "weasyprint/$name.pdf" >/dev/null
  fi
  add mutool "mutool/$name.chromium.pdf" "$md"; add mutool "mutool/$name.weasyprint.pdf" "$md"
  if want rotated; then
    qpdf --rotate=+90 "libreoffice/$name.pdf" "rotated/$name.libreoffice.pdf"
    qpdf --rotate=+90 "weasyprint/$name.pdf" "$work/rotated.pdf"
    mutool convert -o "rotated/$name.turned.pdf" "$work/rotated.pdf" >/dev/null
  fi
  add rotated "rotated/$name.libreoffice.pdf" "$md"; add rotated "rotated/$name.turned.pdf" "$md"
  want cropped && /usr/bin/python3 crop-boxes.py "chromium/$name.pdf" "cropped/$name.chromium.pdf"; add cropped "cropped/$name.chromium.pdf" "$md"
  if want pdfjam; then
    pdfjam --quiet --paper letterpaper --outfile "pdfjam/$name.letter.pdf" "libreoffice/$name.pdf"
    pdfjam --quiet --nup 2x1 --landscape --outfile "pdfjam/$name.2up.pdf" "libreoffice/$name.pdf"
  fi
  add pdfjam "pdfjam/$name.letter.pdf" "$md"; add pdfjam "pdfjam/$name.2up.pdf" "$md"
done
# mutool's PDF device re-makes LibreOffice's TrueType subsets as CID fonts whose Unicode map sends each glyph number to
# the character of that number: the letters carry no text (pdftotext reads blanks). Not in the manifest: the platform
# must say so (BadInputTests), as for the PostScript print of unmapped/.
want mutool && mutool convert -o unmapped/en-numbered.mutool.pdf libreoffice/en-numbered.pdf >/dev/null
# Third round: scans with a text layer, other word processors, e-book and typesetting tools, and pages drawn in
# another order than they are read. Scans: the committed LibreOffice and pdflatex prints rasterised as a scanner gives
# them (scan-pages.py: greyscale JPEG, 150 dpi for tesseract, 100 dpi for ocrmypdf, which reads them at twice that),
# then recognised in the document's language: tesseract's own PDF (the picture and the invisible text, rendering mode
# 3, in one content stream), ocrmypdf over the pictures put into a PDF by img2pdf (its text layer grafted on each page),
# and pages turned 0.7 degrees, as a page fed askew (tesseract: its word boxes follow the slanted lines).
ocr_lang() { case "$(basename "$1")" in fr-*) echo fra ;; *) echo eng ;; esac; }
scan_tesseract() { # pdf -> scanned -> tesseract pdf; $3: degrees of skew
  /usr/bin/python3 "$here/scan-pages.py" "$1" "$work/scan" 150 "${3:-0}" > "$work/scan.txt"
  tesseract "$work/scan.txt" "$work/ocr" --dpi 150 -l "$(ocr_lang "$1")" pdf >/dev/null 2>&1
  mv "$work/ocr.pdf" "$2"; rm -f "$work"/scan-*.jpg
}
scan_ocrmypdf() { # pdf -> scanned at 100 dpi -> img2pdf -> ocrmypdf (the pictures kept, OCR at 200 dpi)
  /usr/bin/python3 "$here/scan-pages.py" "$1" "$work/scan" 100 > "$work/scan.txt"
  img2pdf $(cat "$work/scan.txt") -o "$work/scan.pdf"
  ocrmypdf -q -l "$(ocr_lang "$1")" --oversample 200 --output-type pdf --optimize 0 "$work/scan.pdf" "$2"
  rm -f "$work"/scan-*.jpg
}
for pdf in libreoffice/en-numbered.pdf libreoffice/fr-unnumbered.pdf libreoffice/itu-contribution-2025.pdf \
  libreoffice/en-resolution.pdf libreoffice/fr-itu-council.pdf; do
  out="tesseract/$(basename "${pdf%.pdf}").pdf"
  want tesseract && scan_tesseract "$pdf" "$out"; add tesseract "$out" "$(grep -P "^libreoffice\t$pdf\t" "$manifest" | cut -f3)"
done
# The same scan without a text layer (the pictures alone, as a scanner without OCR leaves them): not in the manifest;
# the platform must say that the pages are pictures without text (PdfScannedPageTests).
if want ocrmypdf; then
  /usr/bin/python3 "$here/scan-pages.py" libreoffice/itu-contribution-2025.pdf "$work/scan" 100 > "$work/scan.txt"
  img2pdf $(cat "$work/scan.txt") -o unmapped/itu-contribution-2025.scan.pdf; rm -f "$work"/scan-*.jpg
fi
for pdf in latex/en-unnumbered.pdf latex/fr-numbered.pdf libreoffice/cstd-contribution-2025.pdf libreoffice/fr-itu-council-resolution.pdf; do
  out="ocrmypdf/$(basename "${pdf%.pdf}").$(dirname "$pdf").pdf"
  want ocrmypdf && scan_ocrmypdf "$pdf" "$out"; add ocrmypdf "$out" "$(grep -P "^$(dirname "$pdf")\t$pdf\t" "$manifest" | cut -f3)"
done
for pdf in libreoffice/en-unnumbered.pdf libreoffice/fr-numbered.pdf; do
  out="skewed/$(basename "${pdf%.pdf}").pdf"
  want skewed && scan_tesseract "$pdf" "$out" 0.7; add skewed "$out" "$(grep -P "^libreoffice\t$pdf\t" "$manifest" | cut -f3)"
done
# Word processors and converters: AbiWord from pandoc's DOCX (and the DOCX truths of sources/un/), Calibre's
# ebook-convert from pandoc's HTML (Qt WebEngine's PDF writer, its page numbers on), ConTeXt through pandoc.
calibre_pdf() { QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox ebook-convert "$1" "$2" --pdf-page-numbers >/dev/null 2>&1; }
for md in sources/*.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  want abiword && abiword --to=pdf -o "abiword/$name.pdf" "docx/$name.docx" >/dev/null 2>&1; add abiword "abiword/$name.pdf" "$rel"
  want calibre && calibre_pdf "html/$name.html" "calibre/$name.pdf"; add calibre "calibre/$name.pdf" "$rel"
  want context && pandoc -f markdown-smart "$md" -o "context/$name.pdf" --pdf-engine=context; add context "context/$name.pdf" "$rel"
done
for name in en-resolution fr-itu-council en-itu-pp-resolution fr-itu-council-resolution; do
  want abiword && abiword --to=pdf -o "abiword/$name.pdf" "docx/un/$name.docx" >/dev/null 2>&1; add abiword "abiword/$name.pdf" "docx/un/$name.docx"
done
# Pages drawn in another order than they are read (drawn-print.py: footer first, right column before the left one,
# header last), with a logo and a captioned figure as pictures among the text.
for md in sources/*.md "$root/samples/cstd-contribution-2025.md"; do
  name="$(basename "${md%.md}")"
  want drawn && /usr/bin/python3 drawn-print.py "$md" "drawn/$name.pdf"; add drawn "drawn/$name.pdf" "$(realpath --relative-to="$here" "$md")"
done
# Fourth round: libraries that set the text themselves from a program, and TeX through PostScript with bitmap fonts.
# The JavaScript printers of js/ read pandoc's syntax tree (js/blocks.mjs) and lay it out each with its library:
# PDFKit (its own line wrapper, embedded DejaVu Sans), jsPDF (its line splitting and Tw justification, Times not
# embedded, calls as the superscript digits ¹ ² ³), pdfmake (its lists and tables over PDFKit, with a UN document's
# running lines: the symbol atop the pages after the first, n/m at their foot, the job number and its barcode's text at
# the foot of the first), pdf-lib (lines broken by js/pdflib-print.mjs, each written as a word processor's export
# writes it: Tw for the justification, TJ arrays with the kerning pairs, Ts for the calls). dvips: pandoc's LaTeX
# without Latin Modern (EC fonts, whose Type 1 versions, cm-super, are not installed) through latex, dvips and ps2pdf,
# so the fonts are Metafont's bitmaps as Type 3 fonts, as a TeX installation without cm-super prints them. The sources
# of sources/un/ are given with the tab after their numbers as U+E000 (js/blocks.mjs sets it as a tab). gropdf: pandoc's
# ms through groff's own PDF driver, where pdfroff goes through grops and Ghostscript.
if want pdfkit || want jspdf || want pdfmake || want pdflib; then (cd js && npm ci --no-audit --no-fund --loglevel=error); fi
un_symbol() { case "$1" in en-report) echo A/81/64 ;; en-resolution) echo A/RES/81/215 ;; *-itu-*) echo C26/71-E ;; *) echo E/CN.16/2026/CRP.3 ;; esac; }
un_job() { case "$1" in fr-*) echo "GE.26-04417 (F)" ;; *) echo "GE.26-04417 (E)" ;; esac; }
dvips_print() { # md -> LaTeX (EC fonts) -> dvi -> PostScript with bitmap fonts -> pdf; $3: extra pandoc options
  local name; name="$(basename "${1%.md}")"
  pandoc -f markdown-smart -s "$1" -o "$work/$name.tex" -V geometry:margin=2.5cm -V fontfamily=textcomp ${3:-}
  (cd "$work" && for pass in 1 2; do command latex -interaction=batchmode "$name.tex" >/dev/null || true; done
    dvips -q -o "$name.ps" "$name.dvi" && ps2pdf "$name.ps" "$name.pdf")
  mv "$work/$name.pdf" "$2"
}
gropdf_print() { # md -> ms -> pdf by groff's own PDF driver (gropdf: Type 1 fonts embedded whole, no Ghostscript)
  pandoc -f markdown-smart -t ms -s "$1" -o "$work/gropdf.ms" && groff -t -ms -Tpdf -k -K utf8 "$work/gropdf.ms" > "$2" 2>/dev/null
}
fourth() { # $1: source (Markdown), $2: its name, $3: its truth
  want pdfkit && node js/pdfkit-print.mjs "$1" "pdfkit/$2.pdf"; add pdfkit "pdfkit/$2.pdf" "$3"
  want jspdf && node js/jspdf-print.mjs "$1" "jspdf/$2.pdf"; add jspdf "jspdf/$2.pdf" "$3"
  want pdfmake && node js/pdfmake-print.mjs "$1" "pdfmake/$2.pdf" "$(un_symbol "$2")" "$(un_job "$2")" 2>/dev/null
  add pdfmake "pdfmake/$2.pdf" "$3"
  want pdflib && node js/pdflib-print.mjs "$1" "pdflib/$2.pdf"; add pdflib "pdflib/$2.pdf" "$3"
}
for md in sources/*.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  fourth "$md" "$name" "$rel"
  want dvips && dvips_print "$md" "dvips/$name.pdf"; add dvips "dvips/$name.pdf" "$rel"
  want gropdf && gropdf_print "$md" "gropdf/$name.pdf"; add gropdf "gropdf/$name.pdf" "$rel"
done
for md in sources/un/*.md; do
  name="$(basename "${md%.md}")"
  sed -E 's/\t/\xee\x80\x80/' "$md" > "$work/un/$name.pua.md"
  fourth "$work/un/$name.pua.md" "$name" "docx/un/$name.docx"
  tex=""; [ "$name" = en-report ] && tex="-H $work/un/report-header.tex"
  want dvips && dvips_print "$work/un/$name.latex.md" "dvips/$name.pdf" "$tex"; add dvips "dvips/$name.pdf" "docx/un/$name.docx"
  if [ "$name" != en-report ]; then # as for pdfroff: pandoc's ms prints no running lines
    want gropdf && gropdf_print "$work/un/$name.ms.md" "gropdf/$name.pdf"; add gropdf "gropdf/$name.pdf" "docx/un/$name.docx"
  fi
done
# Fifth round: layouts of real contributions and one more library. glyphs: pdf-lib's print with every glyph shown by
# an operator of its own at its own text matrix, no space written (js/pdflib-print.mjs --glyphs), as layout engines
# that place each glyph write a page. margin: Chromium with the paragraph numbers and list markers hung in the left
# margin, the text flush with the headings' (as UN reports and legal texts print "1." outside the text), the numbers
# of sources/un/ a tab's width out (one wider than that pushes its text on, as a tab goes to the next stop). landscape: Chromium with every table on a landscape page of its own among the
# portrait ones, the browser's header and footer on all (the report: its own running lines). smallcaps: Chromium with
# every heading in small capitals (CSS font-variant), which it draws as capitals of a smaller size, each one's letter
# given back by a marked-content span's /ActualText. latex-perpage: pdflatex
# with footnotes numbered afresh on every page and headings in small capitals. pdfsharp: PDFsharp 6 (pdfsharp/print,
# a console program outside the solution) setting pandoc's syntax tree itself: its own line breaking, each line one
# string drawn, justified by spreading the words, the notes at the foot of the page that calls them.
margin_css='<style>html{max-width:none} body{max-width:none;margin:0;padding:0 0 0 1.5cm;font-size:11pt} ol,ul{padding-left:0}
.tab{display:inline-block;min-width:1.25cm;padding-right:.3em;margin-left:calc(-1.25cm - .3em)}</style>'
landscape_css='<style>@page wide { size: A4 landscape } table{page:wide}</style>'
smallcaps_css='<style>h1,h2,h3,h4{font-variant:small-caps}</style>'
perpage_tex="$work/perpage.tex"
printf '%s\n' '\makeatletter\@addtoreset{footnote}{page}' \
  '\renewcommand\section{\@startsection{section}{1}{\z@}{-3.5ex \@plus -1ex \@minus -.2ex}{2.3ex \@plus.2ex}{\normalfont\Large\scshape}}' \
  '\renewcommand\subsection{\@startsection{subsection}{2}{\z@}{-3.25ex\@plus -1ex \@minus -.2ex}{1.5ex \@plus .2ex}{\normalfont\large\scshape}}\makeatother' > "$perpage_tex"
if want pdfsharp || want layouts; then dotnet build -c Release -v q --nologo pdfsharp/print >/dev/null; fi
pdfsharp_print() { # md -> blocks (js/blocks-json.mjs) -> pdf set by pdfsharp/print
  node js/blocks-json.mjs "$1" > "$work/blocks.json" && dotnet pdfsharp/print/bin/Release/net10.0/pdfsharp-print.dll "$work/blocks.json" "$2"
}
for md in sources/*.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  want glyphs && node js/pdflib-print.mjs "$md" "glyphs/$name.pdf" --glyphs; add glyphs "glyphs/$name.pdf" "$rel"
  if want margin; then
    pandoc -f markdown-smart -s "$md" -o "$work/$name.margin.html" --metadata pagetitle="$name" -V header-includes="$margin_css"
    chrome_plain "$work/$name.margin.html" "margin/$name.pdf"
  fi
  add margin "margin/$name.pdf" "$rel"
  if want smallcaps; then
    pandoc -f markdown-smart -s "$md" -o "$work/$name.smallcaps.html" --metadata pagetitle="$name" -V header-includes="$smallcaps_css"
    chrome_plain "$work/$name.smallcaps.html" "smallcaps/$name.pdf"
  fi
  add smallcaps "smallcaps/$name.pdf" "$rel"
  if grep -q '^|' "$md"; then
    if want landscape; then
      pandoc -f markdown-smart -s "$md" -o "$work/$name.landscape.html" --metadata pagetitle="$name" -V header-includes="$landscape_css"
      chrome "$work/$name.landscape.html" "landscape/$name.pdf"
    fi
    add landscape "landscape/$name.pdf" "$rel"
  fi
  want latex-perpage && latex "$md" "latex-perpage/$name.pdf" "-H $perpage_tex"; add latex-perpage "latex-perpage/$name.pdf" "$rel"
  want pdfsharp && pdfsharp_print "$md" "pdfsharp/$name.pdf"; add pdfsharp "pdfsharp/$name.pdf" "$rel"
done
for md in sources/un/*.md; do
  name="$(basename "${md%.md}")"
  truth="docx/un/$name.docx"
  want glyphs && node js/pdflib-print.mjs "$work/un/$name.pua.md" "glyphs/$name.pdf" --glyphs; add glyphs "glyphs/$name.pdf" "$truth"
  css="$margin_css"; [ "$name" = en-report ] && css="$margin_css$report_css"
  if want margin; then
    pandoc -f markdown-smart -s "$work/un/$name.html.md" -o "$work/un/$name.margin.html" --metadata pagetitle="$name" -V header-includes="$css"
    chrome_plain "$work/un/$name.margin.html" "margin/$name.pdf"
  fi
  add margin "margin/$name.pdf" "$truth"
  if want smallcaps; then
    pandoc -f markdown-smart -s "$work/un/$name.html.md" -o "$work/un/$name.smallcaps.html" --metadata pagetitle="$name" \
      -V header-includes="$un_css$smallcaps_css$([ "$name" = en-report ] && echo "$report_css")"
    chrome_plain "$work/un/$name.smallcaps.html" "smallcaps/$name.pdf"
  fi
  add smallcaps "smallcaps/$name.pdf" "$truth"
  if [ "$name" = en-report ]; then
    if want landscape; then
      pandoc -f markdown-smart -s "$work/un/$name.html.md" -o "$work/un/$name.landscape.html" --metadata pagetitle="$name" \
        -V header-includes="$un_css$report_css$landscape_css"
      chrome_plain "$work/un/$name.landscape.html" "landscape/$name.pdf"
    fi
    add landscape "landscape/$name.pdf" "$truth"
  fi
  tex="-H $perpage_tex"; [ "$name" = en-report ] && tex="$tex -H $work/un/report-header.tex"
  want latex-perpage && latex "$work/un/$name.latex.md" "latex-perpage/$name.pdf" "$tex"; add latex-perpage "latex-perpage/$name.pdf" "$truth"
  want pdfsharp && pdfsharp_print "$work/un/$name.pua.md" "pdfsharp/$name.pdf"; add pdfsharp "pdfsharp/$name.pdf" "$truth"
done
# Layouts of sources/layouts/, printed by Chromium, pdflatex and PDFsharp into their folders: a letter (a letterhead
# with a logo, the date set right, the address lines and the signature block close together) and a report with a
# framed box in the flow ("Encadré 1", a blockquote drawn as a panel) and a table of 35 rows over two pages, its header
# row repeated atop the second (Chromium repeats a table's head, LaTeX's longtable its \endhead). `make.sh layouts`
# prints these alone.
logo='<img alt="" style="display:block;width:2.2cm;height:2.2cm;margin:0 auto 6pt" src="data:image/svg+xml;base64,'"$(printf '%s' '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="46" fill="#c8102e"/><polygon points="50,18 58,42 84,42 63,57 71,82 50,67 29,82 37,57 16,42 42,42" fill="#111"/></svg>' | base64 -w0)"'">'
letter_css='<style>html{max-width:none} body{max-width:none;margin:0;padding:0;font-size:11pt} h1{font-size:13pt;text-align:center;margin:0 0 24pt}
body > p:nth-of-type(1){text-align:right} body > p:nth-of-type(3), body > p:nth-of-type(4), body > p:nth-of-type(5){margin:0}
body > p:nth-of-type(6){margin-top:18pt;font-weight:bold} body > p:nth-last-of-type(2), body > p:nth-last-of-type(1){margin:0}
body > p:nth-last-of-type(3){margin-bottom:36pt} p{text-align:justify}</style>'
box_css='<style>blockquote{border:0.75pt solid #333;background:#eef2f7;margin:12pt 0;padding:4pt 12pt;color:#000} blockquote h3{font-size:11pt;margin:6pt 0}
th{border-bottom:0.75pt solid #000} td:not(:first-child), th:not(:first-child){text-align:right;padding-left:2em}</style>'
for md in sources/layouts/en-letter.md sources/layouts/fr-box-table.md; do
  name="$(basename "${md%.md}")"
  css="$box_css"; before=""
  [ "$name" = en-letter ] && css="$letter_css" && before="$logo"
  if want layouts; then
    pandoc -f markdown-smart -s "$md" -o "$work/$name.html" --metadata pagetitle="$name" -V header-includes="$css" -V include-before="$before"
    if [ "$name" = en-letter ]; then chrome_plain "$work/$name.html" "chromium/$name.pdf"; else chrome "$work/$name.html" "chromium/$name.pdf"; fi
  fi
  add chromium "chromium/$name.pdf" "$md"
  want layouts && latex "$md" "latex/$name.pdf"; add latex "latex/$name.pdf" "$md"
  want layouts && pdfsharp_print "$md" "pdfsharp/$name.pdf"; add pdfsharp "pdfsharp/$name.pdf" "$md"
done
# Sixth round: layouts and producer settings not met before (the Markdown sources and samples, the running sources and
# sources/layouts/en-long-notes.md, whose notes are long enough to run from one page onto the next).
# spanned/: Chromium, the page in two CSS columns with the title and headings spanning both, as a journal sets an
#   article: each heading ends the columns above it, and two new columns start under it (no browser lines).
# twoside/: a booklet printed on both sides, A5 with mirrored margins: the running header and the page number change
#   sides between odd and even pages and the first page has neither. NAME.latex.pdf by pdflatex (fancyhdr, twoside),
#   NAME.libreoffice.pdf by LibreOffice from a DOCX with Word's "different odd and even pages" and "different first
#   page" (twoside-reference.py).
# cover/: pdflatex with a cover page (a logo drawn as shapes, a large title that the text does not have, the
#   organisation, a date) and a table of contents (dotted leaders, page numbers) before the text.
# prepress/: Chromium's and PDFsharp's prints re-distilled by Ghostscript with its "prepress" settings (fonts embedded
#   whole where it can, no downsampling), as print shops ask.
# libreoffice-hybrid/: pandoc's DOCX exported by LibreOffice with bookmarks and the ODF document embedded (a hybrid
#   PDF), untagged; qpdf/NAME.pdfsharp.pdf: PDFsharp's prints linearised with object streams.
spanned_css='<style>html{max-width:none}body{max-width:none;column-count:2;column-gap:2.2em;text-align:justify}
h1,h2,h3{column-span:all;text-align:left}</style>'
twoside_tex="$work/twoside.tex"
twoside_head() { # $1: odd pages' header, $2: even pages'
  printf '%s\n' '\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}' \
    "\\fancyhead[RO]{\\small $1}\\fancyhead[LE]{\\small $2}\\fancyfoot[RO,LE]{\\small\\thepage}" \
    '\AtBeginDocument{\thispagestyle{empty}}' > "$twoside_tex"
}
cover_tex="$work/cover.tex"
cover_page() { # $1: the cover's title, $2: organisation, $3: date
  printf '%s\n' '\begin{titlepage}\centering\vspace*{1.5cm}' \
    '{\color[rgb]{0.1,0.3,0.6}\rule{1.2cm}{1.2cm}}\hspace{2mm}{\color[rgb]{0.8,0.1,0.2}\rule{1.2cm}{2cm}}\hspace{2mm}{\color[rgb]{0.1,0.3,0.6}\rule{1.2cm}{1.2cm}}\par\vspace{2.5cm}' \
    "{\\fontsize{30}{36}\\selectfont\\bfseries $1\\par}\\vspace{1.5cm}{\\Large $2\\par}\\vfill{\\large $3\\par}" \
    '\end{titlepage}' > "$cover_tex"
}
office_hybrid() { # docx -> pdf with bookmarks and the ODF document embedded, untagged
  soffice --headless -env:UserInstallation="file://$work/lo" \
    --convert-to 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"},"IsAddStream":{"type":"boolean","value":"true"},"UseTaggedPDF":{"type":"boolean","value":"false"}}' \
    --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").pdf" "$2"
}
prepress() { gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -dPDFSETTINGS=/prepress -sOutputFile="$2" "$1"; }
if want twoside; then pandoc -o "$work/pandoc-reference.docx" --print-default-data-file reference.docx; fi
sixth_sources=(sources/*.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md" sources/layouts/en-long-notes.md)
for md in "${sixth_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  case "$name" in
    fr-*) odd="Examen de la société de l'information 2025"; even="Contribution au rapport du SMSI"; cover="Contribution au rapport 2025 sur le SMSI"; date="15 janvier 2026" ;;
    *) odd="Information society review 2025"; even="Contribution to the WSIS report"; cover="Contribution to the 2025 report on the WSIS"; date="15 January 2026" ;;
  esac
  case "$name" in
    en-numbered) org="Economic and Social Commission for Western Asia" ;; fr-numbered) org="Commission économique pour l'Afrique" ;;
    en-unnumbered) org="Pacific Islands Forum Secretariat" ;; fr-unnumbered) org="Organisation internationale de la Francophonie" ;;
    en-long-notes) org="Economic Commission for Latin America and the Caribbean" ;; *) org="United Nations" ;;
  esac
  if want spanned; then
    pandoc -f markdown-smart -s "$md" -o "$work/$name.spanned.html" --metadata pagetitle="$name" -V header-includes="$spanned_css"
    chrome_plain "$work/$name.spanned.html" "spanned/$name.pdf"
  fi
  add spanned "spanned/$name.pdf" "$rel"
  if want twoside; then
    twoside_head "$odd" "$even"
    latex "$md" "twoside/$name.latex.pdf" "-H $twoside_tex -V classoption=twoside -V papersize=a5 -V geometry:inner=2.3cm -V geometry:outer=1.4cm -V geometry:vmargin=2.2cm"
    python3 twoside-reference.py "$work/pandoc-reference.docx" "$work/$name-twoside.docx" "$odd" "$even"
    pandoc -f markdown-smart "$md" --reference-doc "$work/$name-twoside.docx" -o "$work/twoside-$name.docx"
    office "$work/twoside-$name.docx" "twoside/$name.libreoffice.pdf"
  fi
  add twoside "twoside/$name.latex.pdf" "$rel"; add twoside "twoside/$name.libreoffice.pdf" "$rel"
  if want cover; then
    cover_page "$cover" "$org" "$date"
    latex "$md" "cover/$name.pdf" "--toc --toc-depth=2 -B $cover_tex $([ "${name%%-*}" = fr ] && echo '-V lang=fr')"
  fi
  add cover "cover/$name.pdf" "$rel"
  if [ "$name" != en-long-notes ]; then
    want prepress && prepress "chromium/$name.pdf" "prepress/$name.chromium.pdf"; add prepress "prepress/$name.chromium.pdf" "$rel"
    want prepress && prepress "pdfsharp/$name.pdf" "prepress/$name.pdfsharp.pdf"; add prepress "prepress/$name.pdfsharp.pdf" "$rel"
    want libreoffice-hybrid && office_hybrid "$here/docx/$name.docx" "libreoffice-hybrid/$name.pdf"; add libreoffice-hybrid "libreoffice-hybrid/$name.pdf" "$rel"
    want qpdf && qpdf --object-streams=generate --linearize "pdfsharp/$name.pdf" "qpdf/$name.pdfsharp.pdf"; add qpdf "qpdf/$name.pdfsharp.pdf" "$rel"
  fi
done
# The long notes printed by pdflatex and LibreOffice, whose third note runs from the foot of one page onto the next
# (`make.sh long-notes` prints these alone).
want long-notes && latex sources/layouts/en-long-notes.md latex/en-long-notes.pdf; add latex latex/en-long-notes.pdf sources/layouts/en-long-notes.md
if want long-notes; then
  pandoc -f markdown-smart sources/layouts/en-long-notes.md -o "$work/en-long-notes.docx" && office "$work/en-long-notes.docx" libreoffice/en-long-notes.pdf
fi
add libreoffice libreoffice/en-long-notes.pdf sources/layouts/en-long-notes.md
# Seventh round: producers and layouts not met before (the Markdown sources and samples, the layouts of sources/un/
# where a producer sets them from blocks, and sources/layouts/en-long-notes.md).
# typst/: Typst 0.14 (js/typst-print.mjs, through the compiler npm ships): justified with Typst's hyphenation in the
#   document's language, real footnotes at the foot of the page, enumerations and lists, a running header on pages
#   after the first, the page number; a tagged PDF. NAME.3col.pdf: the body in three columns under the title.
# skia/: SkiaSharp's PDF backend (skia/print): Liberation Sans, ragged right, each word drawn on its own, notes at the
#   end, a running header over a rule on every page, the page number at the right of the foot.
# a2ps/: the text as pandoc's plain text, printed by a2ps with its defaults (two pages side by side on a sheet turned
#   landscape, each framed, with its header of date, file name and "Page n/m"; "Printed by" atop the sheet), then
#   ps2pdf: Courier, hyphens drawn with the glyph named "minus".
# columns3/: Chromium with the body in three CSS columns and the title across them (no browser lines).
if want typst; then (cd js && [ -d node_modules/@myriaddreamin ] || npm ci --silent); fi
if want skia; then dotnet build -c Release -v q --nologo skia/print >/dev/null; fi
columns3_css='<style>html{max-width:none}body{max-width:none;column-count:3;column-gap:1.6em;text-align:justify;font-size:10pt}
h1{column-span:all;text-align:left}</style>'
a2ps_print() { # md -> plain text folded at 78 columns as for enscript (Latin-1: a2ps reads no UTF-8) -> a2ps with its
  # defaults -> pdf
  pandoc -f markdown-smart -t plain --columns=78 "$1" | iconv -f UTF-8 -t ISO-8859-1//TRANSLIT | fold -s -w 78 > "$work/$(basename "${1%.md}").txt"
  (cd "$work" && a2ps -q -o "$work/a2ps.ps" "$(basename "${1%.md}").txt") && ps2pdf "$work/a2ps.ps" "$2"
}
seventh_sources=(sources/*.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md" sources/layouts/en-long-notes.md)
for md in "${seventh_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  case "$name" in fr-*) lang=fr; head="Examen de la société de l'information 2025" ;; *) lang=en; head="Information society review 2025" ;; esac
  want typst && node js/typst-print.mjs "$md" "typst/$name.pdf" --lang "$lang" --header "$head"; add typst "typst/$name.pdf" "$rel"
  if [ "$name" != en-long-notes ]; then
    want typst && node js/typst-print.mjs "$md" "typst/$name.3col.pdf" --columns 3 --lang "$lang" --header "$head"
    add typst-columns "typst/$name.3col.pdf" "$rel"
    if want columns3; then
      pandoc -f markdown-smart -s "$md" -o "$work/$name.columns3.html" --metadata pagetitle="$name" -V header-includes="$columns3_css"
      chrome_plain "$work/$name.columns3.html" "columns3/$name.pdf"
    fi
    add columns3 "columns3/$name.pdf" "$rel"
    want a2ps && a2ps_print "$md" "a2ps/$name.pdf"; add a2ps "a2ps/$name.pdf" "$rel"
  fi
  if want skia; then node js/blocks-json.mjs "$md" > "$work/blocks.json" && dotnet skia/print/bin/Release/net10.0/skia-print.dll "$work/blocks.json" "skia/$name.pdf" "$head"; fi
  add skia "skia/$name.pdf" "$rel"
done
for md in sources/un/*.md; do
  name="$(basename "${md%.md}")"
  case "$name" in fr-*) lang=fr ;; *) lang=en ;; esac
  want typst && node js/typst-print.mjs "$work/un/$name.pua.md" "typst/$name.pdf" --lang "$lang" --header "$name"; add typst "typst/$name.pdf" "docx/un/$name.docx"
  if want skia; then node js/blocks-json.mjs "$work/un/$name.pua.md" > "$work/blocks.json" && dotnet skia/print/bin/Release/net10.0/skia-print.dll "$work/blocks.json" "skia/$name.pdf" "$name"; fi
  add skia "skia/$name.pdf" "docx/un/$name.docx"
done
# Eighth round: what people and office tools do to a PDF after its producer wrote it, and layouts not met before (the
# Markdown sources and samples, from the prints committed above). stamp-pages.py draws the marks with ReportLab and
# lays them over the pages with pikepdf, the content left as it was.
# watermark/: a watermark over every page: NAME.libreoffice.pdf by LibreOffice's own export option (Watermark: the
#   word drawn on each page), NAME.latex.pdf by pdflatex with the draftwatermark package (a grey word turned 45 degrees
#   under the text), NAME.overlay.pdf Chromium's print with a word turned 45 degrees laid over it, NAME.level.pdf
#   LibreOffice's print with a word laid level across the middle of each page (the word: DRAFT, PROJET, CONFIDENTIAL,
#   CONFIDENTIEL).
# merged/: two PDFs of two producers joined into one, as a covering letter and its report or a report and its annex
#   are sent (qpdf --pages, pdfunite): running lines change and page numbers start again midway; the truth is the two
#   sources one after the other (sources/merged/, written here).
# stamped/: LibreOffice's prints (no page numbers of their own) numbered afterwards: NAME.bates.pdf a Bates number at
#   the foot on the right and "- n -" at its centre; NAME.received.pdf a registry's stamp turned a quarter in the right
#   margin of the first page and "Page n of m" atop every page.
# lineno/: line numbers in the left margin, as legal drafts carry them: NAME.latex.pdf by pdflatex with the lineno
#   package (every line), NAME.libreoffice.pdf by LibreOffice from pandoc's DOCX with Word's line numbering (every
#   fifth line, docx-line-numbers.py).
# annotated/: LibreOffice's prints with a reviewer's marks, none of them page content (NAME.pdf: a sticky note, a
#   highlight, a FreeText comment in the margin, a filled form field "Name of entity" atop the first page), and the same
#   flattened by qpdf (NAME.flattened.pdf: the comment's and the field's appearances drawn into the page, as a "print
#   to PDF" of the annotated file leaves them).
# turned-table/: pdflatex with each table on a page of its own turned a quarter (pdflscape: a /Rotate 90 page among
#   portrait ones, its content drawn turned), the sources with a table only.
if want lineno || want watermark || want turned-table || want stamped || want annotated; then
  /usr/bin/python3 -c 'import pikepdf, reportlab' # python3-pikepdf, python3-reportlab
fi
watermark_word() { case "$1" in fr-*) echo "${2:-PROJET}" ;; *) echo "${3:-DRAFT}" ;; esac; }
office_watermark() { # docx -> pdf with LibreOffice's watermark export option; $3: the word
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to "pdf:writer_pdf_Export:{\"Watermark\":{\"type\":\"string\",\"value\":\"$3\"}}" \
    --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").pdf" "$2"
}
for md in "${markdown_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  word="$(watermark_word "$name")"
  if want watermark; then
    office_watermark "$here/docx/$name.docx" "watermark/$name.libreoffice.pdf" "$word"
    latex "$md" "watermark/$name.latex.pdf" "-V header-includes=\\usepackage[text=$word,scale=5]{draftwatermark}"
    /usr/bin/python3 stamp-pages.py watermark "chromium/$name.pdf" "watermark/$name.overlay.pdf" "$(watermark_word "$name" CONFIDENTIEL CONFIDENTIAL)" diagonal
    /usr/bin/python3 stamp-pages.py watermark "libreoffice/$name.pdf" "watermark/$name.level.pdf" "$word" horizontal
  fi
  for kind in libreoffice latex overlay level; do add watermark "watermark/$name.$kind.pdf" "$rel"; done
  if want stamped; then
    /usr/bin/python3 stamp-pages.py bates "libreoffice/$name.pdf" "stamped/$name.bates.pdf" "WSIS-CSTD-" 4101
    /usr/bin/python3 stamp-pages.py received "libreoffice/$name.pdf" "stamped/$name.received.pdf" "RECEIVED - CSTD REGISTRY"
  fi
  add stamped "stamped/$name.bates.pdf" "$rel"; add stamped "stamped/$name.received.pdf" "$rel"
  if want lineno; then
    latex "$md" "lineno/$name.latex.pdf" "-V header-includes=\\usepackage{lineno}\\linenumbers"
    /usr/bin/python3 docx-line-numbers.py "docx/$name.docx" "$work/$name.lines.docx" 5 newPage
    office "$work/$name.lines.docx" "lineno/$name.libreoffice.pdf"
  fi
  add lineno "lineno/$name.latex.pdf" "$rel"; add lineno "lineno/$name.libreoffice.pdf" "$rel"
  if want annotated; then
    case "$name" in fr-*) entity="Réseau des médias de proximité" ;; *) entity="Andean Connectivity Observatory" ;; esac
    /usr/bin/python3 stamp-pages.py annotate "libreoffice/$name.pdf" "annotated/$name.pdf" "$entity"
    qpdf --flatten-annotations=all "annotated/$name.pdf" "annotated/$name.flattened.pdf"
  fi
  add annotated "annotated/$name.pdf" "$rel"; add annotated "annotated/$name.flattened.pdf" "$rel"
  if grep -q '^|' "$md"; then
    if want turned-table; then
      # Each table between \blandscape and \elandscape, commands pandoc passes on as raw LaTeX while it still reads
      # the table between them (an environment's \begin would take the table as raw LaTeX too).
      awk '/^\|/ && !t { print "\\blandscape\n"; t = 1 } !/^\|/ && t { print "\n\\elandscape"; t = 0 } { print }' "$md" > "$work/$name.turned.md"
      latex "$work/$name.turned.md" "turned-table/$name.pdf" \
        "-V header-includes=\\usepackage{pdflscape}\\newcommand{\\blandscape}{\\begin{landscape}}\\newcommand{\\elandscape}{\\end{landscape}}"
    fi
    add turned-table "turned-table/$name.pdf" "$rel"
  fi
done
# The merged files: a covering letter and a report, a report and an annex, each part printed by another producer.
merged=(
  "en-letter-numbered|sources/layouts/en-letter.md|chromium/en-letter.pdf|sources/en-numbered.md|libreoffice/en-numbered.pdf|qpdf"
  "fr-numbered-unnumbered|sources/fr-numbered.md|latex/fr-numbered.pdf|sources/fr-unnumbered.md|chromium/fr-unnumbered.pdf|pdfunite"
  "en-running-unnumbered|sources/running/en-running.md|libreoffice/en-running.pdf|sources/en-unnumbered.md|latex/en-unnumbered.pdf|qpdf"
  "fr-running-unnumbered|sources/running/fr-running.md|chromium/fr-running.pdf|sources/fr-unnumbered.md|libreoffice/fr-unnumbered.pdf|pdfunite"
)
for entry in "${merged[@]}"; do
  IFS='|' read -r name first first_pdf second second_pdf tool <<< "$entry"
  if want merged; then
    # The second part's notes renamed, so that the two parts' labels do not meet.
    { cat "$first"; printf '\n'; sed 's/\[\^\([^]]*\)\]/[^annex\1]/g' "$second"; } > "sources/merged/$name.md"
    case "$tool" in
      qpdf) qpdf --empty --pages "$first_pdf" "$second_pdf" -- "merged/$name.pdf" ;;
      pdfunite) pdfunite "$first_pdf" "$second_pdf" "merged/$name.pdf" ;;
    esac
  fi
  add merged "merged/$name.pdf" "sources/merged/$name.md"
done
# Ninth round: layouts and tools not met before.
# slides/: a short contribution written as slides (sources/slides/: a slide's title a "##" heading, its bullets and
#   numbered points a list), through pandoc to PowerPoint and exported by LibreOffice Impress (16:9 pages, the title
#   centred over the bullets, a sub-list under an en dash).
# landscape/NAME.libreoffice.pdf (landscape-section): pandoc's DOCX with each table in a landscape section of its own
#   (docx-landscape.py: a section break before and after it), exported by LibreOffice: a page wider than high amid
#   portrait pages, its text level (no /Rotate).
# hidden/: LibreOffice's prints with text a reader of the page never sees (hidden-text.py): NAME.slug.pdf a printer's
#   slug area outside the crop box (crop marks, a slug line and a proof line, on the paper), NAME.layer.pdf a reviewer's
#   notes in an optional content group the document switches off, atop each page and across its middle.
office_impress() { # pptx -> pdf through LibreOffice Impress
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").pdf" "$2"
}
for md in sources/slides/*.md; do
  name="$(basename "${md%.md}")"
  if want slides; then pandoc -f markdown-smart "$md" -o "$work/$name.pptx" && office_impress "$work/$name.pptx" "slides/$name.pdf"; fi
  add slides "slides/$name.pdf" "$md"
done
for truth in docx/en-numbered.docx docx/fr-numbered.docx docx/un/en-report.docx; do
  name="$(basename "${truth%.docx}")"
  source="$truth"; [ -f "sources/$name.md" ] && source="sources/$name.md"
  if want landscape-section; then
    /usr/bin/python3 docx-landscape.py "$truth" "$work/$name.landscape.docx" && office "$work/$name.landscape.docx" "landscape/$name.libreoffice.pdf"
  fi
  add landscape-section "landscape/$name.libreoffice.pdf" "$source"
done
for md in "${markdown_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  if want hidden; then
    case "$name" in
      fr-*) notes=("Relecteur : vérifier les chiffres du paragraphe 3" "Relecteur : citer la source du tableau") ;;
      *) notes=("Reviewer: check the figures of paragraph 3 against the 2024 study" "Reviewer: the table needs a source line") ;;
    esac
    /usr/bin/python3 hidden-text.py slug "libreoffice/$name.pdf" "hidden/$name.slug.pdf" "$name"
    /usr/bin/python3 hidden-text.py layer "libreoffice/$name.pdf" "hidden/$name.layer.pdf" "${notes[@]}"
  fi
  add hidden "hidden/$name.slug.pdf" "$rel"; add hidden "hidden/$name.layer.pdf" "$rel"
done
# imposed/: the running sources' prints (their header naming the organisation, their footer "page n of m") printed
#   two pages to a sheet (two-up.py, as a print dialog's "2 pages per sheet"): each sheet carries two pages' running
#   lines level side by side, and a paragraph runs from the left page onto the right one.
for md in sources/running/*.md; do
  name="$(basename "${md%.md}")"
  for producer in libreoffice chromium; do
    want imposed && /usr/bin/python3 two-up.py "$producer/$name.pdf" "imposed/$name.$producer.pdf"
    add imposed "imposed/$name.$producer.pdf" "$md"
  done
done
# Tenth round: the report generators agencies' web systems and document services run (the Markdown sources and samples,
# and the running sources with their header and footer). Each is handed pandoc's HTML as a web page's template holds
# it: the notes as endnotes without pandoc's back-links (the base-14 fonts have no arrow to draw them).
# tcpdf/: TCPDF's writeHTML() from a PHP page (tcpdf-print.php: DejaVu Sans, Header() and Footer() of its own).
# dompdf/: dompdf from the whole page and a stylesheet (dompdf-print.php: base-14 fonts, the running lines by
#   page_text()).
# xhtml2pdf/: xhtml2pdf, as a Django view renders a template (xhtml2pdf-print.py: static frames for the running lines);
#   it ignores <ol start> and <ol type>, so its pages carry the paragraphs' numbers in their text, as a web system that
#   stores them so prints them.
# htmldoc/: HTMLDOC, NAME.webpage.pdf in its web page mode ("n/m" at the foot; the running sources' organisation, the
#   page's title, atop), NAME.book.pdf in its book mode (a title page, a table of contents numbered in Roman figures,
#   then the text, each page headed by the document's title and numbered at the foot).
# fop/: Apache FOP from XSL-FO written from the XHTML by fop-html.xsl (real footnotes at the foot of the page, list
#   blocks, a ruled table, the running lines in static content).
mkdir -p tcpdf dompdf xhtml2pdf htmldoc fop "$work/tenth"
tenth_html() { # $1: Markdown, $2: out, $3: "page" for a whole page (its title $4), "numbers" for the numbers in the text
  local md="$1" options=()
  if [ "${3:-}" = numbers ]; then sed -E 's/^([0-9]+|[a-z])([.)]) /\1\\\2 /' "$1" > "$work/tenth/numbers.md"; md="$work/tenth/numbers.md"; fi
  [ "${3:-}" = page ] && options=(-s --metadata "pagetitle=${4:-contribution}" -V "header-includes=<style>@page{margin:2.8cm 2cm}
html{max-width:none;padding:0} body{max-width:none;margin:0;padding:0;font-size:11pt} table{display:table}</style>")
  pandoc -f markdown-smart --wrap=none "${options[@]}" "$md" | sed -E 's#<a href="\#fnref[0-9]+" class="footnote-back"[^>]*>[^<]*</a>##' > "$2"
}
tenth() { # $1: Markdown, $2: name, $3: truth, then header, footer, page, of (empty for the plain sources)
  local md="$1" name="$2" truth="$3" header="${4:-}" footer="${5:-}" page="${6:-page}" of="${7:-of}" lang title
  case "$name" in fr-*) lang=fr ;; *) lang=en ;; esac
  if want tcpdf; then tenth_html "$md" "$work/tenth/$name.html" && php tcpdf-print.php "$work/tenth/$name.html" "$here/tcpdf/$name.pdf" "$header" "$footer" "$page" "$of"; fi
  add tcpdf "tcpdf/$name.pdf" "$truth"
  if want dompdf; then tenth_html "$md" "$work/tenth/$name.page.html" page && php dompdf-print.php "$work/tenth/$name.page.html" "dompdf/$name.pdf" "$header" "$footer" "$page" "$of"; fi
  add dompdf "dompdf/$name.pdf" "$truth"
  if want xhtml2pdf; then tenth_html "$md" "$work/tenth/$name.numbers.html" numbers && /usr/bin/python3 xhtml2pdf-print.py "$work/tenth/$name.numbers.html" "xhtml2pdf/$name.pdf" "$header" "$footer" "$page" "$of"; fi
  add xhtml2pdf "xhtml2pdf/$name.pdf" "$truth"
  if want htmldoc; then
    title="$header"; [ -z "$title" ] && case "$lang" in fr) title="Contribution au rapport du SMSI 2025" ;; *) title="Contribution to the WSIS report 2025" ;; esac
    tenth_html "$md" "$work/tenth/$name.title.html" page "$title"
    htmldoc --quiet --charset utf-8 --webpage --header "$([ -n "$header" ] && echo ..t || echo ...)" --footer ./. -f "htmldoc/$name.webpage.pdf" "$work/tenth/$name.title.html"
    [ -z "$header" ] && htmldoc --quiet --charset utf-8 --book --toclevels 2 --toctitle "$([ "$lang" = fr ] && echo 'Sommaire' || echo 'Contents')" \
      --header t.. --footer ..1 -f "htmldoc/$name.book.pdf" "$work/tenth/$name.title.html"
  fi
  add htmldoc "htmldoc/$name.webpage.pdf" "$truth"; [ -z "$header" ] && add htmldoc "htmldoc/$name.book.pdf" "$truth"
  if want fop; then
    tenth_html "$md" "$work/tenth/$name.body.html"
    (printf '<body lang="%s">' "$lang"; cat "$work/tenth/$name.body.html"; printf '</body>') > "$work/tenth/$name.xhtml"
    fop -q -xml "$work/tenth/$name.xhtml" -xsl fop-html.xsl -param header "$header" -param footer "$footer" \
      -param page-word "$page" -param of-word "$of" -pdf "fop/$name.pdf" >/dev/null 2>&1
  fi
  add fop "fop/$name.pdf" "$truth"
}
for md in "${markdown_sources[@]}"; do
  tenth "$md" "$(basename "${md%.md}")" "$(realpath --relative-to="$here" "$md")"
done
for entry in "${running[@]}"; do
  IFS='|' read -r name header footer page of notice <<< "$entry"
  tenth "sources/running/$name.md" "$name" "sources/running/$name.md" "$header" "$footer" "$page" "$of"
done
# fop/ also sets sources/un/ from their HTML (the tab after a number as a space of 1.25 cm, the notes at the foot of
#   the page), the UN documents with their symbol atop every page and the job number beside the page count.
for md in sources/un/*.md; do
  name="$(basename "${md%.md}")"
  case "$name" in fr-*) lang=fr; of=sur ;; *) lang=en; of=of ;; esac
  if want fop; then
    pandoc -f markdown-smart --wrap=none "$work/un/$name.html.md" | sed -E 's#<a href="\#fnref[0-9]+" class="footnote-back"[^>]*>[^<]*</a>##' > "$work/tenth/$name.body.html"
    (printf '<body lang="%s">' "$lang"; cat "$work/tenth/$name.body.html"; printf '</body>') > "$work/tenth/$name.xhtml"
    fop -q -xml "$work/tenth/$name.xhtml" -xsl fop-html.xsl -param header "$(un_symbol "$name")" -param footer "$(un_job "$name")" \
      -param page-word page -param of-word "$of" -pdf "fop/$name.pdf" >/dev/null 2>&1
  fi
  add fop "fop/$name.pdf" "docx/un/$name.docx"
done
# pdfbox/: PDFBox 2 (java/PdfBoxPrint.java, compiled here; Debian's libpdfbox2-java and a JDK), as a hand-rolled Java
#   export draws a document: the Markdown read line by line, each line broken by the program and drawn with showText(),
#   Helvetica not embedded, markers hung, a number and its text parted by a tab stop (sources/un/), notes at the end;
#   the running sources with their header and "page n of m" footer, the UN documents with their symbol atop every page.
java_cp=/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar
if want pdfbox; then mkdir -p pdfbox "$work/classes" && javac -d "$work/classes" -cp "$java_cp" java/PdfBoxPrint.java; fi
pdfbox_print() { java -cp "$java_cp:$work/classes" PdfBoxPrint "$@" 2>/dev/null; }
# The programs that set the text themselves (the Java printers, and the eleventh round's) take the same sources with
# the same arguments: a Markdown source and its PDF, then the running lines where the source has them (header, footer,
# the words for "page" and "of"; the UN documents' symbol and job number atop every page).
library_prints() {
  local folder="$1" print="$2" md name entry header footer page of notice
  for md in "${markdown_sources[@]}"; do
    name="$(basename "${md%.md}")"
    want "$folder" && "$print" "$md" "$folder/$name.pdf"; add "$folder" "$folder/$name.pdf" "$(realpath --relative-to="$here" "$md")"
  done
  for entry in "${running[@]}"; do
    IFS='|' read -r name header footer page of notice <<< "$entry"
    want "$folder" && "$print" "sources/running/$name.md" "$folder/$name.pdf" "$header" "$footer" "$page" "$of"; add "$folder" "$folder/$name.pdf" "sources/running/$name.md"
  done
  for md in sources/un/*.md; do
    name="$(basename "${md%.md}")"
    case "$name" in fr-*) of=sur ;; *) of=of ;; esac
    want "$folder" && "$print" "$md" "$folder/$name.pdf" "$(un_symbol "$name")" "$(un_job "$name")" page "$of"; add "$folder" "$folder/$name.pdf" "docx/un/$name.docx"
  done
}
library_prints pdfbox pdfbox_print
# itext/: iText 5 (java/ITextPrint.java; Debian's libitext5-java), as a Java report service builds a document from
#   its objects: justified Paragraphs, Lists numbered from the source's first number, lettered or bulleted, a tab stop
#   after a number (sources/un/), a PdfPTable, raised Chunks for the calls, notes at the end, Times not embedded; the
#   running lines by a page event, "page n of m" with the count filled in when the document closes.
itext_cp=/usr/share/java/itext5.jar
if want itext; then mkdir -p itext "$work/classes" && javac -d "$work/classes" -cp "$itext_cp" java/ITextPrint.java; fi
itext_print() { java -cp "$itext_cp:$work/classes" ITextPrint "$@" 2>/dev/null; }
library_prints itext itext_print
# Eleventh round: producers of other languages' ecosystems (the Markdown sources and samples, the running sources with
# their header and footer, and sources/un/ for the programs that set pandoc's blocks themselves).
# asciidoctor/: the Markdown through pandoc's AsciiDoc and asciidoctor-pdf (Ruby, Prawn), as technical documentation
#   and handbooks are published: the theme of asciidoctor/ (justified, the short title atop every page, the page number
#   at the outer edge; the running sources' organisation atop and "... – page n of m" at the foot), lists numbered
#   from their first number, footnotes gathered at the end in brackets. Not sources/un/: AsciiDoc has no tab.
# pdfapi2/: PDF::API2 from Perl (perl/pdfapi2-print.pl), as an intranet report system writes a document line by line.
# gofpdf/: gofpdf from Go (go/gofpdf-print.go), as a web service exports a page: a MultiCell per paragraph, the
#   running lines by its header and footer functions.
# react-pdf/: @react-pdf/renderer (js/react-pdf-print.mjs), React components rendered to PDF on a server: fixed header
#   and footer elements, a Text per paragraph, its own hyphenation of English.
# The three programs read pandoc's blocks (js/blocks-json.mjs), the tab of sources/un/ handed over as U+E000.
mkdir -p asciidoctor pdfapi2 gofpdf react-pdf
asciidoctor_print() { # $1: Markdown, $2: out, $3: theme, then the attributes of its running lines
  local md="$1" out="$2" theme="$3"; shift 3
  pandoc -f markdown-smart -t asciidoc "$md" -o "$work/eleventh.adoc"
  asciidoctor-pdf -a pdf-themesdir="$here/asciidoctor" -a pdf-theme="$theme" "$@" -o "$out" "$work/eleventh.adoc"
}
for md in "${markdown_sources[@]}"; do
  name="$(basename "${md%.md}")"
  case "$name" in fr-*) lang=fr; title="Contribution au rapport du SMSI 2025" ;; *) lang=en; title="Contribution to the WSIS report 2025" ;; esac
  want asciidoctor && asciidoctor_print "$md" "asciidoctor/$name.pdf" theme.yml -a lang="$lang" -a running-header="$title"
  add asciidoctor "asciidoctor/$name.pdf" "$(realpath --relative-to="$here" "$md")"
done
for entry in "${running[@]}"; do
  IFS='|' read -r name header footer page of notice <<< "$entry"
  case "$name" in fr-*) lang=fr ;; *) lang=en ;; esac
  want asciidoctor && asciidoctor_print "sources/running/$name.md" "asciidoctor/$name.pdf" running -a lang="$lang" \
    -a running-header="$header" -a running-footer="$footer" -a page-word="$page" -a of-word="$of"
  add asciidoctor "asciidoctor/$name.pdf" "sources/running/$name.md"
done
blocks_of() { sed -E 's/\t/\xee\x80\x80/' "$1" > "$work/eleventh.md" && node js/blocks-json.mjs "$work/eleventh.md" > "$work/eleventh.json"; }
pdfapi2_print() { blocks_of "$1" && perl perl/pdfapi2-print.pl "$work/eleventh.json" "${@:2}"; }
if want gofpdf; then (cd go && GOPATH=/usr/share/gocode GO111MODULE=off go build -o "$work/gofpdf-print" gofpdf-print.go); fi
gofpdf_print() { blocks_of "$1" && "$work/gofpdf-print" "$work/eleventh.json" "${@:2}"; }
react_pdf_print() { sed -E 's/\t/\xee\x80\x80/' "$1" > "$work/eleventh.md" && node js/react-pdf-print.mjs "$work/eleventh.md" "${@:2}"; }
library_prints pdfapi2 pdfapi2_print
library_prints gofpdf gofpdf_print
library_prints react-pdf react_pdf_print
# Twelfth round: CSS Paged Media polyfills and desktop publishing.
# pagedjs/, vivliostyle/: the page's HTML laid out in Chromium by CSS Paged Media polyfills, as publishing teams set
#   reports from HTML: by pagedjs-cli and by the Vivliostyle CLI (both pinned in js/, driving the system's chromium).
#   The notes float to the foot of their page (float: footnote, paged-footnotes.lua); the running head is the current
#   section's heading (string-set), on every page but the first, over "n / m" at the foot; the running sources have
#   their organisation atop every page and "... – page n of m" at the foot, the UN documents their symbol atop every
#   page and their job number at the foot of the first.
paged_css() { # $1: the @page rule's running lines
  printf '%s' "<style>@page { size: A4; margin: 2.6cm 2.2cm; $1 @footnote { border-top: .5pt solid #000; padding-top: 3pt } }
html{max-width:none;padding:0} body{max-width:none;margin:0;padding:0;font-size:11pt;text-align:justify;hyphens:auto}
h2{string-set: section content(text)} .footnote{float: footnote; font-size: 9pt; text-align: left}
table{border-collapse:collapse} th,td{border:.5pt solid #555;padding:2pt 6pt}</style>"
}
paged_print() { # $1: Markdown, $2: name, $3: truth, $4: the @page rule's running lines, $5: more CSS
  if want pagedjs || want vivliostyle; then
    pandoc -f markdown-smart -s "$1" --lua-filter paged-footnotes.lua --metadata pagetitle="$2" \
      -V header-includes="$(paged_css "$4")${5:-}" -o "$work/paged-$2.html"
  fi
  want pagedjs && PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium js/node_modules/.bin/pagedjs-cli \
    --browserArgs --no-sandbox,--disable-gpu "$work/paged-$2.html" -o "pagedjs/$2.pdf" >/dev/null 2>&1
  add pagedjs "pagedjs/$2.pdf" "$3"
  want vivliostyle && js/node_modules/.bin/vivliostyle build "$work/paged-$2.html" -o "vivliostyle/$2.pdf" \
    --executable-browser /usr/bin/chromium --log-level silent >/dev/null 2>&1
  add vivliostyle "vivliostyle/$2.pdf" "$3"
}
if want pagedjs || want vivliostyle; then (cd js && [ -x node_modules/.bin/pagedjs-cli ] || npm ci --no-audit --no-fund --loglevel=error); fi
for md in "${markdown_sources[@]}"; do
  paged_print "$md" "$(basename "${md%.md}")" "$(realpath --relative-to="$here" "$md")" \
    '@top-right { content: string(section); font-size: 8.5pt; font-style: italic } @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt }' \
    '<style>@page :first { @top-right { content: none } }</style>'
done
for entry in "${running[@]}"; do
  IFS='|' read -r name header footer page of notice <<< "$entry"
  paged_print "sources/running/$name.md" "$name" "sources/running/$name.md" \
    "@top-right { content: \"$header\"; font-size: 9pt } @bottom-center { content: \"$footer – $page \" counter(page) \" $of \" counter(pages); font-size: 9pt }" \
    '<style>h1{font-size:22pt;text-align:center}</style>'
done
for md in sources/un/*.md; do
  name="$(basename "${md%.md}")"
  paged_print "$work/un/$name.html.md" "$name" "docx/un/$name.docx" \
    "@top-left { content: \"$(un_symbol "$name")\"; font-size: 9pt } @bottom-center { content: counter(page) \"/\" counter(pages); font-size: 9pt }" \
    "$un_css<style>@page :first { @top-left { content: none } @bottom-left { content: \"$(un_job "$name")\"; font-size: 9pt } }</style>"
done
# scribus/: Scribus 1.5 driven by its Python scripter (scribus/scribus-print.py, run headless under xvfb-run), as a
#   desktop publisher lays out a report: one story flowed through text frames linked from page to page, paragraph
#   styles, list items hung on a tab, a table's rows on tab stops, calls raised by the superscript character style
#   and the notes set after the text under their raised numbers, the running lines frames of their own on every page
#   (the running sources' organisation and "... – Page n of m", the UN documents' symbol and job number);
#   NAME.2col.pdf: the four sources' story in frames of two columns, scored as scribus-columns (read only in part yet).
mkdir -p scribus
scribus_print() { # md -> blocks (js/blocks-json.mjs) -> pdf laid out by Scribus; $3...: running lines, --columns N
  sed -E 's/\t/\xee\x80\x80/' "$1" > "$work/scribus.md" && node js/blocks-json.mjs "$work/scribus.md" > "$work/scribus.json" &&
    XDG_RUNTIME_DIR="$work" xvfb-run -a scribus -g -ns -py scribus/scribus-print.py "$work/scribus.json" "$here/$2" "${@:3}" >/dev/null 2>&1
}
library_prints scribus scribus_print
for md in sources/*.md; do
  name="$(basename "${md%.md}")"
  want scribus && scribus_print "$md" "scribus/$name.2col.pdf" --columns 2; add scribus-columns "scribus/$name.2col.pdf" "$md"
done
# tagged/: short contributions of one or two pages with a running header (the contributor's name) and footer ("page
# n of m"), as tagged PDFs: a DOCX whose reference document has them (running-reference.py) exported by LibreOffice
# with its "tagged PDF" option, as Word's "Save as PDF" tags by default (*.libreoffice.pdf: the header and footer are
# artifacts), and Chromium's print of CSS @page margin boxes (*.chromium.pdf: tagged, the margin boxes left outside
# its marks). On a single page nothing repeats, so only the tags tell the header from a first paragraph.
mkdir -p tagged
tagged_sources=(sources/en-unnumbered.md sources/fr-unnumbered.md "$root/samples/itu-contribution-2025.md" "$root/samples/cstd-contribution-2025.md")
for md in "${tagged_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  case "$name" in
    fr-*) header="Observatoire des usages numériques" footer="Contribution au rapport du SMSI 2025" page=page of=sur ;;
    *) header="Regional Broadband Alliance" footer="Contribution to the WSIS report 2025" page=page of=of ;;
  esac
  if want tagged; then
    pandoc -o "$work/pandoc-reference.docx" --print-default-data-file reference.docx
    python3 running-reference.py "$work/pandoc-reference.docx" "$work/$name-tagged-reference.docx" "$header" "$footer" "$page" "$of"
    pandoc -f markdown-smart "$md" --reference-doc "$work/$name-tagged-reference.docx" -o "$work/$name.docx"
    soffice --headless -env:UserInstallation="file://$work/lo" \
      --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
    mv "$work/$name.pdf" "tagged/$name.libreoffice.pdf"
    pandoc -f markdown-smart -s "$md" -o "$work/$name-tagged.html" --metadata pagetitle="$name" -V header-includes="<style>
@page { margin: 2.5cm 2cm; @top-right { content: \"$header\"; font-size: 9pt } @bottom-center { content: \"$footer – $page \" counter(page) \" $of \" counter(pages); font-size: 9pt } }
html{max-width:none} body{max-width:none;margin:0;padding:0;font-size:11pt}</style>"
    chrome_plain "$work/$name-tagged.html" "tagged/$name.chromium.pdf"
  fi
  add tagged "tagged/$name.libreoffice.pdf" "$rel"
  add tagged "tagged/$name.chromium.pdf" "$rel"
done

# Thirteenth round: a browser with its own layout engine, and LaTeX classes that set the page their own way.
# firefox/: pandoc's HTML printed by Firefox ESR headless (Gecko's layout, cairo's PDF writer) through its remote
#   protocol's Print command (firefox-print.py; Debian has no geckodriver): its own default fonts and page, no browser
#   lines; the running sources with Chromium's CSS (Gecko prints no @page margin boxes), the UN layouts with their tab boxes.
# koma/: pandoc and pdflatex with KOMA-Script's scrreprt, two-sided: its own type area (no geometry), the title a
#   chapter (pandoc's default for report classes), sans-serif headings, the current section's heading atop every page with a rule under it and the page
#   number at the outer edge of the foot (scrlayer-scrpage), footnotes hung in the margin; the UN report keeps fancyhdr.
# memoir/: pandoc and pdflatex with memoir, two-sided A4, sections unnumbered (pandoc's top level a section), its
#   "ruled" page style (the current subsection's heading and a rule atop the page, the page number at the outer edge
#   of the foot), footnotes whose numbers stand on the line, not raised.
mkdir -p "$work/firefox"
koma_tex='\usepackage[automark,headsepline]{scrlayer-scrpage}\automark[section]{section}\clearpairofpagestyles\ohead{\headmark}\ofoot*{\pagemark}\pagestyle{scrheadings}\deffootnote{1.5em}{1em}{\makebox[1.5em][l]{\thefootnotemark}}'
memoir_tex='\maxsecnumdepth{none}\setsecnumdepth{none}\makepsmarks{ruled}{\def\sectionmark##1{}\createmark{subsection}{both}{nonumber}{}{}}\pagestyle{ruled}\footmarkstyle{#1.\space}'
class_print() { # $1: Markdown, $2: out, $3: class, $4: its options, $5: the file of its preamble; $6: pandoc's options
  pandoc -f markdown-smart "$1" -o "$2" --pdf-engine=pdflatex -V documentclass="$3" -V classoption="$4" -H "$5" ${6:-}
}
printf '%s\n' "$koma_tex" > "$work/koma.tex"
printf '%s\n' "$memoir_tex" > "$work/memoir.tex"
firefox_pages=()
for md in "${markdown_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  firefox_pages+=("$here/html/$name.html"); add firefox "firefox/$name.pdf" "$rel"
  want koma && class_print "$md" "koma/$name.pdf" scrreprt twoside "$work/koma.tex"; add koma "koma/$name.pdf" "$rel"
  want memoir && class_print "$md" "memoir/$name.pdf" memoir twoside,a4paper,11pt "$work/memoir.tex" --top-level-division=section; add memoir "memoir/$name.pdf" "$rel"
done
firefox_pages+=("$root/samples/unesco-contribution-2025.html")
add firefox firefox/unesco-contribution-2025.pdf ../../samples/unesco-contribution-2025.html
for entry in "${running[@]}"; do # Chromium's HTML of the running sources, written again (its @page margin boxes)
  IFS='|' read -r name header footer page of notice <<< "$entry"
  if want firefox; then
    notice_css=""
    [ -n "$notice" ] && notice_css="\"$notice\\A \" "
    pandoc -f markdown-smart -s "sources/running/$name.md" -o "$work/firefox/$name.html" --metadata pagetitle="$name" -V header-includes="<style>
@page { margin: 3.4cm 2cm 3.4cm; @top-right { content: \"$header\"; font-size: 9pt; vertical-align: bottom; padding-bottom: 2pt }
  @bottom-center { content: $notice_css\"$footer – $page \" counter(page) \" $of \" counter(pages); white-space: pre; font-size: 9pt; vertical-align: top; padding-top: 2pt } }
html{max-width:none} body{max-width:none;margin:0;padding:0;font-size:11pt} body > p:first-of-type{margin-top:0}
h1{font-size:22pt;text-align:center}</style>" && firefox_pages+=("$work/firefox/$name.html")
  fi
  add firefox "firefox/$name.pdf" "sources/running/$name.md"
done
for md in sources/un/*.md; do
  name="$(basename "${md%.md}")"
  truth="docx/un/$name.docx"
  if want firefox; then cp "$work/un/$name.html" "$work/firefox/$name.html" && firefox_pages+=("$work/firefox/$name.html"); fi
  add firefox "firefox/$name.pdf" "$truth"
  tex_koma="$work/koma.tex" tex_memoir="$work/memoir.tex"
  [ "$name" = en-report ] && tex_koma="$work/un/report-header.tex" tex_memoir="$work/un/report-header.tex"
  want koma && class_print "$work/un/$name.latex.md" "koma/$name.pdf" scrreprt twoside "$tex_koma"; add koma "koma/$name.pdf" "$truth"
  want memoir && class_print "$work/un/$name.latex.md" "memoir/$name.pdf" memoir twoside,a4paper,11pt "$tex_memoir" --top-level-division=section
  add memoir "memoir/$name.pdf" "$truth"
done
want firefox && python3 firefox-print.py firefox "${firefox_pages[@]}"
# Fourteenth round: documentation tools and a Python HTML layout (the Markdown sources and samples; rst2pdf and the
# Story also the running sources with their header and footer).
# rst2pdf/: pandoc's reStructuredText printed by rst2pdf 0.99 (ReportLab underneath, its default stylesheet): the
#   title centred, lists numbered from their first number in a column of their own (too narrow for two digits and a
#   full stop: "10" over "."), lettered items "a.", footnotes gathered at the end in a table; the page number at the
#   foot's centre (--footer), or the running sources' organisation atop and "... – page n of m" at the foot.
# sphinx/: the same reStructuredText as a one-page Sphinx 5 project through "sphinx-build -M latexpdf" (latexmk,
#   pdflatex): NAME.manual.pdf in the sphinxmanual class (a title page, a table of contents, each section a chapter
#   "CHAPTER ONE" in fncychap's Bjarne style, the chapter's name and the page number in the running lines of the
#   fancyhdr "normal" style), NAME.howto.pdf in sphinxhowto (the title block atop the first page, the contents under
#   it, sections numbered, the title and page number in the running lines); the document's title given to
#   latex_documents, Times (mathptmx: Debian's tex-gyre has no LaTeX packages for Sphinx's default TeX Gyre Termes),
#   A4, babel French for the French sources (texlive-lang-french), the date fixed.
# story/: pandoc's HTML laid out by PyMuPDF 1.21's Story (MuPDF's own HTML and CSS layout; story-print.py), as a
#   Python service prints a page: a serif body justified, the numbered lists' markers written into their items (MuPDF
#   ignores <ol start> and type), notes at the end, the page number or the running lines written on each page
#   afterwards; NAME.2col.pdf (scored as story-columns): the four sources placed into two frames a page.
mkdir -p rst2pdf sphinx story "$work/fourteenth"
rst_of() { pandoc -f markdown-smart -t rst "$1" -o "$2"; }
rst2pdf_print() { # $1: Markdown, $2: out; $3...: header, footer, page, of
  rst_of "$1" "$work/fourteenth/doc.rst"
  if [ -n "${3:-}" ]; then
    rst2pdf "$work/fourteenth/doc.rst" -o "$2" --header "$3" --footer "$4 – $5 ###Page### $6 ###Total###"
  else
    rst2pdf "$work/fourteenth/doc.rst" -o "$2" --footer "###Page###"
  fi
}
sphinx_print() { # $1: Markdown, $2: out, $3: manual or howto
  local project="$work/fourteenth/sphinx" title lang today
  rm -rf "$project" && mkdir -p "$project/src"
  rst_of "$1" "$project/src/index.rst"
  title="$(grep -m1 '^# ' "$1" | sed 's/^# //; s/\\/\\\\/g; s/'\''/\\'\''/g')"
  case "$(basename "$1")" in fr-*) lang=fr today='15 janvier 2026' ;; *) lang=en today='15 January 2026' ;; esac
  cat > "$project/src/conf.py" <<CONF
project = 'WSIS'
language = '$lang'
today = '$today'
latex_documents = [('index', 'contribution.tex', '$title', '', '$3')]
latex_elements = {'papersize': 'a4paper', 'fontpkg': r'\usepackage{mathptmx}\usepackage[scaled=.9]{helvet}\usepackage{courier}'}
CONF
  sphinx-build -M latexpdf "$project/src" "$project/out" -q >/dev/null 2>&1 || true
  cp "$project/out/latex/contribution.pdf" "$2"
}
story_print() { # $1: Markdown, $2: out; $3...: story-print.py's options
  pandoc -f markdown-smart --wrap=none "$1" | sed -E 's#<a href="\#fnref[0-9]+" class="footnote-back"[^>]*>[^<]*</a>##' > "$work/fourteenth/story.html"
  /usr/bin/python3 story-print.py "$work/fourteenth/story.html" "$2" "${@:3}"
}
for md in "${markdown_sources[@]}"; do
  name="$(basename "${md%.md}")"
  rel="$(realpath --relative-to="$here" "$md")"
  want rst2pdf && rst2pdf_print "$md" "rst2pdf/$name.pdf"; add rst2pdf "rst2pdf/$name.pdf" "$rel"
  want sphinx && sphinx_print "$md" "sphinx/$name.manual.pdf" manual; add sphinx "sphinx/$name.manual.pdf" "$rel"
  want sphinx && sphinx_print "$md" "sphinx/$name.howto.pdf" howto; add sphinx "sphinx/$name.howto.pdf" "$rel"
  want story && story_print "$md" "story/$name.pdf"; add story "story/$name.pdf" "$rel"
done
for md in sources/*.md; do
  name="$(basename "${md%.md}")"
  want story && story_print "$md" "story/$name.2col.pdf" --columns 2; add story-columns "story/$name.2col.pdf" "$md"
done
for entry in "${running[@]}"; do
  IFS='|' read -r name header footer page of notice <<< "$entry"
  want rst2pdf && rst2pdf_print "sources/running/$name.md" "rst2pdf/$name.pdf" "$header" "$footer" "$page" "$of"
  add rst2pdf "rst2pdf/$name.pdf" "sources/running/$name.md"
  want story && story_print "sources/running/$name.md" "story/$name.pdf" "$header" "$footer" "$page" "$of"
  add story "story/$name.pdf" "sources/running/$name.md"
done
echo "$(($(wc -l < "$manifest") - 1)) PDFs listed in manifest.tsv" >&2
