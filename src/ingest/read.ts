// Reads one input (a file path or `-` for stdin) into IngestedDocuments; a file that cannot be read becomes a
// document carrying an error, never an exception that stops the batch. A file over `maxBytes` is refused after a
// stat, before anything is read.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { failedDocument } from './document.js';
import { ingestBytes } from './index.js';
import type { IngestedDocument } from './types.js';

export { failedDocument } from './document.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Inputs larger than this many bytes are refused with `TOO_LARGE` (default 20 MB). */
  maxBytes?: number;
}

/** Thrown by `readInputBytes` for an input over the size limit; `unreadableDocument` turns it into `TOO_LARGE`. */
export class InputTooLargeError extends Error {
  constructor(
    readonly source: string,
    readonly maxBytes: number,
  ) {
    super(`${source} is larger than ${maxBytes} bytes`);
  }
}

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

/**
 * The bytes of a file or stdin, refusing more than `maxBytes` (throws `InputTooLargeError`): a file by its stat,
 * before reading; a stream while reading, so it is never held whole.
 */
export function readInputBytes(source: string, { maxBytes = DEFAULT_MAX_BYTES }: ReadOptions = {}): Uint8Array {
  const fd = source === '-' ? 0 : openSync(source, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`${source} is a directory`), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw new InputTooLargeError(source, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(1 << 16);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking stdin with no data yet
        if (code === 'EOF') break;
        throw err;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new InputTooLargeError(source, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
