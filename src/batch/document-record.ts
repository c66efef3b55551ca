// A processed document as the batch carries it: serialised once (in the worker), with the counts the summary needs.
import { readInputBytes } from '../ingest/read-bytes.js';
import { failedDocument, ingestRead, unreadableDocument } from '../ingest/read.js';
import type { ChitieuDocument, Diagnostic } from '../output/schema.js';
import { processDocumentSafely } from '../pipeline.js';

export interface DocumentRecord {
  source: string;
  /** The document as one line of JSON (no newline): what json/jsonl write, and what csv parses. */
  json: string;
  targets: number;
  instruments: number;
  warnings: number;
  errors: Diagnostic[];
}

export function recordOf(doc: ChitieuDocument): DocumentRecord {
  return {
    source: doc.source,
    json: JSON.stringify(doc),
    targets: doc.targets.length,
    instruments: doc.instruments.length,
    warnings: doc.warnings.length,
    errors: doc.errors,
  };
}

/** Every document in the bytes of one input, through the whole pipeline. Never throws. */
export function recordsFromBytes(source: string, bytes: Uint8Array): DocumentRecord[] {
  return ingestRead(source, bytes).map((doc) => recordOf(processDocumentSafely(doc)));
}

/** The documents of one input and its size in bytes (0 when it could not be read). */
export interface InputRecords {
  size: number;
  records: DocumentRecord[];
}

/**
 * The documents of one input: its bytes (read here unless given, refusing more than `maxBytes`) through the whole
 * pipeline, or the one document standing for an input that could not be read. Never throws.
 */
export function recordsOfInput(source: string, bytes?: Uint8Array, maxBytes?: number): InputRecords {
  if (!bytes) {
    try {
      bytes = readInputBytes(source, { maxBytes });
    } catch (err) {
      return { size: 0, records: unreadableRecords(source, err) };
    }
  }
  return { size: bytes.length, records: recordsFromBytes(source, bytes) };
}

/** The one document standing for an input that could not be read. */
export function unreadableRecords(source: string, err: unknown): DocumentRecord[] {
  return [recordOf(processDocumentSafely(unreadableDocument(source, err)))];
}

/** The one document standing for an input whose worker died while processing it. */
export function crashedRecords(source: string, bytes: Uint8Array, err: unknown): DocumentRecord[] {
  const message = `could not process ${source}: ${err instanceof Error ? err.message : String(err)}`;
  return [recordOf(processDocumentSafely(failedDocument(source, bytes, { code: 'INTERNAL', message })))];
}
