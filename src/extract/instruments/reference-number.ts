// Document numbers after an instrument noun: `số 09-NQ/TU`, `186/KH-UBND`, `749/QĐ-TTg`, `68/2026/NĐ-CP`, bare `54`.
// The codes after the number name the type (`NQ`, `KH`) and the issuer (`TU`, `UBND`, `TTg`). After `số` the number
// may stand on the next line (a wrapped line of a copied document).
import type { InstrumentType, Issuer } from '../../output/schema.js';
import { MINISTRY_CODE, NUMBER_ISSUER_CODES } from './issuer-names.js';
import { TYPE_NOUNS } from './type-nouns.js';

export interface ReferenceNumber {
  /** As written, spaces removed: `09-NQ/TU`. */
  text: string;
  /** The leading number without zeros: `9`, the key two mentions of one instrument share. */
  key: string;
  start: number;
  end: number;
  type: InstrumentType | null;
  issuer: Issuer | null;
}

const NUMBER = /[ \t]*(?:[Ss]ố\s{0,3}:?\s{0,3})?(\d{1,5})((?:[ \t]?\/[ \t]?(?:19|20)\d\d)?(?:[ \t]?[-/][ \t]?[A-ZĐ][A-Za-zĐđƯư]{0,7}){1,3})?(?![\p{L}\p{N}%]|[/.,]\d)/uy;
const TYPE_BY_ABBREVIATION = new Map(TYPE_NOUNS.map((t) => [t.abbreviation.toUpperCase(), t.type]));

/** The number written at `at` in the NFC view (right after an instrument noun), or null. */
export function readNumberAt(text: string, at: number): ReferenceNumber | null {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  if (!m) return null;
  const digits = m[1];
  const codes = m[2] ?? '';
  const value = Number(digits);
  // A year is no document number (`Kế hoạch 2025`), nor is a figure.
  if (!codes && value >= 1900 && value <= 2100) return null;
  const start = at + m[0].indexOf(digits);
  let type: InstrumentType | null = null;
  let issuer: Issuer | null = null;
  for (const code of codes.split(/[-/]/u).map((c) => c.trim()).filter((c) => c && !/^\d+$/u.test(c))) {
    const asType = TYPE_BY_ABBREVIATION.get(code.toUpperCase());
    if (asType && !type) type = asType;
    else issuer ??= issuerOfCode(code);
  }
  return { text: (digits + codes).replace(/[ \t]/gu, ''), key: String(value), start, end: at + m[0].length, type, issuer };
}

function issuerOfCode(code: string): Issuer | null {
  if (code in NUMBER_ISSUER_CODES) return NUMBER_ISSUER_CODES[code];
  if (/^QH\d*$/u.test(code)) return 'quoc-hoi';
  return MINISTRY_CODE.test(code) ? 'bo' : null;
}
