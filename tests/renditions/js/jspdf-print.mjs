// Sets a Markdown contribution with jsPDF, as a web application prints a form's text: jsPDF's own line breaking
// (splitTextToSize) and justification (a word spacing, Tw, per line), one face per paragraph (a paragraph all in
// italics is set in italics, headings in bold), Times not embedded. jsPDF cannot raise part of a line, so footnote
// calls are the superscript digits of the character set (¹ ² ³), and the notes, gathered at the end, open with the
// same character, as text pasted from a web page has them. A centred "Page n of m" at the foot of every page.
// Usage: node jspdf-print.mjs SOURCE.md OUT.pdf
import { jsPDF } from "jspdf";
import { readSource } from "./blocks.mjs";

const [source, out] = process.argv.slice(2);
if (!out) throw new Error("usage: jspdf-print.mjs SOURCE.md OUT.pdf");
const { blocks, notes } = readSource(source);
const SUPERSCRIPTS = ["\u00B9", "\u00B2", "\u00B3"];
if (notes.length > SUPERSCRIPTS.length) throw new Error(`${source}: ${notes.length} notes, more than the superscript digits of WinAnsi`);

const doc = new jsPDF({ unit: "pt", format: "a4", putOnlyUsedFonts: true, compress: true });
doc.setProperties({ title: source.replace(/^.*\//, "").replace(/\.md$/, "") });
doc.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
doc.setFileId("00000000000000000000000000000000");
const [W, H, LEFT, RIGHT, TOP, BOTTOM] = [595.28, 841.89, 72, 72, 72, 78];
const BODY = { size: 11, leading: 14, after: 7 };
const HEADINGS = { 1: { size: 16, leading: 20, after: 10 }, 2: { size: 13, leading: 16, after: 6 }, 3: { size: 11, leading: 14, after: 4 } };
let y = TOP;

const text = (runs) => runs.map((r) => (r.sup ? SUPERSCRIPTS[Number(r.text) - 1] : r.text)).join("");
const italic = (runs) => runs.filter((r) => r.text.trim()).every((r) => r.i);
function room(height) { if (y + height > H - BOTTOM) { doc.addPage(); y = TOP; } }

function paragraph(content, style, { face = "normal", indent = 0, marker = null, markerIndent = 0, tab = null, justify = true } = {}) {
  doc.setFont("times", face).setFontSize(style.size);
  const x = LEFT + indent, width = W - RIGHT - x;
  const tabWidth = tab ? Math.max(36, doc.getTextWidth(tab + " ")) : 0;
  let lines;
  if (tab) {
    const first = doc.splitTextToSize(content, width - tabWidth)[0];
    lines = [first, ...(content.length > first.length ? doc.splitTextToSize(content.slice(first.length).trimStart(), width) : [])];
  } else lines = doc.splitTextToSize(content, width);
  lines.forEach((line, k) => {
    room(style.leading);
    y += style.leading;
    if (k === 0 && marker) doc.text(marker, LEFT + markerIndent, y);
    if (k === 0 && tab) doc.text(tab, x, y);
    const last = k === lines.length - 1;
    const lineX = x + (k === 0 ? tabWidth : 0), lineWidth = width - (k === 0 ? tabWidth : 0);
    if (justify && !last) doc.text(line, lineX, y, { align: "justify", maxWidth: lineWidth });
    else doc.text(line, lineX, y);
  });
  y += style.after;
}

function table(block) {
  const columns = block.rows[0].length, width = W - LEFT - RIGHT;
  const widths = [width * 0.5, ...Array(columns - 1).fill((width * 0.5) / (columns - 1))];
  doc.setFontSize(BODY.size);
  for (const [r, row] of block.rows.entries()) {
    doc.setFont("times", r < block.headRows ? "bold" : "normal");
    const cells = row.map((cell, c) => doc.splitTextToSize(cell, widths[c] - 8));
    const height = Math.max(...cells.map((lines) => lines.length)) * BODY.leading + 6;
    room(height);
    let x = LEFT;
    cells.forEach((lines, c) => {
      lines.forEach((line, k) => doc.text(line, x + 4, y + BODY.leading * (k + 1)));
      doc.setLineWidth(0.5).rect(x, y + 3, widths[c], height);
      x += widths[c];
    });
    y += height;
  }
  y += BODY.after + 4;
}

for (const block of blocks) {
  const indent = Math.max(0, block.depth - 1) * 22;
  const face = italic(block.runs ?? []) ? "italic" : "normal";
  if (block.t === "h") paragraph(text(block.runs), HEADINGS[block.level] ?? HEADINGS[3], { face: "bold", justify: false, tab: block.tabMarker });
  else if (block.t === "p") paragraph(text(block.runs), BODY, { face, indent, tab: block.tabMarker });
  else if (block.t === "li") paragraph(text(block.runs), BODY, { face, indent: indent + 24, marker: block.marker, markerIndent: indent });
  else if (block.t === "lp") paragraph(text(block.runs), BODY, { face, indent: indent + 24 });
  else if (block.t === "table") table(block);
}
if (notes.length) {
  room(24);
  y += 8;
  doc.setLineWidth(0.5).line(LEFT, y, LEFT + 150, y);
  notes.forEach((note, k) => paragraph(`${SUPERSCRIPTS[k]} ${note}`, { size: 9, leading: 11, after: 2 }, { justify: false }));
}
const count = doc.getNumberOfPages();
for (let k = 1; k <= count; k++) {
  doc.setPage(k).setFont("times", "normal").setFontSize(9);
  doc.text(`Page ${k} of ${count}`, W / 2, H - 40, { align: "center" });
}
doc.save(out);
