// Serialises documents as the contract's JSON, JSONL (one document a line) or CSV (one target a row), a document at
// a time so that every format streams.
import { stringify } from 'csv-stringify/sync';
import type { ChitieuDocument } from './schema.js';
import { SCHEMA_VERSION } from './schema-version.js';
import { VERSION } from '../version.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: OutputFormat[] = ['json', 'jsonl', 'csv'];

/** Writes one output: `head`, then `document` for each document (given as its one-line JSON), then `tail`. */
export interface Serializer {
  head(): string;
  document(json: string): string;
  tail(): string;
}

export const CSV_COLUMNS = [
  'document', 'source', 'published', 'province', 'provinceName', 'provinceEra', 'province2025', 'indicator', 'metric',
  'level', 'value', 'valueMax', 'unit', 'comparator', 'year', 'kind', 'nationalTarget', 'confidence',
  'evidenceStart', 'evidenceEnd', 'evidence',
] as const;

function csvRows(doc: ChitieuDocument): string {
  const rows = doc.targets.map((t) => [
    doc.id, doc.source, doc.published ?? '', t.province ?? '', t.provinceName ?? '', t.provinceEra ?? '',
    t.province2025 ?? '', t.indicator ?? '', t.metric, t.level ?? '', t.value, t.valueMax ?? '', t.unit,
    t.comparator, t.year ?? '', t.kind, t.nationalTarget ? `${t.nationalTarget.comparator} ${t.nationalTarget.value}` : '',
    t.confidence, t.evidence.start, t.evidence.end, t.evidence.text,
  ]);
  return rows.length ? stringify(rows) : '';
}

export function serializerFor(format: OutputFormat): Serializer {
  if (format === 'jsonl') return { head: () => '', document: (json) => json + '\n', tail: () => '' };
  if (format === 'csv') {
    return { head: () => stringify([[...CSV_COLUMNS]]), document: (json) => csvRows(JSON.parse(json)), tail: () => '' };
  }
  let first = true;
  return {
    head: () => `{"schemaVersion":"${SCHEMA_VERSION}","generator":${JSON.stringify({ name: 'chitieu', version: VERSION })},"documents":[`,
    document: (json) => {
      const chunk = (first ? '\n' : ',\n') + json;
      first = false;
      return chunk;
    },
    tail: () => (first ? ']}\n' : '\n]}\n'),
  };
}
