// The nouns that name an instrument, and the abbreviations its number carries (`09-NQ/TU`, `186/KH-UBND`).
import type { InstrumentType } from '../../output/schema.js';

export interface TypeNoun {
  type: InstrumentType;
  /** The noun as written in running text, lower case. */
  noun: string;
  /** The abbreviation used inside document numbers, as written. */
  abbreviation: string;
}

export const TYPE_NOUNS: readonly TypeNoun[] = [
  { type: 'nghi-quyet', noun: 'nghị quyết', abbreviation: 'NQ' },
  { type: 'ke-hoach', noun: 'kế hoạch', abbreviation: 'KH' },
  { type: 'chuong-trinh', noun: 'chương trình', abbreviation: 'CTr' },
  { type: 'de-an', noun: 'đề án', abbreviation: 'ĐA' },
  { type: 'quyet-dinh', noun: 'quyết định', abbreviation: 'QĐ' },
  { type: 'chien-luoc', noun: 'chiến lược', abbreviation: 'CL' },
  { type: 'chi-thi', noun: 'chỉ thị', abbreviation: 'CT' },
];
