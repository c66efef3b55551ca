// What a bare number counts: the words right after it, as written, up to punctuation, a few words, or a word where
// the caller says to stop (a comparator such as `trở lên`).
//
//   `134 doanh nghiệp số, 300 …` → `doanh nghiệp số`     `3 đô thị thông minh` → `đô thị thông minh`
//   `10.000 lao động trở lên` → `lao động` (stopping at `trở lên`)      `300.` → nothing
import { skipSpaces } from './text-scan.js';

/** Words read at most, enough for `đô thị thông minh cấp tỉnh`. */
const MAX_WORDS = 5;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}-]*/uy;
const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;

export interface Counted {
  text: string;
  /** Start of the first word and end of the last word read. */
  start: number;
  end: number;
}

export function countedWords(nfc: string, pos: number, stopBefore: (wordStart: number) => boolean = () => false): Counted | null {
  let p = skipSpaces(nfc, pos);
  const start = p;
  let end = p;
  for (let n = 0; n < MAX_WORDS && !stopBefore(p); n++) {
    WORD.lastIndex = p;
    const m = WORD.exec(nfc);
    if (!m) break;
    end = p + m[0].length;
    const after = nfc.charCodeAt(end);
    if (after !== SPACE && after !== NO_BREAK_SPACE) break;
    p = end + 1;
  }
  return end > start ? { text: nfc.slice(start, end), start, end } : null;
}
