// The library entry: `import { extract } from 'chitieu'` returns the same documents the command line writes.
import { discoverFiles } from './ingest/discover.js';
import { readInput } from './ingest/read.js';
import { processDocumentSafely } from './pipeline.js';
import type { ChitieuDocument } from './output/schema.js';

export * from './output/schema.js';
export { processDocument, processDocumentSafely } from './pipeline.js';

/** Every document under `paths` (files, folders read recursively, `-` for stdin), in input order. */
export function* extractDocuments(paths: string[]): Generator<ChitieuDocument> {
  for (const file of discoverFiles(paths)) {
    for (const doc of readInput(file)) yield processDocumentSafely(doc);
  }
}

export function extract(paths: string | string[]): ChitieuDocument[] {
  return [...extractDocuments(Array.isArray(paths) ? paths : [paths])];
}
