// JSON Lines: one document a line (`id`, `text` or `html`, optional `url`, `published`). Each line becomes its own
// document whose source text is its `text` (or `html`) field; a bad line becomes a document with an error and the
// other lines go on.
import type { Diagnostic } from '../output/schema.js';
import { failedDocument } from './document.js';
import type { IngestedDocument } from './types.js';

export interface JsonlRecord {
  id: string;
  body: string;
  format: 'text' | 'html';
  url: string | null;
  published: string | null;
}

export type JsonlLine = { record: JsonlRecord } | { error: Diagnostic; id: string };

/** The records of a JSONL text, one per non-blank line, in order. */
export function* jsonlLines(text: string): Generator<JsonlLine> {
  const line = /[^\r\n]+/g;
  let n = 0;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    n++;
    if (!m[0].trim()) continue;
    yield parseLine(m[0], n);
  }
}

function parseLine(line: string, n: number): JsonlLine {
  const fallbackId = `line-${n}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: fallbackId, error: { code: 'BAD_RECORD', message: `line ${n} is not JSON: ${(err as Error).message}` } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { id: fallbackId, error: { code: 'BAD_RECORD', message: `line ${n} is not a JSON object` } };
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : fallbackId;
  const body = typeof o.text === 'string' ? o.text : typeof o.html === 'string' ? o.html : null;
  if (body === null) return { id, error: { code: 'BAD_RECORD', message: `line ${n} has no "text" or "html" string` } };
  return {
    record: {
      id,
      body,
      format: typeof o.text === 'string' ? 'text' : 'html',
      url: typeof o.url === 'string' ? o.url : null,
      published: typeof o.published === 'string' ? o.published : null,
    },
  };
}

export function failedRecord(source: string, line: { error: Diagnostic; id: string }): IngestedDocument {
  return failedDocument(`${source}#${line.id}`, null, line.error, line.id);
}
