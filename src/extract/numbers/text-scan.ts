// Small, bounded look-arounds on the canonical view: which listed phrase ends or starts at a position, on word
// borders (`\b` does not know Vietnamese letters). Every scan is bounded, so a run of a million spaces costs nothing.
// Characters are read as UTF-16 codes: `text[i]` makes a new string for every character beyond Latin-1.
import { unitClass } from '../../ingest/unit-class.js';

const LETTER = /\p{L}/u;
const isLetterCode = unitClass((unit) => LETTER.test(unit));

/** Spaces a look-around will cross between words (`16,5 %`, `trên  50%`). */
const MAX_GAP = 3;

/** An ASCII digit, by its UTF-16 code (NaN, past the end of a text, is none). */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** ' ', tab, no-break, narrow no-break, thin and figure space. */
function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // One UTF-16 unit (what `text[i]` gives) is judged from the remembered verdicts, without a regex run.
  return ch.length === 1 ? isLetterCode(ch.charCodeAt(0)) : LETTER.test(ch);
}

/** Whether the UTF-16 unit at `at` is a letter (a surrogate half alone is not); false outside the text. */
function letterAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isLetterCode(text.charCodeAt(at));
}

/** Position after skipping at most a few inline spaces forward from `pos`. */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < MAX_GAP && isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

/** Position after skipping at most a few inline spaces backward from `pos` (exclusive end). */
export function skipSpacesBack(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && pos - p < MAX_GAP && isSpaceCode(text.charCodeAt(p - 1))) p--;
  return p;
}

/** Compares `text` at `start` with a phrase whose spaces stand for any one inline space. */
function matchesAt(text: string, start: number, phrase: string): boolean {
  if (start < 0 || start + phrase.length > text.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const want = phrase.charCodeAt(i);
    const got = text.charCodeAt(start + i);
    if (want === 0x20 ? !isSpaceCode(got) : got !== want) return false;
  }
  return true;
}

// Phrase lists indexed by the code of their last and of their first character, so a look-around only tries the
// phrases that can match the character it stands on.
const byLastChar = new WeakMap<readonly string[], Map<number, string[]>>();
const byFirstChar = new WeakMap<readonly string[], Map<number, string[]>>();

function indexed(cache: WeakMap<readonly string[], Map<number, string[]>>, phrases: readonly string[], last: boolean): Map<number, string[]> {
  let index = cache.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      const key = phrase.charCodeAt(last ? phrase.length - 1 : 0);
      index.set(key, [...(index.get(key) ?? []), phrase]);
    }
    cache.set(phrases, index);
  }
  return index;
}

/** The longest phrase of `phrases` that ends exactly at `end` and starts on a word border, with its start. */
export function phraseEndingAt(text: string, end: number, phrases: readonly string[]): { phrase: string; start: number } | null {
  let best: { phrase: string; start: number } | null = null;
  for (const phrase of indexed(byLastChar, phrases, true).get(text.charCodeAt(end - 1)) ?? []) {
    const start = end - phrase.length;
    if (best && phrase.length <= best.phrase.length) continue;
    if (!matchesAt(text, start, phrase)) continue;
    if (letterAt(phrase, 0) && letterAt(text, start - 1)) continue;
    best = { phrase, start };
  }
  return best;
}

/** The longest phrase of `phrases` that starts exactly at `start` and ends on a word border, with its end. */
export function phraseStartingAt(text: string, start: number, phrases: readonly string[]): { phrase: string; end: number } | null {
  let best: { phrase: string; end: number } | null = null;
  for (const phrase of indexed(byFirstChar, phrases, false).get(text.charCodeAt(start)) ?? []) {
    if (best && phrase.length <= best.phrase.length) continue;
    if (!matchesAt(text, start, phrase)) continue;
    const end = start + phrase.length;
    if (letterAt(phrase, phrase.length - 1) && letterAt(text, end)) continue;
    best = { phrase, end };
  }
  return best;
}

/** The phrase before `pos` across a few spaces (`trên 50%` seen from the `5`). */
export function phraseBefore(text: string, pos: number, phrases: readonly string[]): { phrase: string; start: number } | null {
  const end = skipSpacesBack(text, pos);
  return phraseEndingAt(text, end, phrases);
}

/** The phrase after `pos` across a few spaces (`50% trở lên` seen from after the `%`). */
export function phraseAfter(text: string, pos: number, phrases: readonly string[]): { phrase: string; end: number } | null {
  const start = skipSpaces(text, pos);
  return phraseStartingAt(text, start, phrases);
}
