// Ingest: bytes in, an IngestedDocument out (decoded source, cleaned views with offset maps, metadata).
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { canonicalize, toNfc } from './canonical.js';
import { MappedText } from './mapped-text.js';
import { blocksFromPlainText } from './plain-text.js';
import type { IngestedDocument } from './types.js';

export interface IngestInput {
  bytes: Uint8Array;
  /** The path as given. */
  source: string;
}

export function documentId(source: string): string {
  return source === '-' ? '-' : basename(source, extname(source));
}

export function ingestBytes({ bytes, source }: IngestInput): IngestedDocument[] {
  const sourceText = new TextDecoder('utf-8').decode(bytes);
  const nfc = toNfc(MappedText.identity(sourceText));
  const { view: lines, blocks } = blocksFromPlainText(nfc.text);
  const view = lines.over(nfc);
  return [
    {
      id: documentId(source),
      source,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sourceText,
      view,
      canonical: canonicalize(view.text),
      blocks,
      title: null,
      published: null,
      outlet: null,
      url: null,
      language: 'vie',
      warnings: [],
      errors: [],
    },
  ];
}
