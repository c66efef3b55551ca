// The quantity the finder hands to the figure rules, and the pieces it is built from.

export type QuantityUnit = 'percent' | 'plain' | 'score';

export type QuantityComparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx' | 'range';

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
  comparator: QuantityComparator;
  /**
   * The words after a plain number that say what it counts, as written, scale word excluded (`doanh nghiệp` for
   * `300 doanh nghiệp`, `giao dịch` for `533 triệu giao dịch`), if any.
   */
  counted?: string;
  /** A ranking place: `xếp thứ 5`, `xếp hạng 25/63`, `nhóm 15 tỉnh`, `top 10`. */
  rank?: boolean;
  /** The field a rank is out of: 63 in `xếp hạng 25/63`. */
  outOf?: number;
}

/** A number as written, before any unit is attached. Offsets are into the searched text. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** How it was written: `16,5` decimal, `10.000` grouped, `2025` integer, `hai mươi` words. */
  form: 'integer' | 'decimal' | 'grouped' | 'words';
  /** Written with a leading zero and more digits (`02`, `0912`): a padded date part, a code or a phone. */
  zeroPadded: boolean;
}
