// The words that end a stretch of text, read backwards from its end: what a regex anchored at the end
// (`(?<!\p{L})(?:các|những)\s+$`) asks of a slice, without slicing and without trying the regex at every position.
// Offsets are into the whole text; `lo` is where the slice would start, so nothing before it is seen.
import { unitTest } from '../../ingest/unit-class.js';

/** `\s` at `at` (every white-space character is one UTF-16 unit). */
export const isSpaceAt = unitTest(/\s/u);
/** A class of characters a phrase must not follow: its test of one UTF-16 unit, and of a surrogate pair. */
export interface CharClass {
  unit: (text: string, at: number) => boolean;
  pair: RegExp;
}

export const LETTER: CharClass = { unit: unitTest(/\p{L}/u), pair: /^\p{L}$/u };
export const LETTER_OR_DIGIT: CharClass = { unit: unitTest(/[\p{L}\p{N}]/u), pair: /^[\p{L}\p{N}]$/u };

/**
 * Whether the code point that ends at `pos` is of `charClass` (a letter by default), as a look-behind
 * (`(?<!\p{L})`) on the slice from `lo` sees it.
 */
export function letterBefore(text: string, lo: number, pos: number, charClass: CharClass = LETTER): boolean {
  if (pos <= lo) return false;
  const low = text.charCodeAt(pos - 1);
  if (low >= 0xdc00 && low <= 0xdfff && pos - 2 >= lo) {
    const high = text.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return charClass.pair.test(text.slice(pos - 2, pos));
  }
  return charClass.unit(text, pos - 1);
}

/** Where the run of white space that ends at `to` starts (`to` itself when none), not before `lo`. */
export function spaceRunStart(text: string, lo: number, to: number): number {
  let i = to;
  while (i > lo && isSpaceAt(text, i - 1)) i--;
  return i;
}

/** A phrase as its words: a space between two words stands for any run of white space. */
export type TailPhrase = readonly string[];

export const tailPhrases = (phrases: readonly string[]): TailPhrase[] => phrases.map((p) => p.split(' '));

/**
 * Whether `text[lo, to)` ends with one of `phrases`, not right after a letter (or a character of `notAfter`), and then
 * white space: what `/(?<!\p{L})(?:phrase|…)\s+$/u` (each space of a phrase `\s+`) says of `text.slice(lo, to)`.
 * Phrases are words of letters, so each run of white space belongs whole to one gap and the reading backwards is the
 * only one.
 */
export function endsWithPhraseThenSpace(
  text: string,
  lo: number,
  to: number,
  phrases: readonly TailPhrase[],
  notAfter: CharClass = LETTER,
): boolean {
  const end = spaceRunStart(text, lo, to);
  return end < to && phraseEndsAt(text, lo, end, phrases, notAfter);
}

/**
 * Whether one of `phrases` ends at `end`, not right after a character of `notAfter` (nothing before `lo` seen). A
 * phrase given as one word with spaces in it (`['ban hành']`) is matched literally, single spaces and all.
 */
export function phraseEndsAt(
  text: string,
  lo: number,
  end: number,
  phrases: readonly TailPhrase[],
  notAfter: CharClass = LETTER,
): boolean {
  for (const words of phrases) {
    const start = phraseStartEndingAt(text, lo, end, words);
    if (start >= 0 && !letterBefore(text, lo, start, notAfter)) return true;
  }
  return false;
}

/** Where `words` (white space between them) start when they end at `end`, or -1. */
function phraseStartEndingAt(text: string, lo: number, end: number, words: TailPhrase): number {
  let at = end;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k];
    at -= word.length;
    if (at < lo || !text.startsWith(word, at)) return -1;
    if (k === 0) break;
    const gap = spaceRunStart(text, lo, at);
    if (gap === at) return -1;
    at = gap;
  }
  return at;
}
