// Plain text: every non-blank line is a block (CR, LF and CRLF line ends), mapped into the text; bulleted lines are
// list items and short lines in capitals headings. A hard-wrapped line (text copied from a PDF) continues the block
// before it: a line that opens in lower case (`chặt chẽ giữa các đơn vị…`), or one that opens with a number after a
// long line that stops mid-phrase (`…định hướng đến năm` / `2030, UBND tỉnh…`).
import type { RawBlock } from './blocks.js';
import { canonicalize, nfc } from './canonical.js';
import { isWidgetLine } from './furniture.js';
import { MappedTextBuilder } from './mapped-text.js';

const OPENS_LOWER = /^\s*\p{Ll}/u;
const OPENS_NUMBER = /^\s*\d/u;
// A numbered heading or list item (`1. Chính phủ số`, `2) Hạ tầng`, `1.2. Về thể chế`) starts its own block.
const LIST_NUMBER = /^\s*\d+(?:\.\d+)*[.)]\s/u;
const ENDS_MID_PHRASE = /\p{L}\s*$/u;
// Wrapped lines of a page run long; a short line without punctuation is a heading.
const MIN_WRAPPED_LENGTH = 60;

const BLANK_LINE = /\n[^\S\n]*\n|\r[^\S\r\n]*\r/;

function isWidget(line: string): boolean {
  return line.length <= 80 && isWidgetLine(canonicalize(nfc(line.trim())));
}

const BULLET = /^\s*[-+•*–]\s/u;
const MAX_HEADING_LENGTH = 120;

/** A bulleted line is a list item; a short line in capitals with no closing stop (`I. MỤC TIÊU`) a heading. */
function kindOf(line: string): RawBlock['kind'] {
  if (BULLET.test(line)) return 'list-item';
  const text = line.trim();
  if (text.length <= MAX_HEADING_LENGTH && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && !/[.;,]$/u.test(text)) return 'heading';
  return 'paragraph';
}

/** Whether `line` continues the block of `previous`; `widgets` is true when either of them is a widget line. */
function continuesBlock(previous: string, line: string, widgets: boolean): boolean {
  if (widgets) return false;
  if (OPENS_LOWER.test(line)) return true;
  return OPENS_NUMBER.test(line) && !LIST_NUMBER.test(line) && previous.length >= MIN_WRAPPED_LENGTH && ENDS_MID_PHRASE.test(previous);
}

export function plainTextBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const line = /[^\r\n]+/g;
  let current: MappedTextBuilder | null = null;
  let kind: RawBlock['kind'] = 'paragraph';
  let previous = '';
  let previousWidget = false;
  let previousEnd = 0;
  const flush = () => {
    if (current) blocks.push({ text: current.build(), kind });
    current = null;
  };
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (!m[0].trim()) continue;
    // A blank line ends the paragraph.
    if (BLANK_LINE.test(text.slice(previousEnd, m.index))) flush();
    const widget = isWidget(m[0]);
    if (current && continuesBlock(previous, m[0], widget || previousWidget)) {
      (current as MappedTextBuilder).replace(' ', previousEnd, m.index).copy(m[0], m.index);
    } else {
      flush();
      current = new MappedTextBuilder().copy(m[0], m.index);
      kind = kindOf(m[0]);
    }
    previous = m[0];
    previousWidget = widget;
    previousEnd = m.index + m[0].length;
  }
  flush();
  return blocks;
}
