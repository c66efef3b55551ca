// Cleans the text of one block, keeping the map: every run of white space (NBSP, narrow NBSP, other space
// separators, tabs, line breaks inside a paragraph) becomes one plain space, zero-width characters and soft hyphens
// go, full-width digits and `％` become ASCII, the ends are trimmed, and the result is NFC.
import { toNfc } from './canonical.js';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';

// \s covers the Unicode space separators (NBSP, U+202F, U+2000–U+200A, U+3000), tabs and line ends.
const FOLDABLE = '[\\s\\u00ad\\u180e\\u200b-\\u200d\\u2060\\ufeff\\uff05\\uff10-\\uff19]';
// Runs to rewrite; a lone plain space between words (most of them) is left in the verbatim text.
const FOLDABLE_RUN = new RegExp(`${FOLDABLE}{2,}|(?! )${FOLDABLE}|^ | $`, 'gu');
// JavaScript's \s also matches U+FEFF, which is a zero-width no-break space (a BOM inside the text), not a space.
const SPACE = /(?!\ufeff)\s/u;
const FULL_WIDTH = /[\uff05\uff10-\uff19]/u;

/** The cleaned block text, mapped into the source `raw` is mapped into. */
export function cleanBlock(raw: MappedText): MappedText {
  const text = raw.text;
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
  for (const m of text.matchAll(FOLDABLE_RUN)) {
    const runStart = m.index;
    if (runStart > plainStart) {
      writeSpace();
      b.copy(text.slice(plainStart, runStart), plainStart);
    }
    const run = m[0];
    for (let k = 0; k < run.length; k++) {
      const c = run[k];
      const at = runStart + k;
      if (SPACE.test(c)) {
        space = space ? [space[0], at + 1] : [at, at + 1];
      } else if (FULL_WIDTH.test(c)) {
        writeSpace();
        b.replace(c === '\uff05' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0), at, at + 1);
      }
      // zero-width characters and soft hyphens: nothing written
    }
    plainStart = runStart + run.length;
  }
  if (text.length > plainStart) {
    writeSpace();
    b.copy(text.slice(plainStart), plainStart);
  }
  return toNfc(b.build().over(raw));
}
