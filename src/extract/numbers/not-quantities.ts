// Numbers that are not quantities: dates, times, phone numbers, document numbers, versions, network generations,
// years, ordinals, service levels, list markers, and counts of plan items or durations.
//
//   `14/09/2021`, `02 - 04 - 2021`, `19/7`, `Ngày 1.4`, `tháng 6/2024`, `năm 2025`, `giai đoạn 2021-2025`
//   `9:26`, `7h30`, `0912 345 678`, `(0236) 3822 123`, `1900 1234`
//   `749/QĐ-TTg`, `09-NQ/TU`, `Quyết định 749`, `Nghị quyết số 09`
//   `4G`, `4G/5G`, `COVID-19`, `4.0`, `phiên bản 3.0`, `Công nghiệp 4.0`
//   `lần thứ 2`, `mức độ 3,4`, `mức 3, 4`, `mức độ 4`, `30/32 chỉ tiêu`, `1.250/1.600 TTHC`
//   `7 giải pháp`, `26 chỉ tiêu`, `3 trụ cột`, `5 năm`
import { LABEL_BEFORE, NOT_FIGURE_COUNTED } from './lexicon.js';
import { isLetter, phraseAfter, phraseBefore, skipSpaces, skipSpacesBack } from './text-scan.js';
import type { NumberToken } from './types.js';
import { matchesNotAfter } from '../word-start.js';

export interface Span {
  start: number;
  end: number;
}

// None of these may follow a digit, `.` or `,`. For dates and clock times, which read a few characters, that is
// checked by `matchesNotAfter` (word-start.ts), where a leading look-behind would be tried at every position of the
// text; dash chains and phone numbers keep it, since in a long run of digits each position would read much again.
const NOT_AFTER = /[\d.,]/;
// d/m/yyyy, d-m-yyyy, d.m.yyyy with spaces around the separators (`02 - 04 - 2021`). Bounded repeats only.
const FULL_DATE = /\d{1,2}[ \u00a0]{0,2}([-–/.])[ \u00a0]{0,2}\d{1,2}[ \u00a0]{0,2}\1[ \u00a0]{0,2}\d{4}(?!\d)/g;
// 9:26, 7h30, 7 h 30.
const CLOCK_TIME = /\d{1,2}[ \u00a0]?[:h][ \u00a0]?\d{2}(?![\d%])/g;
// Three or more numbers joined by dashes: a code or a dotless date (`1-0-2`, `12-3-2021`), never a range.
const DASH_CHAIN = /(?<![\d.,])\d+(?:[ \u00a0]?[-–][ \u00a0]?\d+){2,}/g;
// Phone numbers: a trunk prefix then digit groups; the digit count is checked separately.
const PHONE = /(?<![\d.,])(?:\+84|\(0\d{1,3}\)|0|1[89]00)[ .\-]?\d{1,4}(?:[ .\-]?\d{2,4}){1,4}(?![\d%])/g;
const MIN_PHONE_DIGITS = 8;

/** Spans of the text that hold dates, clock times and phone numbers: no number inside them is a quantity. */
export function blockedSpans(canonical: string): Span[] {
  const spans: Span[] = [];
  for (const re of [FULL_DATE, DASH_CHAIN, CLOCK_TIME, PHONE]) {
    for (const m of re === FULL_DATE || re === CLOCK_TIME ? matchesNotAfter(re, NOT_AFTER, canonical) : allMatches(re, canonical)) {
      if (re === PHONE && m[0].replace(/\D/g, '').length < MIN_PHONE_DIGITS) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** `text.matchAll(re)` for a global regex that never matches empty, without the copy of the regex it makes. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** Whether [start, end) lies inside one of the sorted spans. */
export function insideSpans(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  // Spans may overlap, so look back a little from the last span starting at or before `start`.
  for (let i = hi; i >= 0 && i >= hi - 3; i--) if (spans[i].start <= start && spans[i].end >= end) return true;
  return false;
}

/**
 * Why the characters glued to a number make it a code, not a quantity: a letter against it (`4G`, `COVID-19`,
 * `7h`), a document number (`749/QĐ`, `09-NQ`), a clock (`9:26`), a slash with digits (a date or a fraction, unless
 * a rank reads it), a zero-padded code (`0236`).
 */
export function gluedToCode(text: string, token: NumberToken): 'code' | 'slash' | null {
  const before = text[token.start - 1];
  const after = text[token.end];
  const afterNext = text[token.end + 1];
  if (isLetter(before) || isLetter(after)) return 'code';
  if ((before === '-' || before === '/') && isLetter(text[token.start - 2])) return 'code';
  if ((after === '-' || after === '/') && isLetter(afterNext)) return 'code';
  const spaced = skipSpaces(text, token.end);
  if (spaced > token.end && text[spaced] === '/' && isLetter(text[skipSpaces(text, spaced + 1)])) return 'code';
  if (after === ':' && /\d/.test(afterNext ?? '')) return 'code';
  if (before === ':' && /\d/.test(text[token.start - 2] ?? '')) return 'code';
  if (token.zeroPadded && token.form === 'integer' && token.end - token.start > 2) return 'code';
  if ((after === '/' && /\d/.test(afterNext ?? '')) || (before === '/' && /\d/.test(text[token.start - 2] ?? ''))) return 'slash';
  return null;
}

/** `số` between a label and its number: `Nghị quyết số 09`. */
const NUMBER_WORD = ['số'];
const ONE_OF = ['trong'];

/** A word before a bare number that makes it a label (`năm 2025`, `Nghị quyết số 09`, `mức độ 4`), with its start. */
export function labelBefore(canonical: string, numberStart: number): { label: string; start: number } | null {
  let found = phraseBefore(canonical, numberStart, LABEL_BEFORE);
  if (!found) {
    const numbered = phraseBefore(canonical, numberStart, NUMBER_WORD);
    if (numbered) found = phraseBefore(canonical, numbered.start, LABEL_BEFORE);
  }
  return found ? { label: found.phrase, start: found.start } : null;
}

/** A four-digit integer that reads as a year. */
export function isYear(token: NumberToken): boolean {
  return token.form === 'integer' && token.end - token.start === 4 && token.value >= 1900 && token.value <= 2100;
}

/** `4.0`, `3.0`, `2.0`: a version written with a dot and a zero. */
export function isVersion(text: string, token: NumberToken): boolean {
  return token.form === 'decimal' && /^\d\.0$/.test(text.slice(token.start, token.end));
}

/** `1.` or `2)` opening a line, `(3)` standing alone: list numbering. */
export function isListMarker(text: string, token: NumberToken): boolean {
  const lineStart = skipSpacesBack(text, token.start);
  const opensLine = lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r';
  const after = text[token.end];
  if (opensLine && (after === '.' || after === ')') && !/\d/.test(text[token.end + 1] ?? '')) return true;
  return text[token.start - 1] === '(' && after === ')';
}

/** `1 trong 20 địa phương`: the 1 only says "one of"; the 20 is the rank. */
export function isOneOfMany(canonical: string, token: NumberToken): boolean {
  if (token.value !== 1 || token.form !== 'integer') return false;
  const of = phraseAfter(canonical, token.end, ONE_OF);
  return of !== null && /\d/.test(canonical[skipSpaces(canonical, of.end)] ?? '');
}

/**
 * A bare number with nothing after it on its line, after a dot leader, or in a run of numbers apart only by spaces:
 * a page number in a table of contents, a visit counter (`Hôm nay:\n1`, `Truy cập hiện tại 97`), a share counter
 * (`icon 0`), a calendar (`1 2 3 … 31`). Page furniture, not a quantity.
 */
export function isFurnitureNumber(text: string, start: number, end: number): boolean {
  const next = skipSpaces(text, end);
  if (next >= text.length || text[next] === '\n' || text[next] === '\r' || (next > end && /\d/.test(text[next]))) return true;
  const before = skipSpacesBack(text, start);
  if (before < start && /\d/.test(text[before - 1] ?? '')) return true;
  return text[before - 1] === '…' || (text[before - 1] === '.' && text[before - 2] === '.');
}

// The far end of a range after a number: `2 đến 3 năm`, `2-3 ngày`.
const RANGE_TAIL = /[ \u00a0]{0,3}(?:[-–—]|đến|tới)[ \u00a0]{0,3}\d+(?:[.,]\d+)*/y;

/**
 * Whether the words counted by a bare number make it a count of plan items or a duration (`7 giải pháp`), also when
 * they follow the far end of a range (`từ 2 đến 3 năm`).
 */
export function countsNoFigure(canonical: string, afterNumber: number): boolean {
  RANGE_TAIL.lastIndex = afterNumber;
  const tail = RANGE_TAIL.exec(canonical);
  const countedFrom = tail ? afterNumber + tail[0].length : afterNumber;
  return phraseAfter(canonical, countedFrom, NOT_FIGURE_COUNTED) !== null;
}

const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}]*)[ \u00a0]$/u;
const WORD_BEFORE = /[\p{L}\p{M}][ \u00a0]$/u;
/** Letters of a name read back at most (`Khu đô thị Cầu Rào 2`). */
const NAME_LOOKBACK = 40;

/**
 * A bare number closing a proper name in mid-sentence (`khu đô thị Cầu Rào 2, Hải Phòng`, `Trạm 3`): checked on the
 * NFC view, where case survives. At a sentence start the capital is only the sentence's.
 */
export function endsAName(nfc: string, start: number): boolean {
  const before = nfc.slice(Math.max(0, start - NAME_LOOKBACK), start);
  const word = CAPITALISED_WORD_BEFORE.exec(before);
  if (!word) return false;
  return WORD_BEFORE.test(before.slice(0, word.index));
}

const TWO_CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{M}]*[ \u00a0]\p{Lu}/u;

/**
 * A number before a proper name (its first two words capitalised) is a house number (`428 Nguyễn Huệ`, `127 Võ Văn
 * Tần`), not a count; `48 Tỉnh/Thành ủy` is still a count.
 */
export function beforeAName(counted: string): boolean {
  return TWO_CAPITALISED_WORDS.test(counted);
}
