// Writes the blocks and notes that blocks.mjs reads from a Markdown source as JSON on standard output, for printers
// written in other languages (pdfsharp/print). Usage: node blocks-json.mjs SOURCE.md
import { readSource, words } from "./blocks.mjs";

const [source] = process.argv.slice(2);
if (!source) throw new Error("usage: blocks-json.mjs SOURCE.md");
const { blocks, notes } = readSource(source);
const withWords = blocks.map((b) => (b.runs ? { ...b, words: words(b.runs).map((w) => w.pieces) } : b));
process.stdout.write(JSON.stringify({ blocks: withWords, notes }));
