// The years an instrument runs to, from the year phrases of its title: `đến năm 2025, định hướng đến năm 2030` →
// [2025, 2030]; `giai đoạn 2021 – 2025, tầm nhìn đến năm 2030` → [2025, 2030]; `Kế hoạch … năm 2024` → [2024].
import type { YearMention, YearRole } from '../years.js';
import { firstAtOrAfter } from '../spans.js';

const HORIZON_ROLES: ReadonlySet<YearRole> = new Set<YearRole>(['deadline', 'period', 'vision', 'plain', 'bare']);

export interface Horizon {
  years: number[];
  /** Where the last year phrase ends: the title runs through it. Null when the title names no year. */
  end: number | null;
}

/** Between two year phrases of one horizon there is only a comma, a dash or `và`. */
const JOINER = /^[\s,;–—-]*(?:và\s*)?$/u;

/**
 * The horizon in canonical `text` between `from` and `to` (a title window): the first year phrase and those joined to
 * it (`đến năm 2025, định hướng đến năm 2030`); a later target year (`…, một số mục tiêu chính đến năm 2025`) is not.
 */
export function horizonBetween(text: string, years: readonly YearMention[], from: number, to: number): Horizon {
  const chain: YearMention[] = [];
  for (let k = firstAtOrAfter(years, from); k < years.length && years[k].start < to; k++) {
    const y = years[k];
    if (y.end > to || !HORIZON_ROLES.has(y.role)) continue;
    if (chain.length && !JOINER.test(text.slice(chain[chain.length - 1].end, y.start))) break;
    chain.push(y);
  }
  if (!chain.length) return { years: [], end: null };
  const distinct: number[] = [];
  for (const y of chain) if (!distinct.includes(y.year)) distinct.push(y.year);
  // Sorting costs a call setup even for one year, the usual horizon.
  if (distinct.length > 1) distinct.sort((a, b) => a - b);
  return { years: distinct, end: chain[chain.length - 1].end };
}
