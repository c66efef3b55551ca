// Unit attachment: what follows a number — a scale word, then `%`/`phần trăm`, `điểm`, or a currency.
//
//   `533 triệu giao dịch` → 533000000 plain      `84,7 triệu` → 84700000 plain
//   `16,5%`, `16,5 %`, `16,5\u00a0%`, `16,5％`, `16,5 phần trăm` → 16.5 percent
//   `0,71 điểm` → 0.71 score                      `3 điểm cầu` → 3 plain (a place, not a score)
//   `2.000 tỷ đồng`, `5 triệu USD` → money (not a figure)
import { MONEY_AFTER, NOT_SCALE_AFTER, PERCENT_WORDS, SCALE_WORDS, SCORE_COMPOUND_AFTER, SCORE_WORD } from './lexicon.js';
import { phraseAfter, phraseStartingAt, skipSpaces } from './text-scan.js';
import type { NumberToken, QuantityUnit } from './types.js';

export interface UnitReading {
  value: number;
  unit: QuantityUnit;
  /** The factor of the scale words read (`triệu` 1e6), 1 when none. */
  scale: number;
  /** The number is an amount of money. */
  money: boolean;
  /** End of the unit word, or of the scale word, or of the number. */
  end: number;
}

const SCALE_LIST = Object.keys(SCALE_WORDS);
const PERCENT_SIGNS = ['%', '％'];
const SCORE_WORDS = [SCORE_WORD];
/** Longest chain of scale words read (`nghìn tỷ`). */
const MAX_SCALE_CHAIN = 2;

export function attachUnit(canonical: string, token: NumberToken): UnitReading {
  let scale = 1;
  let end = token.end;
  for (let i = 0; i < MAX_SCALE_CHAIN; i++) {
    const found = phraseAfter(canonical, end, SCALE_LIST);
    if (!found || phraseAfter(canonical, found.end, NOT_SCALE_AFTER)) break;
    scale *= SCALE_WORDS[found.phrase];
    end = found.end;
  }
  const value = roundedToPrecision(token.value * scale);

  const sign = phraseStartingAt(canonical, skipSpaces(canonical, end), PERCENT_SIGNS);
  const percent = sign ?? phraseAfter(canonical, end, PERCENT_WORDS);
  if (percent) return { value, unit: 'percent', scale, money: false, end: percent.end };

  const score = phraseAfter(canonical, end, SCORE_WORDS);
  if (score && !phraseAfter(canonical, score.end, SCORE_COMPOUND_AFTER)) {
    return { value, unit: 'score', scale, money: false, end: score.end };
  }

  const money = phraseAfter(canonical, end, MONEY_AFTER);
  if (money) return { value, unit: 'plain', scale, money: true, end: money.end };
  return { value, unit: 'plain', scale, money: false, end };
}

// The product rounded to 15 significant digits (`0,7 triệu` is 700000, not 699999.9999999999). An integer of up to
// 15 digits is its own rounding, and most numbers in a text are such: they skip the costly trip through a string.
function roundedToPrecision(x: number): number {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? x : Number(x.toPrecision(15));
}
