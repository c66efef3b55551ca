// Sorted spans: lookups by position in lists sorted by start, so rules that ask "what lies in this clause" for every
// figure stay near-linear on long texts.

export interface Positioned {
  start: number;
}

/** Index of the first element whose start is at or after `pos` in a list sorted by start. */
export function lowerBound(list: readonly Positioned[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans that lie wholly inside [from, to), from a list sorted by start. */
export function spansWithin<T extends Positioned & { end: number }>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}
