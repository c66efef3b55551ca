// Reads one input (a file path or `-` for stdin) into IngestedDocuments; a file that cannot be read becomes a
// document carrying an error, never an exception that stops the batch. A file over `maxBytes` is refused after a
// stat, before anything is read.
import { failedDocument } from './document.js';
import { ingestBytes } from './index.js';
import { InputTooLargeError, readInputBytes, type ReadOptions } from './read-bytes.js';
import type { IngestedDocument } from './types.js';

export { failedDocument } from './document.js';
export { DEFAULT_MAX_BYTES, InputTooLargeError, readInputBytes, type ReadOptions } from './read-bytes.js';

export function readInput(source: string, options: ReadOptions = {}): IngestedDocument[] {
  let bytes: Uint8Array;
  try {
    bytes = readInputBytes(source, options);
  } catch (err) {
    return [unreadableDocument(source, err)];
  }
  return ingestRead(source, bytes);
}

/** The document for an input that could not be read (the batch reader reads bytes itself, then calls `ingestRead`). */
export function unreadableDocument(source: string, err: unknown): IngestedDocument {
  if (err instanceof InputTooLargeError) return failedDocument(source, null, { code: 'TOO_LARGE', message: err.message });
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
