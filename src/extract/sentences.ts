// Sentences inside blocks: a sentence never crosses a block (paragraph) border. A block that ends in `;`, `:` or
// `,` continues its list into the next block, so scopes may run on there (a list broken over lines).
import type { Block } from '../ingest/types.js';
import { unitTest } from '../ingest/unit-class.js';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the block the sentence is in. */
  block: number;
}

// A sentence ends at `.`, `!`, `?`, `…` followed by white space or the end, but not after an abbreviation (`TP.`,
// `Tp.`) and not inside a number (`0.7024`).
// No `u` flag: every character is a single UTF-16 unit, and the scan runs faster without it.
const SENTENCE_END = /[.!?…]+/g;
const ABBREVIATION_BEFORE = /(?<!\p{L})(?:tp|tx|tt|q|p|ts|th\.s|pgs|gs|ths|ông|bà)$/iu;
const isSpaceAt = unitTest(/\s/u);
const SEMICOLON = 0x3b;
const COLON = 0x3a;
const COMMA = 0x2c;

export function sentencesOf(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, index) => {
    const body = text.slice(block.start, block.end);
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      const next = m.index + m[0].length;
      if (next < body.length && !isSpaceAt(body, next)) continue;
      if (m[0] === '.' && ABBREVIATION_BEFORE.test(body.slice(Math.max(0, m.index - 6), m.index))) continue;
      push(out, block.start + start, block.start + m.index + m[0].length, index, text);
      start = m.index + m[0].length;
    }
    push(out, block.start + start, block.end, index, text);
  });
  return out;
}

function push(out: Sentence[], start: number, end: number, block: number, text: string): void {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  if (end > start) out.push({ start, end, block });
}

/** True when block `index` continues the list of the block before it (that block ends in `;`, `:` or `,`). */
export function continuesPreviousBlock(text: string, blocks: Block[], index: number): boolean {
  if (index === 0) return false;
  // The last character before the trailing spaces, read directly: no copy of the block, no regex anchored at its end.
  const { start, end } = blocks[index - 1];
  let last = end;
  while (last > start && isSpaceAt(text, last - 1)) last--;
  const code = last > start ? text.charCodeAt(last - 1) : NaN;
  return code === SEMICOLON || code === COLON || code === COMMA;
}
