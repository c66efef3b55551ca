// Province gazetteer: finds province-level units named in a text and answers questions about them.
// STUB: the interface other modules code against; the provinces work fills it in.
import type { ProvinceEra } from '../output/schema.js';

export interface ProvinceUnit {
  code: string;
  /** Official name with diacritics, e.g. `Hưng Yên`, `Thành phố Hồ Chí Minh`. */
  name: string;
  era: ProvinceEra;
  /** Code of the 34-unit province the unit belongs to since 1 July 2025. */
  province2025: string;
}

export interface ProvinceMention {
  /** Offsets into the text searched (the view: NFC and canonical share offsets). */
  start: number;
  end: number;
  code: string;
  era: ProvinceEra;
}

/** Every province-level unit named in the text, traps excluded (`hòa bình` as a word, `Thái Bình Dương`, streets). */
export function findProvinceMentions(_nfc: string, _canonical: string, _era: ProvinceEra): ProvinceMention[] {
  return [];
}

export function provinceUnit(_code: string, _era: ProvinceEra): ProvinceUnit | undefined {
  return undefined;
}
