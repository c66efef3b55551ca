// Numbers written in words, 1 to 999 (duckling's VI numeral rules, cut down): `một`, `mười lăm`, `hai mươi tư`,
// `ba trăm linh năm`. A word number is only a quantity when a scale or percent word follows it (`hai triệu tài
// khoản`, `một trăm phần trăm`) or a ranking ordinal reads it (`xếp thứ hai`, `xếp thứ nhất`); the finder checks
// that, since `năm` is also "year" and `ba` also "father".
import { DIGIT_WORDS, DIGIT_WORDS_AFTER_TENS_ONLY, FIRST_ORDINAL, NUMBER_BUILDING_WORDS } from './lexicon.js';
import type { NumberToken } from './types.js';
import { matchesNotAfter } from '../word-start.js';

const { ten, tens, hundreds, noTens } = NUMBER_BUILDING_WORDS;
const WORDS = [...Object.keys(DIGIT_WORDS), ten, tens, hundreds, ...noTens, FIRST_ORDINAL];
const WORD = `(?:${WORDS.join('|')})(?!\\p{L})`;
// Each repetition starts with a space and a whole word, so the match is linear.
// Not after a letter: checked by `matchesNotAfter`, cheaper than a leading look-behind.
const WORD_RUN = new RegExp(`${WORD}(?: ${WORD})*`, 'gu');
const LETTER = /\p{L}/u;

export function lexNumberWords(canonical: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of matchesNotAfter(WORD_RUN, LETTER, canonical)) {
    const value = readNumberWords(m[0].split(' '));
    if (value !== null) tokens.push({ start: m.index, end: m.index + m[0].length, value, form: 'words', zeroPadded: false });
  }
  return tokens;
}

/** The value of a run of number words, or null when they make no number (`mươi` first, `năm năm`). */
export function readNumberWords(words: string[]): number | null {
  if (words.length === 1 && words[0] === FIRST_ORDINAL) return 1;
  let hundredsPart = 0;
  let tensPart = 0;
  let pending: number | null = null;
  let afterTens = false;
  for (const word of words) {
    const digit = DIGIT_WORDS[word];
    if (digit !== undefined) {
      if (pending !== null) return null;
      if (DIGIT_WORDS_AFTER_TENS_ONLY.includes(word) && !afterTens) return null;
      if (afterTens) tensPart += digit;
      else pending = digit;
      afterTens = false;
    } else if (word === ten) {
      if (pending !== null || tensPart) return null;
      tensPart = 10;
      afterTens = true;
    } else if (word === tens) {
      if (pending === null || tensPart) return null;
      tensPart = pending * 10;
      pending = null;
      afterTens = true;
    } else if (word === hundreds) {
      if (pending === null || hundredsPart) return null;
      hundredsPart = pending * 100;
      pending = null;
    } else if (noTens.includes(word)) {
      if (!hundredsPart || tensPart || pending !== null) return null;
      afterTens = true;
    } else return null;
  }
  return hundredsPart + tensPart + (pending ?? 0) || null;
}
