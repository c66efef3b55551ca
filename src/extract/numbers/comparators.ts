// Comparators: the words right before or after a quantity that bound it. They must touch the number (only `mức`
// may sit between: `ở mức trên 80%`), never merely share its clause.
//
//   `trên 50%`, `hơn 300 doanh nghiệp`, `vượt 20%` → gt       `tối thiểu 30%`, `ít nhất 80%`, `không dưới 50%` → gte
//   `chiếm từ 20%` (no range end), `tối thiểu từ 30%`, `từ 50% trở lên`, `50% trở lên` → gte
//   `dưới 5%` → lt        `tối đa 10%`, `không quá 10%` → lte        `khoảng 60%`, `gần 3,1 triệu`, `xấp xỉ 70%` → approx
//   `thuộc nhóm 15 tỉnh`, `top 10` → lte (a rank)                  `tăng từ 30% lên 50%` → eq (a starting point)
import { COMPARATOR_CHAIN_FILLERS, COMPARATORS_AFTER, COMPARATORS_BEFORE } from './lexicon.js';
import { phraseAfter, phraseBefore } from './text-scan.js';
import type { Quantity, QuantityComparator } from './types.js';

const BEFORE_WORDS = COMPARATORS_BEFORE.map((c) => c.words);
const AFTER_WORDS = COMPARATORS_AFTER.map((c) => c.words);
const CHAIN_WORDS = [...BEFORE_WORDS, ...COMPARATOR_CHAIN_FILLERS];
const BEFORE_BY_WORDS = new Map(COMPARATORS_BEFORE.map((c) => [c.words, c]));
const AFTER_BY_WORDS = new Map(COMPARATORS_AFTER.map((c) => [c.words, c.comparator]));
/** Comparator words read in one chain (`ở mức tối thiểu từ`). */
const MAX_CHAIN = 3;
/** Words after `từ X` that make X a starting point of a change, not a lower bound. */
const CHANGE_TARGET = ['lên', 'xuống', 'lên mức', 'xuống mức'];

export interface ComparatorBefore {
  comparator: QuantityComparator;
  /** Start of the first comparator word. */
  start: number;
  /** The words read, closest first (`từ`, `tối thiểu`). */
  words: string[];
  /** A word that makes the number a ranking place was read (`nhóm`, `top`). */
  rank: boolean;
}

/** The comparator written right before the number at `numberStart`, if any. */
export function comparatorBefore(canonical: string, numberStart: number): ComparatorBefore | null {
  let pos = numberStart;
  let result: ComparatorBefore | null = null;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const found = phraseBefore(canonical, pos, CHAIN_WORDS);
    if (!found) break;
    pos = found.start;
    const word = BEFORE_BY_WORDS.get(found.phrase);
    if (!word) continue;
    if (!result) result = { comparator: word.comparator, start: pos, words: [found.phrase], rank: word.rank === true };
    else {
      // The closest word decides, except a bare `từ`, which yields to a stronger word before it.
      if (result.words.every((w) => w === 'từ')) result.comparator = word.comparator;
      result.start = pos;
      result.words.push(found.phrase);
      result.rank ||= word.rank === true;
    }
  }
  return result;
}

/** The comparator written right after a quantity ending at `end` (`trở lên`), with its end. */
export function comparatorAfter(canonical: string, end: number): { comparator: QuantityComparator; end: number } | null {
  const found = phraseAfter(canonical, end, AFTER_WORDS);
  return found ? { comparator: AFTER_BY_WORDS.get(found.phrase)!, end: found.end } : null;
}

/** Whether a quantity ending at `end` is the start of a change (`từ 30% lên 50%`). */
export function startsAChange(canonical: string, end: number): boolean {
  return phraseAfter(canonical, end, CHANGE_TARGET) !== null;
}

// What may stand between two quantities of a list that share the first one's comparator: a parenthesis (`tối thiểu
// 50% (năm 2025) và 80% (năm 2030)`) and a comma or `và`/`hoặc`.
const LIST_GAP = /^[ \u00a0]{0,3}(?:\([^()\n]{0,40}\)[ \u00a0]{0,3})?(?:,|và|hoặc)[ \u00a0]{0,3}$/u;
const MAX_LIST_GAP = 60;

/** Gives a bare list item the comparator of the item before it: `tối thiểu 50% và 80%` → both gte. */
export function shareComparators(canonical: string, quantities: Quantity[]): Quantity[] {
  for (let i = 1; i < quantities.length; i++) {
    const prev = quantities[i - 1];
    const cur = quantities[i];
    if (cur.comparator !== 'eq' || prev.comparator === 'eq' || prev.comparator === 'range' || prev.unit !== cur.unit) continue;
    if (cur.start - prev.end > MAX_LIST_GAP || !LIST_GAP.test(canonical.slice(prev.end, cur.start))) continue;
    cur.comparator = prev.comparator;
  }
  return quantities;
}
