// Measures: the quantities the numbers finder reads, as figure values (percent, count, rank, score), plus the
// ranking phrases it leaves to us: `tăng 4 hạng` (a change of rank), `1 trong 20 địa phương` (rank ≤ 20) and a
// leading place with no digit (`đứng đầu cả nước` = rank 1).
import type { Unit } from '../output/schema.js';
import type { FigureCandidate } from './types.js';
import { findQuantities, type Quantity } from './numbers/index.js';
import { matchesNotAfter } from './word-start.js';

/** A figure's value fields; its span is the quantity's, comparator and unit word included. */
export interface Measure extends Pick<FigureCandidate, 'start' | 'end' | 'value' | 'valueMax' | 'unit' | 'comparator'> {
  /** For a count: the words after the number that say what it counts. */
  counted?: string;
  trace: string[];
}

// Leading look-behinds are checked by `matchesNotAfter` (word-start.ts), as the character class before the regex.
const LETTER = /\p{L}/u;
const RANK_CHANGE = /(tăng|giảm|tụt|lên)\s{1,3}(\d{1,2})\s{1,3}(?:bậc|hạng)(?!\p{L})/gu;
// A plain alternation of literals: one scan, faster than a search for each word.
const RANK_CHANGE_WORD = /bậc|hạng/;
const ONE_OF_GROUP_NOT_AFTER = /[\p{L}\p{N},.]/u;
const ONE_OF_GROUP = /(?:là\s+)?1\s{1,3}trong\s{1,3}(?:số\s{1,3})?(\d{1,2})(?=\s{1,3}(?:tỉnh|địa phương|thành phố|đơn vị))/gu;
const ONE_OF_GROUP_CORE = /1\s{1,3}trong\s/u;
const LEADER = /(?:đứng đầu|dẫn đầu|xếp thứ nhất|vị trí thứ nhất|vị trí số 1)(?:\s+(?:cả nước|toàn quốc))?(?!\p{L})/gu;
// A leading place inside a group (`nhóm dẫn đầu`, `nhóm 5 tỉnh dẫn đầu`, `một trong những tỉnh dẫn đầu`) is no rank.
const GROUP_BEFORE = /(?:nhóm|top|tốp|trong số|một trong|những|các|đi đầu|\d\s+(?:tỉnh|địa phương|thành phố))[^;.]{0,40}$/u;
const DIGIT_AT_END = /\d\s*$/u;
const NATION_AT_END = /(?:cả nước|toàn quốc)$/u;
const LEADER_OF_WHAT = /^\s*(?:cả nước|toàn quốc|về|trong|là)(?!\p{L})/u;

/** Every measure in the view text: quantities as figure values, and the ranking phrases. */
export function findMeasures(text: string, canon: string): Measure[] {
  const quantities = findQuantities(text, canon);
  const extra = rankPhrases(canon);
  const covered = (q: Quantity) => extra.some((m) => q.numberStart >= m.start && q.numberEnd <= m.end);
  const fromQuantities = quantities.filter((q) => !covered(q)).map(toMeasure);
  return [...fromQuantities, ...extra].sort((a, b) => a.start - b.start);
}

function toMeasure(q: Quantity): Measure {
  const unit: Unit = q.unit === 'percent' ? 'percent' : q.unit === 'score' ? 'score' : q.rank ? 'rank' : 'count';
  const m: Measure = { start: q.start, end: q.end, value: q.value, unit, comparator: q.comparator, trace: [`quantity:${q.unit}${q.rank ? ':rank' : ''}`] };
  if (q.valueMax !== undefined) m.valueMax = q.valueMax;
  if (q.counted) m.counted = q.counted;
  return m;
}

function rankPhrases(canon: string): Measure[] {
  const out: Measure[] = [];
  // A change of rank says `bậc` or `hạng`; most texts do not, and the scan may start at any `tăng` or `lên`.
  const changes = RANK_CHANGE_WORD.test(canon) ? matchesNotAfter(RANK_CHANGE, LETTER, canon) : [];
  for (const m of changes) {
    const sign = m[1] === 'giảm' || m[1] === 'tụt' ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, value: sign * Number(m[2]), unit: 'rank-change', comparator: 'eq', trace: ['rank:change'] });
  }
  // `1 trong …` is rare, and the scan may start at any `là`.
  const oneOfGroup = ONE_OF_GROUP_CORE.test(canon) ? matchesNotAfter(ONE_OF_GROUP, ONE_OF_GROUP_NOT_AFTER, canon) : [];
  for (const m of oneOfGroup) {
    out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: 'rank', comparator: 'lte', trace: ['rank:one-of-group'] });
  }
  for (const m of matchesNotAfter(LEADER, LETTER, canon)) {
    const before = canon.slice(Math.max(0, m.index - 50), m.index);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
    if (GROUP_BEFORE.test(clause) || DIGIT_AT_END.test(clause)) continue;
    if (!NATION_AT_END.test(m[0]) && !LEADER_OF_WHAT.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: 1, unit: 'rank', comparator: 'eq', trace: ['rank:leader'] });
  }
  return out;
}
