// Builds the portal page into dist/: the page's own files, and Chart.js copied from node_modules (no CDN: the page
// works offline and is deployed as static content). Run by ./wsis after `npm ci`; `node build.mjs` by hand.
import { cpSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const chart = join(here, "node_modules", "chart.js", "dist", "chart.umd.min.js");
if (!existsSync(chart)) {
  console.error("Chart.js is not installed: run 'npm ci' in portal/ (./wsis does it).");
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "vendor"), { recursive: true });
cpSync(join(here, "src"), dist, { recursive: true });
cpSync(chart, join(dist, "vendor", "chart.umd.min.js"));
cpSync(join(here, "node_modules", "chart.js", "LICENSE.md"), join(dist, "vendor", "chart.js-LICENSE.md"));
console.log(`portal built into ${dist}`);
