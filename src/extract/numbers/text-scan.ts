// Small, bounded look-arounds on the canonical view: which listed phrase ends or starts at a position, on word
// borders (`\b` does not know Vietnamese letters). Every scan is bounded, so a run of a million spaces costs nothing.

const LETTER = /\p{L}/u;

/** Spaces a look-around will cross between words (`16,5 %`, `trên  50%`). */
const MAX_GAP = 3;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007';
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Position after skipping at most a few inline spaces forward from `pos`. */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < MAX_GAP && isSpace(text[p])) p++;
  return p;
}

/** Position after skipping at most a few inline spaces backward from `pos` (exclusive end). */
export function skipSpacesBack(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && pos - p < MAX_GAP && isSpace(text[p - 1])) p--;
  return p;
}

/** Compares `text` at `start` with a phrase whose spaces stand for any one inline space. */
function matchesAt(text: string, start: number, phrase: string): boolean {
  if (start < 0 || start + phrase.length > text.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const want = phrase[i];
    const got = text[start + i];
    if (want === ' ' ? !isSpace(got) : got !== want) return false;
  }
  return true;
}

// Phrase lists indexed by their last and by their first character, so a look-around only tries the phrases that
// can match the character it stands on.
const byLastChar = new WeakMap<readonly string[], Map<string, string[]>>();
const byFirstChar = new WeakMap<readonly string[], Map<string, string[]>>();

function indexed(cache: WeakMap<readonly string[], Map<string, string[]>>, phrases: readonly string[], last: boolean): Map<string, string[]> {
  let index = cache.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      const key = last ? phrase[phrase.length - 1] : phrase[0];
      index.set(key, [...(index.get(key) ?? []), phrase]);
    }
    cache.set(phrases, index);
  }
  return index;
}

/** The longest phrase of `phrases` that ends exactly at `end` and starts on a word border, with its start. */
export function phraseEndingAt(text: string, end: number, phrases: readonly string[]): { phrase: string; start: number } | null {
  let best: { phrase: string; start: number } | null = null;
  for (const phrase of indexed(byLastChar, phrases, true).get(text[end - 1]) ?? []) {
    const start = end - phrase.length;
    if (best && phrase.length <= best.phrase.length) continue;
    if (!matchesAt(text, start, phrase)) continue;
    if (isLetter(phrase[0]) && isLetter(text[start - 1])) continue;
    best = { phrase, start };
  }
  return best;
}

/** The longest phrase of `phrases` that starts exactly at `start` and ends on a word border, with its end. */
export function phraseStartingAt(text: string, start: number, phrases: readonly string[]): { phrase: string; end: number } | null {
  let best: { phrase: string; end: number } | null = null;
  for (const phrase of indexed(byFirstChar, phrases, false).get(text[start]) ?? []) {
    if (best && phrase.length <= best.phrase.length) continue;
    if (!matchesAt(text, start, phrase)) continue;
    const end = start + phrase.length;
    if (isLetter(phrase[phrase.length - 1]) && isLetter(text[end])) continue;
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
