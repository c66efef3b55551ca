// Sorted spans: lookups by position in lists sorted by start, so rules that ask "what lies in this clause" for every
// figure stay near-linear on long texts. The binary search is the instruments' (one helper for the extract stage).
import { firstAtOrAfter } from './instruments/spans.js';

export { firstAtOrAfter };

/** The spans that lie wholly inside [from, to), from a list sorted by start. */
export function spansWithin<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}
