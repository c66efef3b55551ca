// Ranking places: a number that says where a province stands, kept as a quantity with `rank`.
//
//   `xếp hạng 25/63` → 25, outOf 63          `đứng thứ 5`, `xếp thứ 5` → 5
//   `đứng thứ 5 trong 63 tỉnh` → 5, outOf 63     `xếp hạng 15 cả nước`, `vị trí 3` → 15, 3
//   `đứng thứ 5 trong năm 2023` → 5 (`năm` is the year there)
//   `lần thứ 2`, `thứ 2` (a weekday) → not a rank, not a quantity
//   `30/32 chỉ tiêu`, `1.250/1.600 TTHC` → a fraction, not a rank: nothing
import { RANK_BEFORE_FRACTION, RANK_BEFORE_NUMBER, RANK_BEFORE_ORDINAL } from './lexicon.js';
import { isDigitCode, phraseAfter, phraseBefore, skipSpaces } from './text-scan.js';
import type { NumberToken } from './types.js';

/** For `N/M` with ranking words before it, the field M and where it ends; null for any other fraction. */
export function rankOutOf(canonical: string, token: NumberToken, next: NumberToken | undefined): { outOf: number; end: number } | null {
  if (!next || canonical[token.end] !== '/' || next.start !== token.end + 1) return null;
  if (!phraseBefore(canonical, token.start, RANK_BEFORE_FRACTION)) return null;
  return { outOf: next.value, end: next.end };
}

/** Whether ranking words stand right before a bare number (`xếp hạng 15`, `vị trí 3`). */
export function isRankPlace(canonical: string, numberStart: number): boolean {
  return phraseBefore(canonical, numberStart, RANK_BEFORE_NUMBER) !== null;
}

/** Whether the `thứ` that ends at `ordinalStart + 3` follows ranking words (`xếp thứ`, `đứng thứ`). */
export function isRankOrdinal(canonical: string, ordinalStart: number): boolean {
  return phraseBefore(canonical, ordinalStart, RANK_BEFORE_ORDINAL) !== null;
}

/** Words between a rank and the field it is out of: `thứ 5 trong 63 tỉnh`, `5th out of 63`. */
const FIELD_JOINERS = ['trong', 'trong số', 'trên', 'trên tổng số', 'of', 'out of'];

/** For a rank ending at `end`, the field after it (`trong 63`) and where it ends, when `next` is that number. */
export function rankFieldAfter(canonical: string, end: number, next: NumberToken | undefined): { outOf: number; end: number } | null {
  if (!next) return null;
  const joiner = phraseAfter(canonical, end, FIELD_JOINERS);
  if (!joiner || skipSpaces(canonical, joiner.end) !== next.start) return null;
  // A number word never stands before digits: `đứng thứ 5 trong năm 2023` is a rank in the year 2023, not out of five.
  if (next.form === 'words' && isDigitCode(canonical.charCodeAt(skipSpaces(canonical, next.end)))) return null;
  return { outOf: next.value, end: next.end };
}
