// List items: the stretch of a sentence each figure owns. Items are split by `;` first, then by the first `,`,
// `và`, `hoặc` or bracket after a figure; a bracket right after a figure that holds no figure (`50% (năm 2025)`)
// stays with it.
import { unitTest } from '../ingest/unit-class.js';
import type { Measure } from './measures.js';

export interface Item {
  start: number;
  end: number;
  /** True when the item is joined to the next by a soft separator (`,`, `và`), not `;`: elision may cross it. */
  runsOn: boolean;
}

const SOFT = /,|\s(?:và|hoặc|cùng)\s|\(|\)/gu;
const CONJUNCTIONS = ['và', 'hoặc'];
const isSpaceAt = unitTest(/\s/u);
const OPENING_BRACKET = 0x28;
const SEMICOLON = 0x3b;
const COLON = 0x3a;
/** How far after a figure a bracket of its own is looked for. */
const OWN_BRACKET_REACH = 60;
const LEVELS_3_4 = /mức độ\s{0,2}\d\s{0,2},\s{0,2}\d(?!\d)/giu;
const PROVINCES_NOUN = /tỉnh,\s{1,2}thành phố/giu;
const WITH = /\svới\s/u;
const PAREN_AFTER = /^\s*\([^()\d%]{0,30}\d{4}[^()]{0,10}\)|^\s*\([^()\d]{0,40}\)/u;

/** The items of `measures` (sorted, all inside the sentence [start, end)). */
export function itemsOf(text: string, start: number, end: number, measures: Measure[]): Item[] {
  const cuts: Array<{ leftEnd: number; rightStart: number; soft: boolean }> = [];
  for (let i = 0; i + 1 < measures.length; i++) cuts.push(split(text, ownEnd(text, measures[i]), measures[i + 1].start));
  return measures.map((m, i) => {
    let itemStart = i > 0 ? cuts[i - 1].rightStart : start;
    // Searches bounded by the item, so a sentence of thousands of figures stays linear.
    const hard = lastHardStop(text, itemStart, m.start);
    if (hard >= 0) itemStart = hard + 1;
    let itemEnd = i < cuts.length ? cuts[i].leftEnd : end;
    const semi = m.end < itemEnd ? text.slice(m.end, itemEnd).indexOf(';') : -1;
    if (semi >= 0) itemEnd = m.end + semi;
    return { start: itemStart, end: itemEnd, runsOn: i < cuts.length && cuts[i].soft };
  });
}

/** The last `;` or `:` in [from, to), or -1. */
function lastHardStop(text: string, from: number, to: number): number {
  // Read as UTF-16 codes: `text[k]` would make a string of every character beyond Latin-1.
  for (let k = to - 1; k >= from; k--) {
    const code = text.charCodeAt(k);
    if (code === SEMICOLON || code === COLON) return k;
  }
  return -1;
}

/** Where a measure's own words end: after a bracket that holds no figure of its own (`50% (năm 2025)`). */
export function ownEnd(text: string, m: Measure): number {
  // Most figures have no bracket after them: the regex runs only when one opens after the spaces.
  const reach = Math.min(text.length, m.end + OWN_BRACKET_REACH);
  let p = m.end;
  while (p < reach && isSpaceAt(text, p)) p++;
  if (p === reach || text.charCodeAt(p) !== OPENING_BRACKET) return m.end;
  const after = PAREN_AFTER.exec(text.slice(m.end, reach));
  return after ? m.end + after[0].length : m.end;
}

/**
 * Where a conjunction that ends text[from, to) starts: one of `marks` (`,`) or `và`/`hoặc` after a space, then only
 * spaces — what `/(?:,|\s(?:và|hoặc))\s*$/u` finds in the slice, read backwards from its end; -1 when none.
 */
export function trailingConjunction(text: string, from: number, to: number, marks: string): number {
  let end = to;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  if (end > from && marks.includes(text[end - 1])) return end - 1;
  for (const word of CONJUNCTIONS) {
    const start = end - word.length;
    if (start > from && text.startsWith(word, start) && isSpaceAt(text, start - 1)) return start - 1;
  }
  return -1;
}

function split(text: string, from: number, to: number): { leftEnd: number; rightStart: number; soft: boolean } {
  const semi = to > from ? text.lastIndexOf(';', to - 1) : -1;
  if (semi >= from) return { leftEnd: semi, rightStart: semi + 1, soft: false };
  // `…, 80% …`: a separator right before the next figure starts its item (number first); otherwise the first
  // separator after a figure ends it (`… đạt 100%, mạng di động 5G đạt 40%`: metric first).
  const before = trailingConjunction(text, from, to, ',');
  if (before >= 0) return { leftEnd: before, rightStart: to, soft: true };
  const between = text.slice(from, to);
  // A bracket that holds no figure (`trạm thu phát sóng (BTS)`) belongs to the words around it.
  // Nor do the commas of `mức độ 3,4` (levels 3 and 4) and `tỉnh, thành phố` (one noun: the provinces) cut a clause.
  const masked = between
    .replace(/\([^()\d]{0,40}\)/gu, (b) => ' '.repeat(b.length))
    .replace(LEVELS_3_4, (b) => ' '.repeat(b.length))
    .replace(PROVINCES_NOUN, (b) => ' '.repeat(b.length));
  SOFT.lastIndex = 0;
  const m = SOFT.exec(masked);
  if (!m) {
    // `xếp thứ 7/63 tỉnh, thành phố về chỉ số DTI với 0,5805 điểm`: `với` hands on to the figure it brings.
    const along = WITH.exec(masked);
    return along ? { leftEnd: from + along.index, rightStart: from + along.index + 1, soft: true } : { leftEnd: from, rightStart: from, soft: true };
  }
  return { leftEnd: from + m.index, rightStart: from + m.index + m[0].length, soft: true };
}
