// What ingest hands to extraction: the decoded source, the cleaned views rules read, and the page's metadata.
import type { Diagnostic } from '../output/schema.js';
import type { MappedText } from './mapped-text.js';

/** A stretch of the view that reads as one unit: a scope never crosses a block border. */
export interface Block {
  start: number;
  end: number;
  kind: 'title' | 'heading' | 'paragraph' | 'list-item' | 'table-row';
}

export interface IngestedDocument {
  id: string;
  /** The path as given (`-` for stdin, `file.jsonl#id` for a document inside a JSONL file). */
  source: string;
  sha256: string;
  /** The decoded source text: every evidence offset points into this string. */
  sourceText: string;
  /** The cleaned NFC text rules read, blocks separated by newlines, mapped back into `sourceText`. */
  view: MappedText;
  /** Same length as `view.text`: new-style tones, folded look-alikes, lower case. */
  canonical: string;
  /**
   * True when no character of the view is one NFC could change or join (`MAY_CHANGE_UNDER_NFC`), as in nearly every
   * Vietnamese text: every slice of the view is NFC as it stands, and `nfc()` of it may be skipped.
   */
  nfcStable?: boolean;
  blocks: Block[];
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string;
  warnings: Diagnostic[];
  errors: Diagnostic[];
}
