// Plain text: every non-blank line is a block; the view keeps the source's characters, one newline between blocks.
import { MappedTextBuilder, type MappedText } from './mapped-text.js';
import type { Block } from './types.js';

export interface BlockedText {
  view: MappedText;
  blocks: Block[];
}

/** Splits `text` into line blocks (CR, LF and CRLF ends), trimming each line, mapped into `text`. */
export function blocksFromPlainText(text: string): BlockedText {
  const b = new MappedTextBuilder();
  const blocks: Block[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (!content) continue;
    if (b.size) b.insert('\n', m.index);
    const start = b.size;
    b.copy(content, m.index + lead);
    blocks.push({ start, end: b.size, kind: blocks.length === 0 ? 'title' : 'paragraph' });
  }
  return { view: b.build(), blocks };
}
