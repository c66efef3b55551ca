// Test helpers: ingest a string as if it were a file of the given name, and read a document's blocks.
import { ingestBytes } from '../../src/ingest/index.js';
import type { IngestedDocument } from '../../src/ingest/types.js';

export function ingestString(source: string, text: string): IngestedDocument {
  const docs = ingestBytes({ bytes: new TextEncoder().encode(text), source });
  if (docs.length !== 1) throw new Error(`expected one document, got ${docs.length}`);
  return docs[0];
}

export function blockTexts(doc: IngestedDocument): string[] {
  return doc.blocks.map((b) => doc.view.text.slice(b.start, b.end));
}

/** The source text behind a view substring (its first occurrence). */
export function sourceOf(doc: IngestedDocument, viewText: string): string {
  const at = doc.view.text.indexOf(viewText);
  if (at < 0) throw new Error(`not in the view: ${viewText}`);
  const span = doc.view.sourceSpan(at, at + viewText.length);
  return doc.sourceText.slice(span.start, span.end);
}
