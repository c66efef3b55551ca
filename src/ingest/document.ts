// Building IngestedDocuments: ids, hashes, and the document that stands for an input that could not be read.
import { hash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Diagnostic } from '../output/schema.js';
import { MappedText } from './mapped-text.js';
import type { IngestedDocument } from './types.js';

export function documentId(source: string): string {
  return source === '-' ? '-' : basename(source, extname(source));
}

/** One-shot `crypto.hash`: a third cheaper than a Hash object for a document-sized input. */
export function sha256(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
}

export function failedDocument(source: string, bytes: Uint8Array | string | null, error: Diagnostic, id = documentId(source)): IngestedDocument {
  return {
    id,
    source,
    sha256: sha256(bytes ?? ''),
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
