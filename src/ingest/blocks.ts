// Blocks as the format readers produce them, and the view they are joined into.
import { canonicalize, toNfc } from './canonical.js';
import { foldBlock } from './clean-block.js';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';
import type { Block } from './types.js';

export type BlockKind = Block['kind'];

/** One block of text as a reader found it, mapped into the decoded source. */
export interface RawBlock {
  text: MappedText;
  kind: BlockKind;
}

/** A cleaned block with its canonical view, computed once: furniture, datelines and the document's view read it. */
export interface CanonicalBlock extends RawBlock {
  canonical: string;
  /** No character of the text is one NFC could change or join (nearly every block): every slice of it is NFC. */
  nfcStable: boolean;
}

/** The blocks cleaned (spaces folded, trimmed, NFC), with their canonical views; blocks left empty are dropped. */
export function cleanBlocks(blocks: RawBlock[]): CanonicalBlock[] {
  const out: CanonicalBlock[] = [];
  for (const block of blocks) {
    const { folded, nfcStable } = foldBlock(block.text);
    const text = nfcStable ? folded : toNfc(folded);
    if (text.length) out.push({ text, kind: block.kind, canonical: canonicalize(text.text), nfcStable });
  }
  return out;
}

/** Joins blocks with `\n` into the view; the newlines stand for no source text. */
export function joinBlocks(blocks: RawBlock[]): { view: MappedText; blocks: Block[] } {
  const b = new MappedTextBuilder();
  const out: Block[] = [];
  for (const block of blocks) {
    if (b.size) b.insert('\n', block.text.sourceStart(0));
    const start = b.size;
    b.append(block.text);
    out.push({ start, end: b.size, kind: block.kind });
  }
  return { view: b.build(), blocks: out };
}
