// Numbers: every quantity in a text with its unit cue and comparator, Vietnamese style (decimal comma, dot
// thousands, `triệu`/`nghìn`/`tỷ`, `%`/`phần trăm`, ranges), and the numbers that are not quantities left out.
//
// The stages, one file each: number-lexer (digits and separators) and number-words → not-quantities (dates, codes, labels) and ranks
// → units (scale, percent, score, money) → ranges → comparators (and lists sharing one) → counted. Word lists live
// in lexicon.ts.
import { comparatorAfter, comparatorBefore, shareComparators, startsAChange } from './comparators.js';
import { type Counted, countedWords } from './counted.js';
import { COUNTED_STOP_WORDS, MONEY_BEFORE, RATE_BASE_COUNTED } from './lexicon.js';
import { lexNumbers } from './number-lexer.js';
import { lexNumberWords } from './number-words.js';
import {
  beforeAName,
  blockedSpans,
  countsNoFigure,
  gluedToCode,
  insideSpans,
  endsAName,
  isFurnitureNumber,
  isListMarker,
  isOneOfMany,
  isVersion,
  isYear,
  labelBefore,
} from './not-quantities.js';
import { joined, readRange, type RangeEnd } from './ranges.js';
import { isRankOrdinal, isRankPlace, rankFieldAfter, rankOutOf } from './ranks.js';
import { phraseBefore, phraseStartingAt } from './text-scan.js';
import type { NumberToken, Quantity } from './types.js';
import { attachUnit, type UnitReading } from './units.js';

export type { Quantity, QuantityComparator, QuantityUnit } from './types.js';

interface Draft extends RangeEnd {
  rank: boolean;
  outOf?: number;
  valueMax?: number;
}

/** Labels that name a service level; a list after one (`mức độ 3, 4`) is levels too. */
const LEVEL_LABELS = new Set(['mức', 'mức độ', 'cấp độ']);
/** What joins a second label number to the first: `2021-2025`, `4-8` (a date). */
const LABEL_PAIR_JOINER = /^[ \u00a0]?[-–/][ \u00a0]?$/u;
/** What joins list items of levels or ranks: `3, 4`, `3 và 4`, `6 hoặc 7`. */
const LIST_JOINER = /^[ \u00a0]?(?:,|\/|-|–|và|hoặc)[ \u00a0]?$/u;
const MAX_JOINER_LENGTH = 6;

/**
 * Finds the quantities in `nfc` (the NFC view; `canonical` is the same-length canonical view). Years, dates,
 * document numbers, versions (`4.0`), `4G/5G`, `mức độ 3,4`, fractions of plan indicators, phone numbers, money,
 * page furniture and counts of plan items or durations (`7 giải pháp`, `5 năm`) are not quantities. A rank is one,
 * marked `rank`, with `outOf` when the text gives the field (`xếp hạng 25/63`).
 */
export function findQuantities(nfc: string, canonical: string): Quantity[] {
  const drafts = joinRanges(canonical, numbersWithUnits(canonical));
  const quantities: Quantity[] = [];
  for (const d of drafts) {
    const q = finish(nfc, canonical, d);
    if (q) quantities.push(q);
  }
  return shareComparators(canonical, quantities);
}

function numbersWithUnits(canonical: string): Draft[] {
  const tokens = mergedByStart(lexNumbers(canonical), lexNumberWords(canonical));
  const blocked = blockedSpans(canonical);
  const drafts: Draft[] = [];
  let label: { end: number; level: boolean } | null = null;
  let ordinalEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.form === 'words') {
      const words = wordNumber(canonical, token);
      if (words) drafts.push(words);
      continue;
    }
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
    if (reading.money || phraseBefore(canonical, token.start, MONEY_BEFORE)) {
      // The bare near end of a money range is money too: `từ 20 đến 30 triệu đồng`.
      const last = drafts[drafts.length - 1];
      if (last && !last.marked && joined(canonical, last.end, token.start)) drafts.pop();
      continue;
    }
    if (reading.unit === 'plain' && reading.scale === 1) {
      if (isVersion(canonical, token) || isListMarker(canonical, token) || isOneOfMany(canonical, token)) continue;
      const found = isYear(token) ? { label: 'năm', start: token.start } : labelBefore(canonical, token.start);
      const rankOrdinal = found?.label === 'thứ' && isRankOrdinal(canonical, found.start);
      const rankPlace = !found && (isRankPlace(canonical, token.start) || continuesList(canonical, ordinalEnd, token));
      if (rankOrdinal || rankPlace) {
        ordinalEnd = token.end;
        const field = rankFieldAfter(canonical, token.end, tokens[i + 1]);
        if (field) {
          i++;
          reading.end = field.end;
        }
        drafts.push(draft(token, reading, true, field?.outOf));
        continue;
      }
      if (found) {
        label = { end: token.end, level: LEVEL_LABELS.has(found.label) };
        continue;
      }
      if (label && (continuesPair(canonical, label.end, token) || (label.level && continuesList(canonical, label.end, token)))) {
        label.end = token.end;
        continue;
      }
    }
    if (reading.unit === 'plain' && countsNoFigure(canonical, reading.end)) continue;
    drafts.push(draft(token, reading, false));
  }
  return drafts;
}

/** Two token lists sorted by start as one (a digit and a word never start at the same place). */
function mergedByStart(digits: NumberToken[], words: NumberToken[]): NumberToken[] {
  if (!words.length) return digits;
  const out: NumberToken[] = [];
  let w = 0;
  for (const d of digits) {
    while (w < words.length && words[w].start < d.start) out.push(words[w++]);
    out.push(d);
  }
  while (w < words.length) out.push(words[w++]);
  return out;
}

/** A number in words counts only with a scale or percent word (`hai triệu`) or as a ranking ordinal (`xếp thứ hai`). */
function wordNumber(canonical: string, token: NumberToken): Draft | null {
  const reading = attachUnit(canonical, token);
  if (reading.money) return null;
  if (reading.unit !== 'plain' || reading.scale !== 1) return draft(token, reading, false);
  const label = labelBefore(canonical, token.start);
  return label?.label === 'thứ' && isRankOrdinal(canonical, label.start) ? draft(token, reading, true) : null;
}

function draft(token: NumberToken, reading: UnitReading, rank: boolean, outOf?: number): Draft {
  const { value, unit, scale, end } = reading;
  const marked = unit !== 'plain' || scale !== 1;
  const d: Draft = { numberStart: token.start, numberEnd: token.end, end, value, unit, scale, marked, rank };
  if (outOf) d.outOf = outOf;
  return d;
}

/** A bare number paired by a dash to the label number before it: `2021-2025`, `Chiều 4-8`. */
function continuesPair(canonical: string, previousEnd: number, token: NumberToken): boolean {
  return token.start - previousEnd <= MAX_JOINER_LENGTH && LABEL_PAIR_JOINER.test(canonical.slice(previousEnd, token.start));
}

/** A bare number listed after the one before it: `mức độ 3, 4`, `đứng thứ 6 và 7`. */
function continuesList(canonical: string, previousEnd: number, token: NumberToken): boolean {
  if (previousEnd < 0 || token.start - previousEnd > MAX_JOINER_LENGTH) return false;
  return LIST_JOINER.test(canonical.slice(previousEnd, token.start));
}

function joinRanges(canonical: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
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

/**
 * Whether a plain number, seen with what it counts and the comparator word closest before it, is a quantity: not
 * page furniture, not part of a name or address, not the base of a rate (`trên 100 dân`).
 */
function countsAQuantity(nfc: string, canonical: string, d: Draft, counted: Counted | null, closestWord: string | undefined, rank: boolean): boolean {
  const bare = !closestWord && !d.marked && !rank;
  if (bare && !counted) return !isFurnitureNumber(canonical, d.numberStart, d.numberEnd) && !endsAName(nfc, d.numberStart);
  if (bare && counted) return !beforeAName(counted.text);
  return !(counted && closestWord === 'trên' && phraseStartingAt(canonical, counted.start, RATE_BASE_COUNTED));
}

function finish(nfc: string, canonical: string, d: Draft): Quantity | null {
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
  let counted: Counted | null = null;
  if (d.unit === 'plain') {
    counted = countedWords(nfc, d.end, (p) => comparatorAfter(canonical, p) !== null || phraseStartingAt(canonical, p, COUNTED_STOP_WORDS) !== null);
    if (!countsAQuantity(nfc, canonical, d, counted, before?.words[0], rank)) return null;
  }
  const afterFrom = counted && !isRange ? counted.end : d.end;
  const after = isRange ? null : comparatorAfter(canonical, afterFrom);
  if (after) {
    comparator = after.comparator;
    end = after.end;
  }
  const quantity: Quantity = { start, end, numberStart: d.numberStart, numberEnd: d.numberEnd, value: d.value, unit: d.unit, comparator };
  if (isRange) quantity.valueMax = d.valueMax;
  if (counted) quantity.counted = counted.text;
  if (rank) quantity.rank = true;
  if (d.outOf) quantity.outOf = d.outOf;
  return quantity;
}

