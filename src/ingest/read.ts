// Reads one input (a file path or `-` for stdin) into IngestedDocuments; a file that cannot be read becomes a
// document carrying an error, never an exception that stops the batch.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { MappedText } from './mapped-text.js';
import { documentId, ingestBytes } from './index.js';
import type { IngestedDocument } from './types.js';
import type { Diagnostic } from '../output/schema.js';

export function failedDocument(source: string, bytes: Uint8Array | null, error: Diagnostic): IngestedDocument {
  return {
    id: documentId(source),
    source,
    sha256: createHash('sha256').update(bytes ?? new Uint8Array()).digest('hex'),
    sourceText: '',
    view: MappedText.identity(''),
    canonical: '',
    blocks: [],
    title: null,
    published: null,
    outlet: null,
    url: null,
    language: 'und',
    warnings: [],
    errors: [error],
  };
}

export function readInput(source: string): IngestedDocument[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source === '-' ? 0 : source);
  } catch (err) {
    return [unreadableDocument(source, err)];
  }
  return ingestRead(source, bytes);
}

/** The document for an input that could not be read (the batch reader reads bytes itself, then calls `ingestRead`). */
export function unreadableDocument(source: string, err: unknown): IngestedDocument {
  const reason = (err as NodeJS.ErrnoException).code ?? String(err);
  return failedDocument(source, null, { code: 'UNREADABLE', message: `cannot read ${source}: ${reason}` });
}

/** The documents in bytes already read; an exception becomes a document carrying an INTERNAL error. */
export function ingestRead(source: string, bytes: Uint8Array): IngestedDocument[] {
  try {
    return ingestBytes({ bytes, source });
  } catch (err) {
    return [failedDocument(source, bytes, { code: 'INTERNAL', message: `could not process ${source}: ${String(err)}` })];
  }
}
