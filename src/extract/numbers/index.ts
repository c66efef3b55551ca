// Numbers: every quantity in a text with its unit cue and comparator, Vietnamese style (decimal comma, dot
// thousands, `triệu`/`nghìn`/`tỷ`, `%`/`phần trăm`, ranges), and the numbers that are not quantities left out.
// STUB: the interface the figure rules code against; the numbers work fills it in.

export type QuantityUnit = 'percent' | 'plain' | 'score';

export interface Quantity {
  /** Offsets into the text searched: the whole quantity, comparator and unit word included. */
  start: number;
  end: number;
  /** Offsets of the number itself (the first number of a range). */
  numberStart: number;
  numberEnd: number;
  value: number;
  /** Upper end of a range (`45% - 55%`, `từ 80% đến 90%`). */
  valueMax?: number;
  /** `percent` for `%`/`phần trăm`; `score` for `điểm`; `plain` for a bare number (count, rank). */
  unit: QuantityUnit;
  comparator: 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx' | 'range';
  /** The words after a plain number that say what it counts (`doanh nghiệp`, `triệu tài khoản`), if any. */
  counted?: string;
}

/**
 * Finds the quantities in `nfc` (the NFC view; `canonical` is the same-length canonical view). Years, dates,
 * document numbers, versions (`4.0`), `4G/5G`, `mức độ 3,4`, fractions of plan indicators, phone numbers are not
 * quantities.
 */
export function findQuantities(_nfc: string, _canonical: string): Quantity[] {
  return [];
}
