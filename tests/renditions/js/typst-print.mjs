// Sets a contribution with Typst (the compiler of @myriaddreamin/typst-ts-node-compiler, Typst 0.14), as a person
// writing in Typst sets it: the blocks of a Markdown source (blocks.mjs) written as Typst markup, justified text with
// Typst's own hyphenation in the document's language, numbered and lettered items as Typst's enumerations, bullets as
// its lists, real footnotes at the foot of the page, a table, a running header on every page but the first and the
// page number at the foot. Typst writes a tagged PDF (a structure tree) and Libertinus Serif as CID subsets.
// Usage: node typst-print.mjs SOURCE.md OUT.pdf [--columns N] [--lang fr] [--header TEXT]
//   --columns N: the body in N columns, the title across them (a float over the page's columns).
import { writeFileSync } from "node:fs";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { readSource } from "./blocks.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => { const k = args.indexOf(name); return k >= 0 ? args[k + 1] : fallback; };
const [source, out] = args.filter((a, k) => !a.startsWith("--") && !(k > 0 && args[k - 1].startsWith("--")));
if (!source || !out) throw new Error("usage: typst-print.mjs SOURCE.md OUT.pdf [--columns N] [--lang fr] [--header TEXT]");
const columns = Number(option("--columns", "1"));
const lang = option("--lang", "en");
const header = option("--header", "");

const { blocks, notes } = readSource(source);

// A run as a Typst string, so no character of the text is read as markup (quotes, dashes and ellipses stay as typed).
const str = (text) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
const note = (number) => `#footnote[#${str(notes[number - 1])}]`;
function runs(list) {
  return list.map((r) => {
    if (r.sup) return note(Number(r.text));
    let body = str(r.text);
    if (r.i) body = `emph(${body})`;
    if (r.b) body = `strong(${body})`;
    return `#${body}`;
  }).join("");
}
const NUMBERING = { Decimal: "1", DefaultStyle: "1", Example: "1", LowerAlpha: "a", UpperAlpha: "A", LowerRoman: "i", UpperRoman: "I" };
const DELIM = { Period: (m) => `${m}.`, OneParen: (m) => `${m})`, TwoParens: (m) => `(${m})`, DefaultDelim: (m) => `${m}.` };
const indent = (depth) => `${Math.max(0, depth - 1) * 1.2}em`;

const body = [];
let title = null;
for (const block of blocks) {
  if (block.t === "h") {
    const text = `#heading(level: ${block.level})[${block.tabMarker ? `#${str(block.tabMarker)}#h(1em)` : ""}${runs(block.runs)}]`;
    if (block.level === 1 && title === null && columns > 1) { title = text; continue; }
    body.push(text);
  } else if (block.t === "p" || block.t === "lp") {
    const lead = block.tabMarker ? `#box(width: 1.25cm)[#${str(block.tabMarker)}]` : "";
    body.push(`#pad(left: ${block.t === "lp" ? indent(block.depth) : indent(block.depth + 1)})[${lead}${runs(block.runs)}]`);
  } else if (block.t === "li") {
    const content = `[${runs(block.runs)}]`;
    const list = block.list;
    const inner = list.style === "Bullet"
      ? `#list(${content})`
      : `#enum(numbering: ${str(DELIM[list.delim](NUMBERING[list.style]))}, start: ${list.n}, ${content})`;
    body.push(`#pad(left: ${indent(block.depth)})[${inner}]`);
  } else if (block.t === "table") {
    const cells = block.rows.flatMap((row, r) => row.map((cell) => r < block.headRows ? `[#strong(${str(cell)})]` : `[#${str(cell)}]`));
    body.push(`#table(columns: ${block.rows[0].length}, align: left, stroke: 0.5pt, ${cells.join(", ")})`);
  }
}

const setup = [
  `#set document(title: ${str(header || "Contribution")})`,
  `#set text(lang: ${str(lang)}, size: ${columns > 1 ? 9.5 : 11}pt)`,
  "#set smartquote(enabled: false)",
  "#set par(justify: true)",
  "#show heading: set block(above: 1.2em, below: 0.8em)",
  `#set page(paper: "a4", margin: (x: ${columns > 1 ? "1.8cm" : "2.5cm"}, y: 2.5cm), columns: ${columns},`,
  `  header: context { if counter(page).get().first() > 1 { align(right, text(size: 8.5pt, ${str(header)})) } },`,
  "  footer: context { align(center, text(size: 9pt, counter(page).display())) })",
];
if (title) setup.push(`#place(top, float: true, scope: "parent", clearance: 1.5em)[${title}]`);
const markup = [...setup, ...body].join("\n\n");
const compiler = NodeCompiler.create();
writeFileSync(out, compiler.pdf({ mainFileContent: markup }));
