// Maps a parser's decoded text back onto the raw source it was read from. Parsers (rehype, remark) give a node's
// decoded value and the raw range it spans; between the two lie entities (`&amp;`), backslash escapes (`\*`) and
// whitespace the parser dropped (a continuation line's indent). Walking both strings at once gives every decoded
// character its source: verbatim characters linearly, an entity or escape as a whole.
import { onFirstUse, requirePackage } from './lazy-module.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';

// The table of named entities, loaded with the first entity (only HTML and Markdown have them).
const namedEntities = onFirstUse(
  () => requirePackage<typeof import('decode-named-character-reference')>('decode-named-character-reference').decodeNamedCharacterReference,
);

const ENTITY = /^&(?:#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}))|([A-Za-z][A-Za-z0-9]{0,31}));?/;
const WHITESPACE = /\s/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Decodes the entity at the start of `raw`, or null: [decoded text, raw length]. */
export function entityAt(raw: string): [string, number] | null {
  const m = ENTITY.exec(raw);
  if (!m) return null;
  if (m[3]) {
    if (m[0].endsWith(';')) {
      const decoded = namedEntities()(m[3]);
      return decoded === false ? null : [decoded, m[0].length];
    }
    // HTML also decodes the legacy names without a semicolon (`&nbsp`, `&copy2024`): the longest name that is one.
    for (let length = m[3].length; length >= 2; length--) {
      const decoded = namedEntities()(m[3].slice(0, length));
      if (decoded !== false) return [decoded, 1 + length];
    }
    return null;
  }
  const code = m[1] ? parseInt(m[1], 16) : parseInt(m[2], 10);
  if (code > 0x10ffff) return ['\ufffd', m[0].length];
  // HTML maps the C1 range and NUL like Windows-1252; a replacement character is enough to keep the alignment.
  const decoded = code === 0 || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  return [decoded, m[0].length];
}

/**
 * The decoded `value` mapped into the source, where `raw` is the source text from offset `rawStart` that the parser
 * read `value` from. When the two cannot be aligned, the whole value maps to the whole raw range.
 */
export function alignDecoded(value: string, raw: string, rawStart: number): MappedText {
  if (value === raw) return new MappedTextBuilder().copy(value, rawStart).build();
  const b = new MappedTextBuilder();
  let v = 0;
  let r = 0;
  while (v < value.length) {
    if (r >= raw.length) return wholeRange(value, rawStart, raw.length);
    const vc = value[v];
    const rc = raw[r];
    if (rc === '&') {
      const entity = entityAt(raw.slice(r, r + 40));
      if (entity && value.startsWith(entity[0], v)) {
        b.replace(entity[0], rawStart + r, rawStart + r + entity[1]);
        v += entity[0].length;
        r += entity[1];
        continue;
      }
    }
    if (rc === '\\' && raw[r + 1] === vc && ESCAPABLE.test(vc)) {
      b.replace(vc, rawStart + r, rawStart + r + 2);
      v++;
      r += 2;
      continue;
    }
    if (vc === rc) {
      let run = 1;
      while (v + run < value.length && r + run < raw.length && value[v + run] === raw[r + run] && raw[r + run] !== '&' && raw[r + run] !== '\\') run++;
      b.copy(value.slice(v, v + run), rawStart + r);
      v += run;
      r += run;
      continue;
    }
    if (vc === '\n' && rc === '\r') {
      // Parsers turn CR and CRLF line ends into LF.
      const width = raw[r + 1] === '\n' ? 2 : 1;
      b.replace('\n', rawStart + r, rawStart + r + width);
      v++;
      r += width;
      continue;
    }
    if (WHITESPACE.test(rc) || rc === '>') {
      // Whitespace (or a blockquote marker) the parser dropped, e.g. the indent of a continuation line.
      r++;
      continue;
    }
    return wholeRange(value, rawStart, raw.length);
  }
  return b.build();
}

function wholeRange(value: string, rawStart: number, rawLength: number): MappedText {
  return new MappedTextBuilder().replace(value, rawStart, rawStart + rawLength).build();
}
