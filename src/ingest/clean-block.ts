// Cleans the text of one block, keeping the map: every run of white space (NBSP, narrow NBSP, other space
// separators, tabs, line breaks inside a paragraph) becomes one plain space, zero-width characters and soft hyphens
// go, full-width digits and `％` become ASCII, the ends are trimmed, and the result is NFC.
import { toNfc } from './canonical.js';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';
import { unitClass } from './unit-class.js';

// \s covers the Unicode space separators (NBSP, U+202F, U+2000–U+200A, U+3000), tabs and line ends.
export const FOLDABLE = /^[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff\uff05\uff10-\uff19]$/u;
const isFoldable = unitClass((c) => FOLDABLE.test(c));
// JavaScript's \s also matches U+FEFF, which is a zero-width no-break space (a BOM inside the text), not a space.
const SPACE = /(?!\ufeff)\s/u;
const FULL_WIDTH = /[\uff05\uff10-\uff19]/u;

// The foldable characters other than the plain space, in one plain class (a test checks it against FOLDABLE).
export const FOLDABLE_BUT_SPACE =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u00ad\u180e\u200b-\u200d\u2060\uff05\uff10-\uff19]/;

/** True when `text` has something to fold: most blocks are words between lone plain spaces, and cost three scans. */
function needsFolding(text: string): boolean {
  return text[0] === ' ' || text[text.length - 1] === ' ' || text.includes('  ') || FOLDABLE_BUT_SPACE.test(text);
}

/**
 * The runs of foldable characters to rewrite, as [start, end) pairs: every run of two or more, and a lone one
 * unless it is a plain space between words (most of them, left in the verbatim text).
 */
function foldableRuns(text: string): number[] {
  const runs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isFoldable(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isFoldable(text.charCodeAt(end))) end++;
    if (end - i > 1 || text[i] !== ' ' || i === 0 || end === text.length) runs.push(i, end);
    i = end;
  }
  return runs;
}

/** The cleaned block text, mapped into the source `raw` is mapped into. */
export function cleanBlock(raw: MappedText): MappedText {
  const text = raw.text;
  if (!needsFolding(text)) return toNfc(raw);
  const b = new MappedTextBuilder();
  let plainStart = 0;
  let space: [number, number] | null = null; // a white-space run not yet written: written only before more text
  const writeSpace = () => {
    if (space && b.size) {
      const [start, end] = space;
      if (end - start === 1 && text[start] === ' ') b.copy(' ', start);
      else b.replace(' ', start, end);
    }
    space = null;
  };
  const runs = foldableRuns(text);
  for (let r = 0; r < runs.length; r += 2) {
    const runStart = runs[r];
    const runEnd = runs[r + 1];
    if (runStart > plainStart) {
      writeSpace();
      b.copy(text.slice(plainStart, runStart), plainStart);
    }
    for (let at = runStart; at < runEnd; at++) {
      const c = text[at];
      if (SPACE.test(c)) {
        space = space ? [space[0], at + 1] : [at, at + 1];
      } else if (FULL_WIDTH.test(c)) {
        writeSpace();
        b.replace(c === '\uff05' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0), at, at + 1);
      }
      // zero-width characters and soft hyphens: nothing written
    }
    plainStart = runEnd;
  }
  if (text.length > plainStart) {
    writeSpace();
    b.copy(text.slice(plainStart), plainStart);
  }
  return toNfc(b.build().over(raw));
}
