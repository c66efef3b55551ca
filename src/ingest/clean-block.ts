// Folds the white space of one block, keeping the map: every run of white space (NBSP, narrow NBSP, other space
// separators, tabs, line breaks inside a paragraph) becomes one plain space, zero-width characters and soft hyphens
// go, full-width digits and `％` become ASCII, and the ends are trimmed. (NFC comes after: see `cleanBlocks`.)
import { MAY_CHANGE_UNDER_NFC } from './canonical.js';
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

// Two plain spaces or a foldable other than a plain space: one scan finds both (two scans cost a third more).
const UNEVEN_FOLDABLE = new RegExp(` {2}|${FOLDABLE_BUT_SPACE.source}`, 'g');

/** The foldables other than a plain space that NFC could not change: every other one it could (a test checks). */
export const FOLDABLE_NFC_STABLE = /[\t\n\v\f\r\u00a0\u00ad]/;
// What the fold or NFC may change inside a block: nearly every block holds none, and one scan tells both.
const FOLD_OR_NFC_AT_WORK = new RegExp(` {2}|${FOLDABLE_NFC_STABLE.source}|${MAY_CHANGE_UNDER_NFC.source}`);

/**
 * Positions inside the runs to rewrite, in order: a space at the start, two plain spaces or a foldable other than a
 * plain space (one a run, the search going on after the run it found, so a long run is walked once), a space at the
 * end.
 */
function foldCandidates(text: string, inside: boolean): number[] {
  const at: number[] = [];
  if (text[0] === ' ') at.push(0);
  UNEVEN_FOLDABLE.lastIndex = 0;
  for (let m = inside ? UNEVEN_FOLDABLE.exec(text) : null; m; m = UNEVEN_FOLDABLE.exec(text)) {
    at.push(m.index);
    UNEVEN_FOLDABLE.lastIndex = foldableRunEnd(text, m.index);
  }
  if (text[text.length - 1] === ' ') at.push(text.length - 1);
  return at;
}

/** The end of the run of foldable characters that holds position `i`. */
function foldableRunEnd(text: string, i: number): number {
  let end = i + 1;
  while (end < text.length && isFoldable(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The runs of foldable characters to rewrite, as [start, end) pairs: every run of two or more, and a lone one
 * unless it is a plain space between words (most of them, left in the verbatim text). Each such run holds one of
 * the few candidates cheap scans find, and is grown from it. `inside` false: the text is known to hold no run to
 * rewrite but at its ends.
 */
function foldableRuns(text: string, inside: boolean): number[] {
  const runs: number[] = [];
  let covered = 0;
  for (const at of foldCandidates(text, inside)) {
    if (at < covered) continue;
    let start = at;
    while (start > 0 && isFoldable(text.charCodeAt(start - 1))) start--;
    covered = foldableRunEnd(text, at);
    runs.push(start, covered);
  }
  return runs;
}

/**
 * The block text with its white space folded, and whether it is NFC as it stands (no character of it could change
 * under NFC).
 */
export function foldBlock(raw: MappedText): { folded: MappedText; nfcStable: boolean } {
  if (!FOLD_OR_NFC_AT_WORK.test(raw.text)) return { folded: foldSpaces(raw, false), nfcStable: true };
  const folded = foldSpaces(raw, true);
  return { folded, nfcStable: !MAY_CHANGE_UNDER_NFC.test(folded.text) };
}

/** The block text with its white space folded, mapped into the source `raw` is mapped into. */
function foldSpaces(raw: MappedText, inside: boolean): MappedText {
  const text = raw.text;
  const runs = foldableRuns(text, inside);
  if (!runs.length) return raw;
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
  return b.build().over(raw);
}
