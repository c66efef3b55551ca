// The floor a batch cannot beat: read every file, decode UTF-8, NFC, one pass of a number-with-percent regex.
// Run through bench/measure.mjs by bench/run.ts; prints the number of percentages found (so the work is not skipped).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function* files(path) {
  const entries = readdirSync(path, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(path, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

export async function main([dir]) {
  const decoder = new TextDecoder('utf-8');
  const percent = /\d+(?:[.,]\d+)?\s?%/g;
  let found = 0;
  for (const file of files(dir)) {
    const text = decoder.decode(readFileSync(file)).normalize('NFC');
    for (const _ of text.matchAll(percent)) found++;
  }
  process.stdout.write(`${found}\n`);
  return 0;
}
