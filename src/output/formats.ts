// Serialises documents as the contract's JSON, JSONL (one document a line) or CSV (one target a row), an input at a
// time so that every format streams: a worker serialises the documents of an input (`formatBody`), the thread that
// writes adds what lies around and between them (`serializerFor`).
import type { stringify as Stringify } from 'csv-stringify/sync';
import { onFirstUse, requirePackage } from '../ingest/lazy-module.js';
import type { ChitieuDocument } from './schema.js';
import { SCHEMA_VERSION } from './schema-version.js';
import { VERSION } from '../version.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: OutputFormat[] = ['json', 'jsonl', 'csv'];

/** Writes one output: `head`, then for each input `lead` and the input's `formatBody`, then `tail`. */
export interface Serializer {
  head(): string;
  /** What goes before the body of an input of `documents` documents (json separates documents with commas). */
  lead(documents: number): string;
  tail(): string;
}

// Only csv output needs the csv writer.
const csvStringify = onFirstUse(() => requirePackage<{ stringify: typeof Stringify }>('csv-stringify/sync').stringify);

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
  return rows.length ? csvStringify()(rows) : '';
}

/** The documents of one input (each given as its one-line JSON) in `format`; the same whatever comes before. */
export function formatBody(format: OutputFormat, jsons: string[]): string {
  if (format === 'jsonl') return jsons.length ? jsons.join('\n') + '\n' : '';
  if (format === 'csv') return jsons.map((json) => csvRows(JSON.parse(json))).join('');
  return jsons.join(',\n');
}

export function serializerFor(format: OutputFormat): Serializer {
  if (format === 'jsonl') return { head: () => '', lead: () => '', tail: () => '' };
  if (format === 'csv') return { head: () => csvStringify()([[...CSV_COLUMNS]]), lead: () => '', tail: () => '' };
  let first = true;
  return {
    head: () => `{"schemaVersion":"${SCHEMA_VERSION}","generator":${JSON.stringify({ name: 'chitieu', version: VERSION })},"documents":[`,
    lead: (documents) => {
      if (!documents) return '';
      const lead = first ? '\n' : ',\n';
      first = false;
      return lead;
    },
    tail: () => (first ? ']}\n' : '\n]}\n'),
  };
}
