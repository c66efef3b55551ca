// `lần lượt`, `tương ứng`: the values after the cue pair off, in order, with what is listed before it (metrics,
// levels, provinces). Figures, metrics and owners all look for it between a sentence's start and its figures.
const RESPECTIVELY = /(?<!\p{L})(?:lần lượt|tương ứng)(?!\p{L})/u;

/**
 * The first cue in `canon` between `from` and `to`, its index into that slice; null when there is none. Most clauses
 * hold neither word: a literal test spares them the look-behind scan.
 */
export function respectiveCue(canon: string, from: number, to: number): RegExpExecArray | null {
  const clause = canon.slice(from, to);
  if (!clause.includes('lần lượt') && !clause.includes('tương ứng')) return null;
  return RESPECTIVELY.exec(clause);
}
