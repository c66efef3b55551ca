// Times the figure rules on 1 MB runs of the characters that trouble regular expressions (digits, dots, commas,
// spaces, `%`, years): every run must finish in time that grows linearly with its length.
//   node --import tsx bench/figures-long-runs.ts [--bytes N]
import { parseArgs } from 'node:util';
import { extractFigures } from '../src/extract/index.js';
import { canonicalize } from '../src/ingest/canonical.js';
import { MappedText } from '../src/ingest/mapped-text.js';
import type { IngestedDocument } from '../src/ingest/types.js';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000' } } });
const size = Number(values.bytes);
const runs = ['1% ', '2.5, ', '... ', '2025 ', '%', '12,5% và ', ' ', '.', ',', '9', 'năm 2025, '];

function documentOf(text: string): IngestedDocument {
  return {
    id: 'bench',
    source: 'bench.txt',
    sha256: '',
    sourceText: text,
    view: MappedText.identity(text),
    canonical: canonicalize(text),
    blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
    title: null,
    published: '2024-01-01',
    outlet: null,
    url: null,
    language: 'vie',
    warnings: [],
    errors: [],
  };
}

for (const run of runs) {
  for (const bytes of [size / 10, size]) {
    const text = `Đến năm 2025, ${run.repeat(Math.ceil(bytes / run.length))}`;
    const started = process.hrtime.bigint();
    const figures = extractFigures(documentOf(text)).length;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`${JSON.stringify(run).padEnd(14)} ${String(text.length).padStart(8)} chars  ${ms.toFixed(0).padStart(7)} ms  ${figures} figures\n`);
  }
}
