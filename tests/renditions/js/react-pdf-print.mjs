// Sets a Markdown contribution with @react-pdf/renderer, as a server renders React components to PDF: a Page whose
// header and footer are fixed elements repeated on every page (the footer's count from its render function), a Text
// per paragraph with nested Texts for the faces and for the footnote calls (smaller, raised by verticalAlign), a list
// item a row of its marker and its text, a table of rows of cells, the notes gathered at the end. react-pdf lays out
// with its own engine (Yoga), justifies the body and divides English words at line ends by its own hyphenation.
// Times, not embedded. Usage: node react-pdf-print.mjs SOURCE.md OUT.pdf [HEADER FOOTER PAGE-WORD OF-WORD]
import React from "react";
import { Document, Page, Text, View, StyleSheet, renderToFile } from "@react-pdf/renderer";
import { readSource } from "./blocks.mjs";

const [source, out, header = "", footer = "", pageWord = "Page", ofWord = "of"] = process.argv.slice(2);
if (!out) throw new Error("usage: react-pdf-print.mjs SOURCE.md OUT.pdf [HEADER FOOTER PAGE-WORD OF-WORD]");
const { blocks, notes } = readSource(source);
const h = React.createElement;

const styles = StyleSheet.create({
  page: { paddingTop: 72, paddingBottom: 72, paddingHorizontal: 64, fontFamily: "Times-Roman", fontSize: 11, lineHeight: 1.3 },
  header: { position: "absolute", top: 32, left: 64, right: 64, fontSize: 9, color: "#444", borderBottom: "0.5pt solid #888", paddingBottom: 3 },
  // Placed from the top of the A4 page: from the bottom, with the page's line height inherited, react-pdf 4.9 drew the
  // footer below the page, where no viewer shows it.
  footer: { position: "absolute", top: 796, left: 64, right: 64, fontSize: 9, textAlign: "center", color: "#444" },
  h1: { fontFamily: "Times-Bold", fontSize: 16, marginBottom: 12 },
  h2: { fontFamily: "Times-Bold", fontSize: 13, marginTop: 10, marginBottom: 6 },
  h3: { fontFamily: "Times-Bold", fontSize: 11.5, marginTop: 8, marginBottom: 4 },
  p: { textAlign: "justify", marginBottom: 7 },
  item: { flexDirection: "row", marginBottom: 5 },
  marker: { width: 24 },
  tabMarker: { minWidth: 40, paddingRight: 8 },
  itemText: { flex: 1, textAlign: "justify" },
  call: { fontSize: 7, verticalAlign: "super" },
  row: { flexDirection: "row", borderBottom: "0.5pt solid #999", paddingVertical: 2 },
  cell: { flex: 1, textAlign: "right", fontSize: 10 },
  firstCell: { flex: 2, fontSize: 10 },
  notes: { marginTop: 14, borderTop: "0.5pt solid #000", paddingTop: 6, width: "100%" },
  note: { fontSize: 9, marginBottom: 3 },
});

const face = (run) => (run.b && run.i ? "Times-BoldItalic" : run.b ? "Times-Bold" : run.i ? "Times-Italic" : undefined);
const runs = (list) => list.map((run, k) => run.sup
  ? h(Text, { key: k, style: styles.call }, run.text)
  : h(Text, { key: k, style: face(run) ? { fontFamily: face(run) } : undefined }, run.text));

function element(block, key) {
  const indent = block.depth > 1 ? { marginLeft: (block.depth - 1) * 24 } : undefined;
  switch (block.t) {
    case "h":
      // A heading's number set with a tab (I, II...) stands in a box of its own before the heading's text.
      if (block.tabMarker !== undefined) {
        const style = styles[`h${Math.min(block.level, 3)}`];
        return h(View, { key, style: { flexDirection: "row" } },
          h(Text, { style: [style, styles.tabMarker] }, block.tabMarker), h(Text, { style: [style, { flex: 1 }] }, runs(block.runs)));
      }
      return h(Text, { key, style: styles[`h${Math.min(block.level, 3)}`] }, runs(block.runs));
    case "p":
    case "li":
      if (block.tabMarker !== undefined) {
        return h(View, { key, style: [styles.item, indent], wrap: true },
          h(Text, { style: styles.tabMarker }, block.tabMarker), h(Text, { style: styles.itemText }, runs(block.runs)));
      }
      if (block.t === "li") {
        return h(View, { key, style: [styles.item, indent] },
          h(Text, { style: styles.marker }, block.marker), h(Text, { style: styles.itemText }, runs(block.runs)));
      }
      return h(Text, { key, style: [styles.p, indent] }, runs(block.runs));
    case "table":
      return h(View, { key, style: { marginVertical: 8 } }, block.rows.map((row, r) =>
        h(View, { key: r, style: styles.row, wrap: false }, row.map((cell, c) =>
          h(Text, { key: c, style: [c === 0 ? styles.firstCell : styles.cell, r < block.headRows ? { fontFamily: "Times-Bold" } : {}] }, cell)))));
    default: throw new Error(`block ${block.t} not handled`);
  }
}

const page = h(Page, { size: "A4", style: styles.page },
  header ? h(Text, { style: styles.header, fixed: true }, header) : null,
  ...blocks.map(element),
  notes.length ? h(View, { style: styles.notes }, notes.map((note, k) =>
    h(Text, { key: k, style: styles.note }, h(Text, { style: styles.call }, String(k + 1)), ` ${note}`))) : null,
  h(Text, { style: styles.footer, fixed: true, render: ({ pageNumber, totalPages }) =>
    `${footer ? `${footer} – ` : ""}${pageWord} ${pageNumber} ${ofWord} ${totalPages}` }));

await renderToFile(h(Document, { title: "Contribution", producer: "react-pdf" }, page), out);
