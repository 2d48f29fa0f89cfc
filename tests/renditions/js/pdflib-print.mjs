// Sets a Markdown contribution with pdf-lib, breaking lines itself and writing each line as a word processor's export
// does: justified by the word spacing operator (Tw), the text of each run in a TJ array with the font's kerning pairs
// between letters, footnote calls raised by the text rise (Ts) in smaller type, the notes gathered at the end under a
// short rule, and the page number at the right of the foot of every page. Helvetica, not embedded (WinAnsi).
// With --glyphs, every glyph is shown by a text-showing operator of its own at a place set by its own text matrix, and
// no space is written (a word's gap is only the move to its first letter), as layout engines that place each glyph
// themselves write their pages (design and typesetting programs, some report servers).
// Usage: node pdflib-print.mjs SOURCE.md OUT.pdf [--glyphs]
import { writeFileSync } from "node:fs";
import { PDFDocument, PDFOperator, PDFOperatorNames as Ops, PDFArray, PDFNumber, StandardFonts, rgb } from "pdf-lib";
import { readSource, words } from "./blocks.mjs";

const [source, out, mode] = process.argv.slice(2);
if (!out) throw new Error("usage: pdflib-print.mjs SOURCE.md OUT.pdf [--glyphs]");
const glyphs = mode === "--glyphs";
const { blocks, notes } = readSource(source);

const doc = await PDFDocument.create({ updateMetadata: false });
const fonts = {
  r: await doc.embedFont(StandardFonts.Helvetica),
  b: await doc.embedFont(StandardFonts.HelveticaBold),
  i: await doc.embedFont(StandardFonts.HelveticaOblique),
  bi: await doc.embedFont(StandardFonts.HelveticaBoldOblique),
};
const [W, H, LEFT, RIGHT, TOP, BOTTOM] = [595.28, 841.89, 70, 70, 72, 72];
const BODY = { size: 10, leading: 13, after: 6 };
const HEADINGS = { 1: { size: 15, leading: 18, after: 10 }, 2: { size: 12, leading: 15, after: 6 }, 3: { size: 10.5, leading: 13, after: 4 } };

const fontOf = (p) => fonts[(p.b ? "b" : "") + (p.i ? "i" : "") || "r"];
const sizeOf = (p, size) => (p.sup ? size * 0.65 : size);
const widthOf = (p, size) => fontOf(p).widthOfTextAtSize(p.text, sizeOf(p, size));

let page, y;
const pages = [];
function newPage() { page = doc.addPage([W, H]); pages.push(page); y = H - TOP; }
newPage();
function room(height) { if (y - height < BOTTOM) newPage(); }

// Greedy line breaking: words as long as they fit, a space of the run's font between them.
function breakLines(runs, size, firstWidth, width) {
  const lines = [];
  let line = [], used = 0;
  for (const word of words(runs)) {
    const w = word.pieces.reduce((s, p) => s + widthOf(p, size), 0);
    const space = line.length ? fonts.r.widthOfTextAtSize(" ", size) : 0;
    const limit = lines.length ? width : firstWidth;
    if (line.length && used + space + w > limit) { lines.push({ words: line, used }); line = []; used = 0; }
    used += (line.length ? fonts.r.widthOfTextAtSize(" ", size) : 0) + w;
    line.push(word);
  }
  if (line.length) lines.push({ words: line, used });
  return lines;
}

// One line in a text object: Td to its start, Tw for its spaces, a TJ array per run with the kerning between letters.
function drawLine(line, x, size, wordSpacing) {
  const ops = [PDFOperator.of(Ops.BeginText), PDFOperator.of(Ops.MoveText, [PDFNumber.of(x), PDFNumber.of(y)]),
    PDFOperator.of(Ops.SetWordSpacing, [PDFNumber.of(wordSpacing)])];
  let current = null, pen = x;
  const flush = () => {
    if (!current) return;
    const font = fontOf(current), key = page.node.newFontDictionary(font.name, font.ref);
    if (glyphs) {
      const runSize = sizeOf(current, size), rise = current.sup ? size * 0.38 : 0;
      ops.push(PDFOperator.of(Ops.SetFontAndSize, [key, PDFNumber.of(runSize)]));
      const chars = [...current.text];
      chars.forEach((c, k) => {
        if (c !== " ") {
          ops.push(PDFOperator.of(Ops.SetTextMatrix, [1, 0, 0, 1, pen, y + rise].map((n) => PDFNumber.of(n))));
          ops.push(PDFOperator.of(Ops.ShowText, [font.encodeText(c)]));
        }
        pen += font.widthOfTextAtSize(c, runSize) + (c === " " ? wordSpacing : 0);
        const next = chars[k + 1];
        if (next) pen += (kerning(font, c, next) * runSize) / 1000;
      });
      current = null;
      return;
    }
    ops.push(PDFOperator.of(Ops.SetFontAndSize, [key, PDFNumber.of(sizeOf(current, size))]));
    ops.push(PDFOperator.of(Ops.SetTextRise, [PDFNumber.of(current.sup ? size * 0.38 : 0)]));
    const array = PDFArray.withContext(doc.context);
    const chars = [...current.text];
    let chunk = "";
    for (let k = 0; k < chars.length; k++) {
      chunk += chars[k];
      const next = chars[k + 1];
      const kern = next ? kerning(font, chars[k], next) : 0;
      if (kern !== 0) { array.push(font.encodeText(chunk)); array.push(PDFNumber.of(-kern)); chunk = ""; }
    }
    if (chunk) array.push(font.encodeText(chunk));
    ops.push(PDFOperator.of(Ops.ShowTextAdjusted, [array]));
    current = null;
  };
  line.words.forEach((word, k) => {
    const pieces = k === 0 ? word.pieces : [{ ...word.pieces[0], text: " " + word.pieces[0].text, sup: false }, ...word.pieces.slice(1)];
    if (k > 0 && word.pieces[0].sup) pieces.splice(0, 1, { ...word.pieces[0], text: " " }, word.pieces[0]);
    for (const piece of pieces) {
      if (current && (current.b === piece.b && current.i === piece.i && !!current.sup === !!piece.sup)) current.text += piece.text;
      else { flush(); current = { ...piece }; }
    }
  });
  flush();
  ops.push(PDFOperator.of(Ops.EndText));
  page.pushOperators(...ops);
}

function kerning(font, left, right) {
  const encoding = font.embedder.encoding, metrics = font.embedder.font;
  if (!encoding.canEncodeUnicodeCodePoint(left.codePointAt(0)) || !encoding.canEncodeUnicodeCodePoint(right.codePointAt(0))) return 0;
  const a = encoding.encodeUnicodeCodePoint(left.codePointAt(0)).name, b = encoding.encodeUnicodeCodePoint(right.codePointAt(0)).name;
  return metrics.getXAxisKerningForPair(a, b) || 0;
}

function paragraph(runs, style, { indent = 0, marker = null, markerIndent = 0, tab = null, justify = true } = {}) {
  const x = LEFT + indent, width = W - RIGHT - x;
  const tabWidth = tab ? Math.max(36, fonts.r.widthOfTextAtSize(tab + " ", style.size)) : 0;
  const lines = breakLines(runs, style.size, width - tabWidth, width);
  lines.forEach((line, k) => {
    room(style.leading);
    y -= style.leading;
    if (k === 0 && marker) drawLine({ words: words([{ text: marker }]) }, LEFT + markerIndent, style.size, 0);
    if (k === 0 && tab) drawLine({ words: words([{ text: tab, b: runs[0]?.b }]) }, x, style.size, 0);
    const last = k === lines.length - 1;
    const spaces = line.words.length - 1;
    const lineWidth = k === 0 ? width - tabWidth : width;
    drawLine(line, x + (k === 0 ? tabWidth : 0), style.size, justify && !last && spaces > 0 ? (lineWidth - line.used) / spaces : 0);
  });
  y -= style.after;
}

function table(block) {
  const columns = block.rows[0].length, width = W - LEFT - RIGHT;
  const widths = [width * 0.5, ...Array(columns - 1).fill((width * 0.5) / (columns - 1))];
  for (const [r, row] of block.rows.entries()) {
    const cells = row.map((text, c) => breakLines([{ text, b: r < block.headRows }], BODY.size, widths[c] - 8, widths[c] - 8));
    const height = Math.max(...cells.map((lines) => lines.length)) * BODY.leading + 4;
    room(height);
    const top = y;
    let x = LEFT;
    cells.forEach((lines, c) => {
      y = top - 2;
      for (const line of lines) { y -= BODY.leading; drawLine(line, x + 4, BODY.size, 0); }
      page.drawRectangle({ x, y: top - height, width: widths[c], height, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
      x += widths[c];
    });
    y = top - height;
  }
  y -= BODY.after;
}

for (const block of blocks) {
  const indent = Math.max(0, block.depth - 1) * 22;
  if (block.t === "h") paragraph(block.runs, HEADINGS[block.level] ?? HEADINGS[3], { justify: false, tab: block.tabMarker });
  else if (block.t === "p") paragraph(block.runs, BODY, { indent, tab: block.tabMarker });
  else if (block.t === "li") paragraph(block.runs, BODY, { indent: indent + 22, marker: block.marker, markerIndent: indent });
  else if (block.t === "lp") paragraph(block.runs, BODY, { indent: indent + 22 });
  else if (block.t === "table") table(block);
}
if (notes.length) {
  room(20);
  y -= 6;
  page.drawLine({ start: { x: LEFT, y }, end: { x: LEFT + 120, y }, thickness: 0.5 });
  y -= 2;
  const NOTE = { size: 8, leading: 10, after: 2 };
  notes.forEach((text, k) => paragraph([{ text: String(k + 1), sup: true }, { text: " " + text }], NOTE, { justify: false }));
}
pages.forEach((p, k) => {
  const label = String(k + 1);
  p.drawText(label, { x: W - RIGHT - fonts.r.widthOfTextAtSize(label, 8), y: 40, size: 8, font: fonts.r });
});
writeFileSync(out, await doc.save({ useObjectStreams: false }));
