// Reads the bytes of one input under a size limit. Apart from read.ts so that a reader that hands the bytes on (the
// batch's main thread) does not load the whole of ingest.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

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
    // A regular file is read in one piece of its stated size plus one byte: a short read is its end, a full one means
    // it grew meanwhile and reading goes on.
    const regular = stat.isFile();
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = regular ? stat.size + 1 : 1 << 16; ; size = 1 << 16) {
      const chunk = Buffer.allocUnsafeSlow(size);
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
      if (regular && n < size) break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
