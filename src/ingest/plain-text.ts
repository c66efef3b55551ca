// Plain text: every non-blank line is a block (CR, LF and CRLF line ends), mapped into the text.
import { MappedTextBuilder } from './mapped-text.js';
import type { RawBlock } from './blocks.js';

export function plainTextBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (!m[0].trim()) continue;
    blocks.push({ text: new MappedTextBuilder().copy(m[0], m.index).build(), kind: 'paragraph' });
  }
  return blocks;
}
