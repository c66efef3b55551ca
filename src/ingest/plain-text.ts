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

/**
 * The lines of `text` (its runs of characters other than CR and LF) as [start, end) pairs: found by `indexOf` when
 * the text has no CR, as nearly every text, which is four times cheaper than the regex that finds them otherwise.
 */
function lineSpans(text: string): number[] {
  const spans: number[] = [];
  if (text.includes('\r')) {
    const line = /[^\r\n]+/g;
    for (let m = line.exec(text); m; m = line.exec(text)) spans.push(m.index, m.index + m[0].length);
    return spans;
  }
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end > start) spans.push(start, end);
    start = end + 1;
  }
  return spans;
}

export function plainTextBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: MappedTextBuilder | null = null;
  let kind: RawBlock['kind'] = 'paragraph';
  let previous = '';
  let previousWidget = false;
  let previousEnd = 0;
  const flush = () => {
    if (current) blocks.push({ text: current.build(), kind });
    current = null;
  };
  const spans = lineSpans(text);
  for (let s = 0; s < spans.length; s += 2) {
    const start = spans[s];
    const line = text.slice(start, spans[s + 1]);
    if (!line.trim()) continue;
    // A blank line ends the paragraph.
    if (BLANK_LINE.test(text.slice(previousEnd, start))) flush();
    const widget = isWidget(line);
    if (current && continuesBlock(previous, line, widget || previousWidget)) {
      (current as MappedTextBuilder).replace(' ', previousEnd, start).copy(line, start);
    } else {
      flush();
      current = new MappedTextBuilder().copy(line, start);
      kind = kindOf(line);
    }
    previous = line;
    previousWidget = widget;
    previousEnd = spans[s + 1];
  }
  flush();
  return blocks;
}
