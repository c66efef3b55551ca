// Numbers: every quantity in a text with its unit cue and comparator, Vietnamese style (decimal comma, dot
// thousands, `triệu`/`nghìn`/`tỷ`, `%`/`phần trăm`, ranges), and the numbers that are not quantities left out.
//
// The stages, one file each: number-lexer (digits and separators) → not-quantities (dates, codes, labels) and ranks
// → units (scale, percent, score, money) → ranges → comparators → counted. Word lists live in lexicon.ts.
import { comparatorAfter, comparatorBefore, startsAChange } from './comparators.js';
import { countedWords } from './counted.js';
import { MONEY_BEFORE } from './lexicon.js';
import { lexNumbers } from './number-lexer.js';
import {
  blockedSpans,
  countsNoFigure,
  gluedToCode,
  insideSpans,
  isListMarker,
  isVersion,
  isYear,
  labelBefore,
} from './not-quantities.js';
import { readRange, type RangeEnd } from './ranges.js';
import { isRankOrdinal, rankOutOf } from './ranks.js';
import { phraseBefore } from './text-scan.js';
import type { NumberToken, Quantity } from './types.js';
import { attachUnit, type UnitReading } from './units.js';

export type { Quantity, QuantityComparator, QuantityUnit } from './types.js';

interface Draft extends RangeEnd {
  rank: boolean;
  outOf?: number;
}

/** Labels that name a service level; a list after one (`mức độ 3, 4`) is levels too. */
const LEVEL_LABELS = new Set(['mức', 'mức độ', 'cấp độ']);
const LEVEL_LIST_JOINER = /^[ \u00a0]?(?:,|\/|-|–|và|hoặc)[ \u00a0]?$/u;

/**
 * Finds the quantities in `nfc` (the NFC view; `canonical` is the same-length canonical view). Years, dates,
 * document numbers, versions (`4.0`), `4G/5G`, `mức độ 3,4`, fractions of plan indicators, phone numbers, money and
 * counts of plan items or durations (`7 giải pháp`, `5 năm`) are not quantities. A rank `xếp hạng 25/63` is one,
 * with `rank` and `outOf`.
 */
export function findQuantities(nfc: string, canonical: string): Quantity[] {
  const drafts = numbersWithUnits(canonical);
  return joinRanges(canonical, drafts).map((d) => finish(nfc, canonical, d));
}

function numbersWithUnits(canonical: string): Draft[] {
  const tokens = lexNumbers(canonical);
  const blocked = blockedSpans(canonical);
  const drafts: Draft[] = [];
  let levelEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (insideSpans(blocked, token.start, token.end)) continue;
    const glue = gluedToCode(canonical, token);
    if (glue === 'code') continue;
    if (glue === 'slash') {
      const rank = rankOutOf(canonical, token, tokens[i + 1]);
      if (!rank) continue;
      i++;
      drafts.push(draft(token, { value: token.value, unit: 'plain', scale: 1, money: false, end: rank.end }, true, rank.outOf));
      continue;
    }
    const reading = attachUnit(canonical, token);
    if (reading.money || phraseBefore(canonical, token.start, MONEY_BEFORE)) continue;
    let rank = false;
    if (reading.unit === 'plain' && reading.scale === 1) {
      if (isYear(token) || isVersion(canonical, token) || isListMarker(canonical, token)) continue;
      const label = labelBefore(canonical, token.start);
      if (label?.label === 'thứ' && isRankOrdinal(canonical, label.start)) rank = true;
      else if (label) {
        if (LEVEL_LABELS.has(label.label)) levelEnd = token.end;
        continue;
      } else if (continuesLevelList(canonical, levelEnd, token)) {
        levelEnd = token.end;
        continue;
      }
    }
    if (reading.unit === 'plain' && countsNoFigure(canonical, reading.end)) continue;
    drafts.push(draft(token, reading, rank));
  }
  return drafts;
}

function draft(token: NumberToken, reading: UnitReading, rank: boolean, outOf?: number): Draft {
  const { value, unit, scale, end } = reading;
  const marked = unit !== 'plain' || scale !== 1;
  return { numberStart: token.start, numberEnd: token.end, end, value, unit, scale, marked, rank, ...(outOf ? { outOf } : {}) };
}

/** `mức độ 3, 4`: a bare number joined by a comma or `và` to a service level just dropped. */
function continuesLevelList(canonical: string, levelEnd: number, token: NumberToken): boolean {
  if (levelEnd < 0 || token.start - levelEnd > 6) return false;
  return LEVEL_LIST_JOINER.test(canonical.slice(levelEnd, token.start));
}

interface Joined extends Draft {
  valueMax?: number;
}

function joinRanges(canonical: string, drafts: Draft[]): Joined[] {
  const out: Joined[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const first = drafts[i];
    const second = drafts[i + 1];
    const range = second && !first.rank && !second.rank ? readRange(canonical, first, second) : null;
    if (!range) {
      out.push(first);
      continue;
    }
    out.push({ ...second, ...range, numberStart: first.numberStart, numberEnd: first.numberEnd, rank: false });
    i++;
  }
  return out;
}

function finish(nfc: string, canonical: string, d: Joined): Quantity {
  const isRange = d.valueMax !== undefined;
  let start = d.numberStart;
  let end = d.end;
  let comparator: Quantity['comparator'] = isRange ? 'range' : 'eq';
  let rank = d.rank;
  const before = comparatorBefore(canonical, d.numberStart);
  if (before) {
    start = before.start;
    rank ||= before.rank;
    if (!isRange) {
      const onlyFrom = before.words.every((w) => w === 'từ');
      comparator = onlyFrom && startsAChange(canonical, d.end) ? 'eq' : before.comparator;
    }
  }
  const after = isRange ? null : comparatorAfter(canonical, d.end);
  if (after) {
    comparator = after.comparator;
    end = after.end;
  }
  const quantity: Quantity = { start, end, numberStart: d.numberStart, numberEnd: d.numberEnd, value: d.value, unit: d.unit, comparator };
  if (isRange) quantity.valueMax = d.valueMax;
  if (d.unit === 'plain') {
    const counted = countedWords(nfc, d.end);
    if (counted) quantity.counted = counted;
  }
  if (rank) quantity.rank = true;
  if (d.outOf) quantity.outOf = d.outOf;
  return quantity;
}
