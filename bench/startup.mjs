// What a one-article run spends before and on its first document, in one process (CPU, not wall):
//   npm run build && node bench/startup.mjs [article]
// Loads the modules in the order the command line needs them, then reads and processes one article cold. Parsers
// that only some inputs need (HTML, Markdown, franc, legacy code pages) load on first use and do not appear here.
import { readFileSync } from 'node:fs';

const article = process.argv[2] ?? 'seeds/000_73490279d1ec3f80.txt';
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
let last = cpuMs();
process.stdout.write(`node start-up: ${last.toFixed(0)} ms CPU\n`);
const step = async (label, run) => {
  const result = await run();
  const now = cpuMs();
  process.stdout.write(`${label}: ${(now - last).toFixed(0)} ms CPU\n`);
  last = now;
  return result;
};

await step('zod', () => import('zod'));
await step('output/schema', () => import('../dist/output/schema.js'));
const { ingestRead } = await step('ingest', () => import('../dist/ingest/read.js'));
await step('extract', () => import('../dist/extract/index.js'));
await step('normalize', () => import('../dist/normalize/index.js'));
const { processDocument } = await step('pipeline', () => import('../dist/pipeline.js'));
await step('batch and cli', () => Promise.all([import('../dist/batch/run.js'), import('../dist/cli.js')]));
const docs = await step('first article: ingest', () => ingestRead(article, readFileSync(article)));
await step('first article: extract, normalize, schema', () => docs.map((doc) => processDocument(doc)));
process.stdout.write(`total: ${cpuMs().toFixed(0)} ms CPU\n`);
