// Builds an ingested document straight from a spec's text (one block per line, the text its own source unless a
// mapped view over another source is given), so the figure rules are tested apart from page cleaning.
import { canonicalize } from '../../src/ingest/canonical.js';
import { MappedText } from '../../src/ingest/mapped-text.js';
import type { Block, IngestedDocument } from '../../src/ingest/types.js';

export function specDocument(text: string, published: string | null = null, view = MappedText.identity(text), sourceText = text): IngestedDocument {
  const blocks: Block[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ start: at, end: at + line.length, kind: blocks.length ? 'paragraph' : 'title' });
    at += line.length + 1;
  }
  return {
    id: 'spec',
    source: 'spec.txt',
    sha256: '',
    sourceText,
    view,
    canonical: canonicalize(text),
    blocks,
    title: null,
    published,
    outlet: null,
    url: null,
    language: 'vie',
    warnings: [],
    errors: [],
  };
}
