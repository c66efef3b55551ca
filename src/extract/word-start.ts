// Scans for matches that must not follow a letter (or digit): what a leading `(?<!\p{L})` says, checked in code. V8
// tries a leading look-behind at every position of the text, which makes it the costliest part of a scan; without
// it, the regex skips ahead to the characters a match can start with, and only its matches are checked.
import { unitClass } from '../ingest/unit-class.js';

/** A letter or a digit: the class a word (or a phrase) must not follow. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Each character class's verdicts, remembered per UTF-16 unit. */
const verdicts = new WeakMap<RegExp, (code: number) => boolean>();

/** Whether the code point that ends at `pos` in `s` is of `charClass` (a one-character regex); false at the start. */
export function precededBy(charClass: RegExp, s: string, pos: number): boolean {
  if (pos === 0) return false;
  const c = s.charCodeAt(pos - 1);
  // A surrogate pair is one code point, tested whole; any other unit (a lone surrogate too) is tested alone.
  if (c >= 0xdc00 && c <= 0xdfff && pos >= 2) {
    const high = s.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return charClass.test(s.slice(pos - 2, pos));
  }
  let isOfClass = verdicts.get(charClass);
  if (!isOfClass) verdicts.set(charClass, (isOfClass = unitClass((unit) => charClass.test(unit))));
  return isOfClass(c);
}

/**
 * Every match of `re` (global, never empty) in `s` that does not follow a character of `charClass`, in order: the
 * matches of `(?<!charClass)` + `re`. A match that follows one is retried one character on, as the look-behind would.
 */
export function matchesNotAfter(re: RegExp, charClass: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (precededBy(charClass, s, m.index)) re.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

/**
 * The first match of `re` (global, never empty) in `s` that does not follow a character of `charClass`: the match of
 * `(?<!charClass)` + `re`. A match that follows one is retried one character on, as the look-behind would be.
 */
export function firstMatchNotAfter(re: RegExp, charClass: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!precededBy(charClass, s, m.index)) {
      re.lastIndex = 0;
      return m;
    }
    re.lastIndex = m.index + 1;
  }
  return null;
}
