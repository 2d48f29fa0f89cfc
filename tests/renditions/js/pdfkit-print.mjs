// Sets a Markdown contribution with PDFKit, the Node.js library that lays text out itself: its line wrapper breaks the
// lines and justifies them (spaces widened inside TJ arrays, since its fonts are embedded TrueType subsets written as
// two-byte CID fonts, where the word spacing operator does nothing), runs of another face continue the line, footnote
// calls are set in smaller type from the top of the line (so raised, as PDFKit places a run by its top), and the
// notes are gathered at the end. DejaVu Sans, embedded (shaped by fontkit with the font's OpenType features); a
// centred page number at the foot of every page.
// Usage: node pdfkit-print.mjs SOURCE.md OUT.pdf
import { createWriteStream } from "node:fs";
import PDFDocument from "pdfkit";
import { readSource } from "./blocks.mjs";

const [source, out] = process.argv.slice(2);
if (!out) throw new Error("usage: pdfkit-print.mjs SOURCE.md OUT.pdf");
const { blocks, notes } = readSource(source);
const FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSans";
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 80, left: 72, right: 72 }, bufferPages: true,
  info: { Title: source.replace(/^.*\//, ""), CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
doc.registerFont("r", `${FONTS}.ttf`).registerFont("b", `${FONTS}-Bold.ttf`)
  .registerFont("i", `${FONTS}-Oblique.ttf`).registerFont("bi", `${FONTS}-BoldOblique.ttf`);
doc.pipe(createWriteStream(out));

const BODY = { size: 11, gap: 1.5, after: 7 };
const HEADINGS = { 1: { size: 17, gap: 2, after: 12 }, 2: { size: 13, gap: 1.5, after: 6 }, 3: { size: 11.5, gap: 1.5, after: 4 } };
const LEFT = 72, WIDTH = doc.page.width - 144;

// Runs of text, each continuing the line of the one before (PDFKit's "continued"); a call in smaller type, raised.
function runs(list, style, x, width, align) {
  list.forEach((run, k) => {
    const face = (run.b ? "b" : "") + (run.i ? "i" : "") || "r";
    const options = { width, align, lineGap: style.gap, continued: k < list.length - 1 };
    doc.font(face).fontSize(run.sup ? style.size * 0.62 : style.size);
    if (k === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
}

function block(list, style, { indent = 0, marker = null, markerIndent = 0, tab = null, align = "justify" } = {}) {
  // PDFKit justifies each run of a continued line on its own, which scatters a paragraph's runs over its last line:
  // a paragraph of more than one run is set ragged.
  if (list.length > 1) align = "left";
  doc.font("r").fontSize(style.size);
  if (doc.y + style.size * 2 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  if (marker) { doc.text(marker, LEFT + markerIndent, top, { lineBreak: false }); doc.y = top; }
  if (tab) {
    // A number a tab before its text: the number at the margin, the text from the tab stop, the next lines back at
    // the margin (PDFKit's indent option sets the first line in).
    doc.font(list[0]?.b ? "b" : "r").text(tab, LEFT + indent, top, { lineBreak: false }); doc.y = top;
    const stop = Math.max(36, doc.widthOfString(tab + " "));
    list.forEach((run, k) => {
      doc.font((run.b ? "b" : "") + (run.i ? "i" : "") || "r").fontSize(run.sup ? style.size * 0.62 : style.size);
      const options = { width: WIDTH - indent, align, lineGap: style.gap, continued: k < list.length - 1, indent: stop };
      if (k === 0) doc.text(run.text, LEFT + indent, top, options);
      else doc.text(run.text, options);
    });
  } else runs(list, style, LEFT + indent, WIDTH - indent, align);
  doc.y += style.after;
}

function table(t) {
  const columns = t.rows[0].length;
  const widths = [WIDTH * 0.5, ...Array(columns - 1).fill((WIDTH * 0.5) / (columns - 1))];
  for (const [r, row] of t.rows.entries()) {
    doc.font(r < t.headRows ? "b" : "r").fontSize(BODY.size);
    const heights = row.map((cell, c) => doc.heightOfString(cell, { width: widths[c] - 8 }));
    const height = Math.max(...heights) + 8;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = LEFT;
    row.forEach((cell, c) => {
      doc.text(cell, x + 4, top + 4, { width: widths[c] - 8 });
      doc.lineWidth(0.5).rect(x, top, widths[c], height).stroke();
      x += widths[c];
    });
    doc.y = top + height;
  }
  doc.y += BODY.after;
}

for (const b of blocks) {
  const indent = Math.max(0, b.depth - 1) * 24;
  if (b.t === "h") block(b.runs, HEADINGS[b.level] ?? HEADINGS[3], { tab: b.tabMarker, align: "left" });
  else if (b.t === "p") block(b.runs, BODY, { indent, tab: b.tabMarker });
  else if (b.t === "li") block(b.runs, BODY, { indent: indent + 24, marker: b.marker, markerIndent: indent });
  else if (b.t === "lp") block(b.runs, BODY, { indent: indent + 24 });
  else if (b.t === "table") table(b);
}
if (notes.length) {
  doc.y += 6;
  doc.lineWidth(0.5).moveTo(LEFT, doc.y).lineTo(LEFT + 140, doc.y).stroke();
  doc.y += 4;
  notes.forEach((note, k) => block([{ text: String(k + 1), sup: true }, { text: " " + note }], { size: 9, gap: 1, after: 3 }, { align: "left" }));
}
const range = doc.bufferedPageRange();
for (let k = range.start; k < range.start + range.count; k++) {
  doc.switchToPage(k);
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("r").fontSize(9).text(String(k + 1), LEFT, doc.page.height - 45, { width: WIDTH, align: "center", lineBreak: false });
  doc.page.margins.bottom = bottom;
}
doc.end();
