// Tests of short windows (the words before a name or a year) against patterns that must not follow a letter: the
// boundary a leading `(?<!…)` states is checked in code on the few matches, since V8 tries a leading look-behind at
// every position and, on these windows, that costs several times the rest of the test (see word-start.ts).
import { phraseRegex } from './phrases.js';
import { precededBy } from './word-start.js';

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

/** What every `phraseRegex` opens with, and the class `firstMatchNotAfter` checks in its place. */
const PHRASE_WORD_START = '(?<![\\p{L}\\p{N}])';
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The source of `phraseRegex(words)` without its leading word-start look-behind: test it with `LETTER_OR_DIGIT`. */
export function phraseBody(words: readonly string[]): string {
  const source = phraseRegex(words, 'u').source;
  if (!source.startsWith(PHRASE_WORD_START)) throw new Error(`phrase regex without its word start: ${source}`);
  return source.slice(PHRASE_WORD_START.length);
}
