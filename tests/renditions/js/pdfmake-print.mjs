// Sets a Markdown contribution with pdfmake (a declarative layout over PDFKit: its own paragraphs, ordered and bulleted
// lists with their markers, tables, raised calls) on pages with the running lines of a UN document: from the second
// page on, the document symbol at the top, at the left of even pages and the right of odd ones, under it a rule; the
// page number n/m at the foot, outside; on the first page, the job number at the foot (GE.26-04417 (E)) and the job
// number as a barcode's text (*2604417*). Liberation Serif, embedded; the notes gathered at the end.
// Usage: node pdfmake-print.mjs SOURCE.md OUT.pdf SYMBOL JOB   (JOB as "GE.26-04417 (E)")
import { createRequire } from "node:module";
import { readSource } from "./blocks.mjs";

const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake");
const [source, out, symbol, job] = process.argv.slice(2);
if (!job) throw new Error("usage: pdfmake-print.mjs SOURCE.md OUT.pdf SYMBOL JOB");
const { blocks, notes } = readSource(source);
const FONTS = "/usr/share/fonts/truetype/liberation2/";
pdfmake.setFonts({
  Serif: { normal: FONTS + "LiberationSerif-Regular.ttf", bold: FONTS + "LiberationSerif-Bold.ttf",
    italics: FONTS + "LiberationSerif-Italic.ttf", bolditalics: FONTS + "LiberationSerif-BoldItalic.ttf" },
  Mono: { normal: FONTS + "LiberationMono-Regular.ttf" },
});
pdfmake.setLocalAccessPolicy(() => true);
pdfmake.setUrlAccessPolicy(() => false);

const inlines = (runs) => runs.map((r) => ({ text: r.text, bold: !!r.b, italics: !!r.i, sup: !!r.sup, fontSize: r.sup ? 9 : undefined }));
const TYPES = { Decimal: "decimal", DefaultStyle: "decimal", Example: "decimal", LowerAlpha: "lower-alpha",
  UpperAlpha: "upper-alpha", LowerRoman: "lower-roman", UpperRoman: "upper-roman" };
const SEPARATORS = { Period: ".", OneParen: ")", TwoParens: ["(", ")"], DefaultDelim: "." };

function paragraph(b) {
  if (b.tabMarker) // a number a tab before its text, as UN paragraphs are set: a column for the number, as wide as a
    // tab stop or, for a longer number (81/215.), the number and a space
    return { columns: [{ width: Math.max(36, b.tabMarker.length * 7 + 6), text: b.tabMarker }, { width: "*", text: inlines(b.runs) }], columnGap: 0,
      style: b.t === "h" ? `h${Math.min(b.level, 3)}` : "body" };
  return { text: inlines(b.runs), style: b.t === "h" ? `h${Math.min(b.level, 3)}` : "body" };
}

// Consecutive list items of one style (and the paragraphs under them) as one pdfmake list, each item
// numbered by its own counter.
const content = [];
for (let k = 0; k < blocks.length; k++) {
  const b = blocks[k];
  if (b.t === "li") {
    const kind = b.list.style === "Bullet" ? "ul" : "ol";
    const list = { [kind]: [], margin: [(b.depth - 1) * 20, 0, 0, 6] };
    if (kind === "ol") { list.type = TYPES[b.list.style]; list.separator = SEPARATORS[b.list.delim]; }
    while (k < blocks.length && blocks[k].t === "li" && blocks[k].depth === b.depth &&
      blocks[k].list.style === b.list.style && blocks[k].list.delim === b.list.delim) {
      const item = { stack: [{ text: inlines(blocks[k].runs), style: "body" }] };
      if (kind === "ol") item.counter = blocks[k].list.n;
      for (k++; k < blocks.length && (blocks[k].t === "lp" || (blocks[k].t === "li" && blocks[k].depth > b.depth)); k++)
        item.stack.push({ text: inlines(blocks[k].runs), style: "body" });
      list[kind].push(item);
    }
    k--;
    content.push(list);
  } else if (b.t === "table") {
    content.push({ table: { headerRows: b.headRows, widths: ["*", ...Array(b.rows[0].length - 1).fill("auto")],
      body: b.rows.map((row, r) => row.map((cell) => ({ text: cell, bold: r < b.headRows }))) }, margin: [0, 2, 0, 8] });
  } else content.push(paragraph(b));
}
if (notes.length) {
  content.push({ canvas: [{ type: "line", x1: 0, y1: 0, x2: 140, y2: 0, lineWidth: 0.5 }], margin: [0, 6, 0, 4] });
  notes.forEach((note, k) => content.push({ text: [{ text: String(k + 1), sup: true, fontSize: 7 }, " " + note], style: "note" }));
}

const barcode = "*" + job.replace(/^GE\.(\d\d)-(\d+).*$/, "$1$2") + "*";
const doc = {
  pageSize: "A4", pageMargins: [72, 80, 72, 80],
  info: { title: source.replace(/^.*\//, ""), creationDate: new Date(Date.UTC(2026, 0, 1)) },
  defaultStyle: { font: "Serif", fontSize: 11, lineHeight: 1.15 },
  styles: {
    body: { alignment: "justify", margin: [0, 0, 0, 6] },
    note: { fontSize: 9, margin: [0, 0, 0, 2] },
    h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
    h2: { fontSize: 12.5, bold: true, margin: [0, 6, 0, 6] },
    h3: { fontSize: 11, bold: true, margin: [0, 4, 0, 4] },
  },
  header: (page) => (page === 1 ? null : {
    stack: [{ text: symbol, alignment: page % 2 === 0 ? "left" : "right", fontSize: 10, bold: true },
      { canvas: [{ type: "line", x1: 0, y1: 2, x2: 451, y2: 2, lineWidth: 0.5 }] }],
    margin: [72, 40, 72, 0] }),
  footer: (page, pages) => (page === 1
    ? { columns: [{ text: job, fontSize: 8, width: "*" }, { text: barcode, font: "Mono", fontSize: 10, width: "auto" }],
      margin: [72, 30, 72, 0] }
    : { text: `${page}/${pages}`, alignment: page % 2 === 0 ? "left" : "right", fontSize: 9, margin: [72, 30, 72, 0] }),
  content,
};
await pdfmake.createPdf(doc).write(out);
