// Which way is "more ambitious" for each unit of measure: a bigger share is better, a smaller rank is better.
import type { Unit } from '../schema.js';

export type BetterDirection = 'higher' | 'lower';

export const BETTER_DIRECTION: Record<Unit, BetterDirection> = {
  percent: 'higher',
  count: 'higher',
  score: 'higher',
  // `thuộc nhóm 20 tỉnh dẫn đầu` (lte 20) asks less than `nhóm 10` (lte 10).
  rank: 'lower',
  // `tăng 5 bậc`: places gained.
  'rank-change': 'higher',
};

/**
 * Rankings whose places are provinces (the DTI and its pillars, `rank.dti.*`). The national rank targets of the
 * others place Việt Nam among countries (EGDI, GCI, …): a province's place among provinces is no match for them.
 */
export const PROVINCIAL_RANKINGS: readonly string[] = ['rank.dti'];
