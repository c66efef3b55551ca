// Makes a corpus of N articles from the seed articles, province names and figures varied, for the batch benchmark.
//   node --import tsx bench/generate.ts <count> <out-dir>
// Articles go 1,000 to a sub-folder; the same count always gives the same files. 200,000 articles (1.2 GB) take
// about 30 s of CPU; the rest is the disk.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES_2008 } from '../src/normalize/data/provinces-2008.js';

const [countArg, outDir] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !outDir) {
  process.stderr.write('usage: node --import tsx bench/generate.ts <count> <out-dir>\n');
  process.exit(2);
}

const seedDir = new URL('../seeds/', import.meta.url).pathname;
const seeds = readdirSync(seedDir).sort().map((name) => readFileSync(join(seedDir, name), 'utf8'));
const names = PROVINCES_2008.map((p) => p.name);
// Longest first, so `Thừa Thiên Huế` is replaced before any shorter name inside it.
const namePattern = new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'g');

/** A small deterministic generator (mulberry32), so a corpus can be made again identically. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let bytes = 0;
for (let i = 0; i < count; i++) {
  const next = random(i + 1);
  const province = names[Math.floor(next() * names.length)];
  const text = seeds[i % seeds.length]
    .replace(namePattern, province)
    .replace(/(?<![\d.,])\d{1,2}(?=\s?%)/g, () => String(1 + Math.floor(next() * 99)));
  const dir = join(outDir, String(Math.floor(i / 1000)).padStart(4, '0'));
  if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `bai-${String(i).padStart(7, '0')}.txt`), text);
  bytes += Buffer.byteLength(text);
  if ((i + 1) % 50_000 === 0 && i + 1 < count) process.stderr.write(`${i + 1} articles…\n`);
}
process.stderr.write(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${outDir}\n`);
