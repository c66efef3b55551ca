// Cleans the text of one block, keeping the map: every run of white space (NBSP, narrow NBSP, other space
// separators, tabs, line breaks inside a paragraph) becomes one plain space, zero-width characters and soft hyphens
// go, full-width digits and `％` become ASCII, the ends are trimmed, and the result is NFC.
import { toNfc } from './canonical.js';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';

// \s covers the Unicode space separators (NBSP, U+202F, U+2000–U+200A, U+3000), tabs and line ends.
const SPACE = /\s/u;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;
const FOLDABLE = /[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff\uff05\uff10-\uff19]/u;

/** The cleaned block text, mapped into the source `raw` is mapped into. */
export function cleanBlock(raw: MappedText): MappedText {
  const text = raw.text;
  const b = new MappedTextBuilder();
  let plainStart = 0;
  let pendingSpace = -1; // source-side (raw view) offset of a white-space run not yet written
  let pendingSpaceEnd = -1;
  const flushPlain = (end: number) => {
    if (end > plainStart) {
      if (pendingSpace >= 0 && b.size) {
        if (pendingSpaceEnd - pendingSpace === 1 && text[pendingSpace] === ' ') b.copy(' ', pendingSpace);
        else b.replace(' ', pendingSpace, pendingSpaceEnd);
      }
      pendingSpace = -1;
      b.copy(text.slice(plainStart, end), plainStart);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!FOLDABLE.test(c)) continue;
    flushPlain(i);
    plainStart = i + 1;
    if (SPACE.test(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      pendingSpaceEnd = i + 1;
    } else if (INVISIBLE.test(c)) {
      continue;
    } else {
      if (pendingSpace >= 0 && b.size) b.replace(' ', pendingSpace, pendingSpaceEnd);
      pendingSpace = -1;
      b.replace(c === '\uff05' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30), i, i + 1);
    }
  }
  flushPlain(text.length);
  return toNfc(b.build().over(raw));
}
