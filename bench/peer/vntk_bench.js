// The peer of attache's tokenize stage: vntk (a Vietnamese NLP toolkit from
// npm, pinned in package.json) tokenising the same Vietnamese texts. Reads a
// JSON Lines corpus, parses it first (not timed), then times in CPU seconds
// (user + system of this process) vntk's syllable tokenizer over every text
// and its word segmenter (CRF, far slower) over the texts of the first
// WORD_MB megabytes (default 0.2), and prints the seconds, MB/s, tokens and
// tokens/s of each.
//   node bench/peer/vntk_bench.js CORPUS.jsonl [WORD_MB]
'use strict';
const fs = require('fs');
const vntk = require('vntk');

const all = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const wordBytes = parseFloat(process.argv[3] || '0.2') * 1e6;

function timed(name, texts, tokenize) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const start = process.cpuUsage();
  let tokens = 0;
  for (const t of texts) tokens += tokenize(t).length;
  const used = process.cpuUsage(start);
  const seconds = (used.user + used.system) / 1e6;
  console.log(`${name.padEnd(34)} ${seconds.toFixed(3).padStart(9)} ${(bytes / 1e6 / seconds).toFixed(1).padStart(9)}` +
              ` ${String(tokens).padStart(10)} ${Math.round(tokens / seconds).toString().padStart(12)}`);
}

const syllables = vntk.tokenizer();
const words = vntk.wordTokenizer();
timed('vntk tokenizer (syllables)', all, (t) => syllables.tokenize(t));
let size = 0;
const some = all.filter((t) => (size += Buffer.byteLength(t)) <= wordBytes);
timed(`vntk wordTokenizer (CRF words, ${(size > wordBytes ? wordBytes : size) / 1e6} MB)`, some, (t) => words.tag(t));
