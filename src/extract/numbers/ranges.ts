// Ranges: two quantities joined by a dash or `đến`/`tới`, the first taking the unit and scale of the second.
//
//   `45% - 55%`, `90%-93%`, `7,0 - 7,5%`, `từ 10- 20%`, `từ 80% đến 90%`, `15% đến 20%` → range, percent
//   `từ 2 đến 3 triệu tài khoản` → 2000000–3000000 plain
//   `50%, 60%` (a list), `90% - 10%` (falling) → not a range
//   `từ 20 đến 30 triệu đồng` → money at its far end, so no quantity at all (the finder drops the near end)
import { RANGE_JOINER_WORDS } from './lexicon.js';
import { phraseStartingAt, skipSpaces } from './text-scan.js';
import type { QuantityUnit } from './types.js';

export interface RangeEnd {
  numberStart: number;
  numberEnd: number;
  end: number;
  value: number;
  unit: QuantityUnit;
  /** Scale factor read after the number (1 when none). */
  scale: number;
  /** Whether anything but the number itself was read (a unit or scale word). */
  marked: boolean;
}

const DASHES = ['-', '–', '—'];

/** Whether only a dash or `đến`/`tới` stands between the first quantity's end and the second number. */
export function joined(canonical: string, firstEnd: number, secondStart: number): boolean {
  const at = skipSpaces(canonical, firstEnd);
  const joiner = phraseStartingAt(canonical, at, DASHES) ?? phraseStartingAt(canonical, at, RANGE_JOINER_WORDS);
  return joiner !== null && skipSpaces(canonical, joiner.end) === secondStart;
}

/**
 * The range `first … second` reads as, or null. The first end may be bare (`7,0 - 7,5%`) and then takes the second's
 * unit and scale; when both are marked their units must agree.
 */
export function readRange(canonical: string, first: RangeEnd, second: RangeEnd): { value: number; valueMax: number; unit: QuantityUnit } | null {
  if (!joined(canonical, first.end, second.numberStart)) return null;
  let value = first.value;
  if (first.marked) {
    if (first.unit !== second.unit) return null;
  } else {
    value = Number((value * second.scale).toPrecision(15));
  }
  if (value >= second.value) return null;
  return { value, valueMax: second.value, unit: second.unit };
}
