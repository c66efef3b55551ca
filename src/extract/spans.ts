// Sorted spans: lookups by position in lists sorted by start (nouns, provinces, blocks, events), by binary search, so
// rules that ask "what lies in this clause" for every figure or instrument stay near-linear on long texts.

/** Index of the first span that starts at or after `pos` (`list.length` when none). */
export function firstAtOrAfter(list: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans that start in [from, to), in order. */
export function startingIn<T extends { start: number }>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length && list[i].start < to; i++) out.push(list[i]);
  return out;
}

/** The spans that lie wholly inside [from, to), from a list sorted by start. */
export function spansWithin<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}
