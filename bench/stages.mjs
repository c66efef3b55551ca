// CPU per stage of the per-document pipeline, in one process, over a corpus (files read once, before timing):
//   npm run build && node bench/stages.mjs <corpus-dir> [rounds]
// Prints module loading, then for each stage the CPU ms per article and MB per CPU-second. The first round warms
// the JIT; later rounds are the steady figure. CPU time, not wall: the machine is often shared.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [corpus, roundsArg = '3'] = process.argv.slice(2);
if (!corpus) {
  process.stderr.write('usage: node bench/stages.mjs <corpus-dir> [rounds]\n');
  process.exit(2);
}
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const loadStart = process.cpuUsage();
const { ingestRead } = await import('../dist/ingest/read.js');
const { extractFigures, extractInstruments } = await import('../dist/extract/index.js');
const { normalizeDocument } = await import('../dist/normalize/index.js');
const { checkDocument } = await import('../dist/output/contract-check.js');
process.stdout.write(`module loading: ${cpuMs(loadStart).toFixed(0)} ms CPU\n`);

const files = readdirSync(corpus, { recursive: true })
  .map((name) => join(corpus, String(name)))
  .filter((path) => /\.(txt|md|html?)$/.test(path))
  .map((path) => ({ path, bytes: readFileSync(path) }));
const megabytes = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;

const STAGES = ['ingest', 'figures', 'instruments', 'normalize', 'schema', 'json'];
for (let round = 1; round <= Number(roundsArg); round++) {
  const spent = Object.fromEntries(STAGES.map((s) => [s, 0]));
  const timed = (stage, run) => {
    const start = process.cpuUsage();
    const result = run();
    spent[stage] += cpuMs(start);
    return result;
  };
  for (const { path, bytes } of files) {
    for (const doc of timed('ingest', () => ingestRead(path, bytes))) {
      if (doc.errors.length) continue;
      const figures = timed('figures', () => extractFigures(doc));
      const instruments = timed('instruments', () => extractInstruments(doc));
      const normalized = timed('normalize', () => normalizeDocument(doc, figures, instruments));
      // The contract check `processDocument` ends with, on the same object, and the serialisation the batch writes.
      const { id, source, sha256, language, title, published, outlet, url, warnings, errors } = doc;
      const { province, provinceName, provinceEra, province2025, targets } = normalized;
      const record = { id, source, sha256, language, title, published, outlet, url, province, provinceName };
      Object.assign(record, { provinceEra, province2025, targets, instruments: normalized.instruments });
      Object.assign(record, { warnings: [...warnings, ...normalized.warnings], errors });
      const checked = timed('schema', () => checkDocument(record));
      timed('json', () => JSON.stringify(checked));
    }
  }
  const total = STAGES.reduce((sum, s) => sum + spent[s], 0);
  const cells = [...STAGES, 'total'].map((s) => {
    const ms = s === 'total' ? total : spent[s];
    return `${s} ${(ms / files.length).toFixed(2)} ms`;
  });
  process.stdout.write(
    `round ${round}: ${files.length} articles, ${megabytes.toFixed(1)} MB, ${(megabytes / (total / 1000)).toFixed(2)} MB/CPU-s; per article: ${cells.join(', ')}\n`,
  );
}
