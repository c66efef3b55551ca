// Serialises documents as the contract's JSON, JSONL (one document a line) or CSV (one target a row).
import { stringify } from 'csv-stringify/sync';
import { SCHEMA_VERSION, type ChitieuDocument } from './schema.js';
import { VERSION } from '../version.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: OutputFormat[] = ['json', 'jsonl', 'csv'];

export function* jsonChunks(docs: Iterable<ChitieuDocument>): Generator<string> {
  yield `{"schemaVersion":"${SCHEMA_VERSION}","generator":${JSON.stringify({ name: 'chitieu', version: VERSION })},"documents":[`;
  let first = true;
  for (const doc of docs) {
    yield (first ? '\n' : ',\n') + JSON.stringify(doc);
    first = false;
  }
  yield '\n]}\n';
}

export function* jsonlChunks(docs: Iterable<ChitieuDocument>): Generator<string> {
  for (const doc of docs) yield JSON.stringify(doc) + '\n';
}

export const CSV_COLUMNS = [
  'document', 'source', 'published', 'province', 'provinceName', 'provinceEra', 'province2025', 'indicator', 'metric',
  'level', 'value', 'valueMax', 'unit', 'comparator', 'year', 'kind', 'nationalTarget', 'confidence',
  'evidenceStart', 'evidenceEnd', 'evidence',
] as const;

export function* csvChunks(docs: Iterable<ChitieuDocument>): Generator<string> {
  yield stringify([[...CSV_COLUMNS]]);
  for (const doc of docs) {
    const rows = doc.targets.map((t) => [
      doc.id, doc.source, doc.published ?? '', t.province ?? '', t.provinceName ?? '', t.provinceEra ?? '',
      t.province2025 ?? '', t.indicator ?? '', t.metric, t.level ?? '', t.value, t.valueMax ?? '', t.unit,
      t.comparator, t.year ?? '', t.kind, t.nationalTarget ? `${t.nationalTarget.comparator} ${t.nationalTarget.value}` : '',
      t.confidence, t.evidence.start, t.evidence.end, t.evidence.text,
    ]);
    if (rows.length) yield stringify(rows);
  }
}

export function chunksFor(format: OutputFormat, docs: Iterable<ChitieuDocument>): Iterable<string> {
  return format === 'json' ? jsonChunks(docs) : format === 'jsonl' ? jsonlChunks(docs) : csvChunks(docs);
}
