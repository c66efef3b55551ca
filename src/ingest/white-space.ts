// Folding white space in a string already read: `text.replace(/\s+/gu, ' ')` builds a new string every time, even
// for the phrase hits, titles and lines that, nearly always, hold nothing but single plain spaces.

/** Two white-space characters in a row, or one that is not a plain space: what a fold would change. */
const UNEVEN_SPACE = /\s\s|[^\S ]/u;

/** Every run of white space one plain space, as `text.replace(/\s+/gu, ' ')`; `text` itself when nothing changes. */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text;
}

/**
 * Whether each run of `isGap` characters in `text` is one plain space between two other characters, so that folding
 * every run to a space and trimming would change nothing. False at a surrogate: a caller whose classes must see code
 * points whole then folds the text itself.
 */
export function isEvenlySpaced(text: string, isGap: (text: string, at: number) => boolean): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if (!isGap(text, i)) continue;
    if (code !== 0x20 || i === 0 || i === last || isGap(text, i + 1)) return false;
  }
  return true;
}

/**
 * `text` with every run of `isGap` characters one plain space and the ends trimmed: what `text.replace(/[gap]+/gu,
 * ' ').trim()` gives for a gap class that holds all white space, built from slices rather than by a regex over
 * property classes. Null at a surrogate: a caller whose classes must see code points whole then folds by its regex.
 */
export function foldedGaps(text: string, isGap: (text: string, at: number) => boolean): string | null {
  let out = '';
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isGap(text, i)) i++;
    const start = i;
    for (; i < text.length && !isGap(text, i); i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return null;
    }
    if (i > start) out += out ? ` ${text.slice(start, i)}` : text.slice(start, i);
  }
  return out;
}
