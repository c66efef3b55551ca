// Does a province aim lower than the nation? Compares the bound each target commits to, in the direction
// that counts as better for its unit (bigger share, smaller rank).
import type { Comparator, NationalTarget, Unit } from '../schema.js';
import { BETTER_DIRECTION, PROVINCIAL_RANKINGS } from './directions.js';

/** `lower`: the province commits to less than the national target; `not-comparable`: the bounds point apart. */
export type Verdict = 'lower' | 'same' | 'higher' | 'not-comparable';

export interface Aim {
  value: number;
  valueMax?: number;
  comparator: Comparator;
  unit: Unit;
}

/**
 * The least the target commits to, or null when it only caps the wrong side (`tối đa 30%` of a share states no
 * ambition). A range commits to its worse end.
 */
function committedBound(aim: Omit<Aim, 'unit'>, better: 'higher' | 'lower'): number | null {
  const { comparator, value, valueMax } = aim;
  if (comparator === 'range') return better === 'higher' ? value : (valueMax ?? value);
  if (comparator === 'eq' || comparator === 'approx') return value;
  const floor = comparator === 'gt' || comparator === 'gte';
  return floor === (better === 'higher') ? value : null;
}

/**
 * Equal values count as `same` whatever the strictness (`50%` beside a national `trên 50%`): news copy often drops
 * the `trên`, and a flag there would bury the real gaps.
 */
export function compareWithNational(province: Aim, national: NationalTarget): Verdict {
  const better = BETTER_DIRECTION[province.unit];
  const mine = committedBound(province, better);
  const theirs = committedBound(national, better);
  if (mine === null || theirs === null) return 'not-comparable';
  if (mine === theirs) return 'same';
  return (mine > theirs) === (better === 'higher') ? 'higher' : 'lower';
}

/** Whether a rank indicator ranks provinces, so that a national target for it can stand beside a province's. */
export function ranksProvinces(indicator: string): boolean {
  return PROVINCIAL_RANKINGS.some((id) => indicator === id || indicator.startsWith(`${id}.`));
}
