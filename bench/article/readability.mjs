// Mozilla Readability baseline for the article-extraction benchmark.
//   node readability.mjs HTML_DIR OUT.json [GOLD.json]
// Reads every HTML_DIR/*.html.gz (gzip'd UTF-8; page id = file name without
// .html.gz), runs Readability on a jsdom document of it and writes the
// scorer's PRED format, {id: {"articleBody": textContent}}, to OUT.json.
// The page url is taken from the ground truth (GOLD.json, by default
// HTML_DIR/../ground-truth.json) when it has one, else a placeholder.
// Prints to stderr "readability: N pages in S s, P pages/s", where S counts
// only jsdom parsing plus Readability extraction (not reading or gunzipping
// the files, nor node's startup), then the wall time of the whole run.
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { gunzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [dir, out, goldArg] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: node readability.mjs HTML_DIR OUT.json [GOLD.json]");
  process.exit(2);
}

const goldPath = goldArg ?? join(dirname(dir.replace(/\/+$/, "")), "ground-truth.json");
let gold = {};
if (existsSync(goldPath)) gold = JSON.parse(readFileSync(goldPath, "utf8"));
const PLACEHOLDER = "https://example.invalid/";

// Pages' own CSS and script errors are noise here: jsdom runs no scripts by
// default, but it reports CSS it cannot parse to the virtual console.
const quiet = new VirtualConsole();

const files = readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort();
const pred = {};
let busy = 0; // ms spent in jsdom parsing + Readability extraction
let failed = 0;
let restyled = 0;
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
for (const file of files) {
  const id = file.slice(0, -".html.gz".length);
  const html = gunzipSync(readFileSync(join(dir, file))).toString("utf8");
  const url = gold[id]?.url || PLACEHOLDER;
  let text = "";
  const t0 = performance.now();
  let dom;
  try {
    try {
      dom = new JSDOM(html, { url, virtualConsole: quiet });
    } catch (err) {
      // jsdom 29 throws on some invalid declarations in <style> sheets
      // (e.g. calc() over SCSS variables) where browsers drop them. The
      // stylesheets do not matter to Readability, which removes <style>
      // elements first, so parse again without them (time counted).
      dom = new JSDOM(html.replace(STYLE_BLOCK, ""), { url, virtualConsole: quiet });
      restyled++;
    }
    const article = new Readability(dom.window.document).parse();
    text = article?.textContent ?? "";
  } catch (err) {
    failed++;
    console.error(`readability: ${id}: ${err?.message ?? err}`);
  }
  busy += performance.now() - t0;
  dom?.window.close();
  pred[id] = { articleBody: text };
}
writeFileSync(out, JSON.stringify(pred, null, 1) + "\n");

const n = files.length;
const s = busy / 1000;
console.error(`readability: ${n} pages in ${s.toFixed(2)} s, ${(n / s).toFixed(1)} pages/s` +
  (failed ? ` (${failed} failed)` : "") +
  (restyled ? ` (${restyled} parsed again without <style>)` : ""));
// performance.now() counts from the process's start, so this includes
// node's startup, module loading and file reading.
console.error(`readability: wall time ${(performance.now() / 1000).toFixed(2)} s`);
