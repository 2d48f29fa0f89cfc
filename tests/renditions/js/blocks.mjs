// Reads a Markdown contribution through pandoc's syntax tree (pandoc -t json) into the few kinds of block the
// JavaScript printers of this folder set themselves: headings, paragraphs, list items with their marker, tables. Each
// block's text is a list of runs (text, italic, bold, raised call); footnotes are gathered in the order of their calls.
// A private-use character U+E000 stands for a tab typed after a paragraph's number (make.sh writes it for sources/un/,
// whose numbers are set a tab before their text, since Markdown would turn the tab into a space): the text before it
// is the block's tab marker.
import { execFileSync } from "node:child_process";

export const TAB = "\uE000";

export function readSource(source) {
  const tree = JSON.parse(execFileSync("pandoc", ["-f", "markdown-smart", "-t", "json", source], { maxBuffer: 1 << 26 }));
  const notes = [];
  const out = [];
  walk(tree.blocks, 0, out, notes);
  return { blocks: out.map(splitTab), notes };
}

function inline(items, style, runs, notes) {
  for (const item of items) {
    const c = item.c;
    switch (item.t) {
      case "Str": runs.push({ ...style, text: c }); break;
      case "Space": case "SoftBreak": runs.push({ ...style, text: " " }); break;
      case "LineBreak": runs.push({ ...style, text: " " }); break;
      case "Emph": inline(c, { ...style, i: true }, runs, notes); break;
      case "Strong": inline(c, { ...style, b: true }, runs, notes); break;
      case "Code": runs.push({ ...style, text: c[1] }); break;
      case "Link": case "Span": inline(c[1], style, runs, notes); break;
      case "Quoted": {
        const mark = c[0].t === "DoubleQuote" ? '"' : "'";
        runs.push({ ...style, text: mark }); inline(c[1], style, runs, notes); runs.push({ ...style, text: mark });
        break;
      }
      case "Note": {
        const noteRuns = [];
        for (const block of c) if (block.t === "Para" || block.t === "Plain") inline(block.c, {}, noteRuns, notes);
        notes.push(noteRuns.map((r) => r.text).join(""));
        runs.push({ ...style, sup: true, text: String(notes.length) });
        break;
      }
      case "RawInline": break;
      default: throw new Error(`inline ${item.t} not handled`);
    }
  }
  return runs;
}

const MARKERS = {
  Decimal: (n) => String(n), DefaultStyle: (n) => String(n), Example: (n) => String(n),
  LowerAlpha: (n) => String.fromCharCode(96 + n), UpperAlpha: (n) => String.fromCharCode(64 + n),
  LowerRoman: (n) => roman(n).toLowerCase(), UpperRoman: (n) => roman(n),
};
const DELIMS = { Period: (m) => `${m}.`, OneParen: (m) => `${m})`, TwoParens: (m) => `(${m})`, DefaultDelim: (m) => `${m}.` };

function roman(n) {
  const table = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

function walk(items, depth, out, notes) {
  for (const item of items) {
    const c = item.c;
    switch (item.t) {
      case "Header": out.push({ t: "h", level: c[0], depth, runs: inline(c[2], { b: true }, [], notes) }); break;
      case "Para": case "Plain": out.push({ t: "p", depth, runs: inline(c, {}, [], notes) }); break;
      case "OrderedList": {
        const [[start, style, delim], entries] = c;
        entries.forEach((entry, k) => item_(entry, DELIMS[delim.t](MARKERS[style.t](start + k)), depth, out, notes,
          { style: style.t, delim: delim.t, n: start + k }));
        break;
      }
      case "BulletList": for (const entry of c) item_(entry, "\u2022", depth, out, notes, { style: "Bullet" }); break;
      case "Table": out.push(table(c, notes)); break;
      case "Div": walk(c[1], depth, out, notes); break;
      case "BlockQuote": walk(c, depth + 1, out, notes); break;
      case "RawBlock": case "HorizontalRule": case "Null": break;
      default: throw new Error(`block ${item.t} not handled`);
    }
  }
}

// A list item's first block carries the marker as printed and as the list numbers it (style, delimiter, number).
function item_(entry, marker, depth, out, notes, list) {
  const first = out.length;
  walk(entry, depth + 1, out, notes);
  if (out.length > first) { out[first].t = "li"; out[first].marker = marker; out[first].list = list; }
  for (let k = first + 1; k < out.length; k++) if (out[k].t === "p") out[k].t = "lp";
}

function table(c, notes) {
  const [head, bodies] = [c[3], c[4]];
  const cells = (row) => row[1].map((cell) => cell[4].filter((b) => b.t === "Para" || b.t === "Plain")
    .map((b) => inline(b.c, {}, [], notes).map((r) => r.text).join("")).join(" "));
  const rows = head[1].map(cells);
  const headRows = rows.length;
  for (const section of bodies) rows.push(...section[3].map(cells));
  return { t: "table", rows, headRows };
}

// A block whose text holds the tab character: the text before it is its tab marker, set a tab before the rest.
function splitTab(block) {
  if (!block.runs) return block;
  const k = block.runs.findIndex((r) => r.text.includes(TAB));
  if (k < 0) return block;
  const before = block.runs.slice(0, k).map((r) => r.text).join("") + block.runs[k].text.split(TAB)[0];
  const rest = [{ ...block.runs[k], text: block.runs[k].text.split(TAB).slice(1).join(" ") }, ...block.runs.slice(k + 1)];
  return { ...block, tabMarker: before, runs: rest.filter((r) => r.text.length > 0) };
}

// Words of a block's runs, each with the runs it is made of; a raised call glued to the word before it.
export function words(runs) {
  const list = [];
  let current = null;
  for (const run of runs) {
    const parts = run.sup ? [run.text] : run.text.split(/( )/);
    for (const part of parts) {
      if (part === "") continue;
      if (part === " ") { current = null; continue; }
      if (!current) { current = { pieces: [] }; list.push(current); }
      current.pieces.push({ ...run, text: part });
    }
  }
  return list;
}

export function plain(runs) { return runs.map((r) => r.text).join(""); }
