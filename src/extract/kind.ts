// Kind cues: words that make a figure a target (`mục tiêu`, `phấn đấu`, `sẽ` …) or an actual (`hiện có`, `đến nay`,
// `đã`, `ước đạt` …). `đạt` alone decides nothing: it is inside targets too (`phấn đấu đến năm 2025 đạt 100%`).
import type { Kind } from '../output/schema.js';
import {
  ACHIEVED_CUES,
  ACHIEVED_EXCEPTIONS_AFTER_DA,
  CURRENT_CUES,
  LOCAL_TARGET_CUES,
  NOT_CURRENT_BEFORE_HIEN,
  TARGET_CUES,
} from './lexicon/cues.js';
import { findPhrases, phraseBody, phraseRegex } from './phrases.js';
import { firstAtOrAfter } from './spans.js';
import { firstMatchNotAfter, LETTER_OR_DIGIT } from './word-start.js';

export interface KindCue {
  start: number;
  end: number;
  kind: Kind;
  /** `current`: describes the present (year = publication year); `achieved`: reached at a time said elsewhere. */
  tense: 'target' | 'current' | 'achieved';
  /** Opens a scope that governs the figures after it (`phấn đấu`, `mục tiêu`, `hiện có`), or speaks for one figure. */
  opensScope: boolean;
}

const TARGET = phraseRegex(TARGET_CUES);
const LOCAL_TARGET = phraseRegex(LOCAL_TARGET_CUES);
const HIEN_IN_OTHER_WORD = new RegExp(`${phraseBody(NOT_CURRENT_BEFORE_HIEN)}\\s+$`, 'gu');
const CURRENT = phraseRegex(CURRENT_CUES);
const ACHIEVED = phraseRegex(ACHIEVED_CUES);
const NOT_ACHIEVED_AFTER_DA = new RegExp(`^\\s*(?:${phraseRegex(ACHIEVED_EXCEPTIONS_AFTER_DA, 'u').source})`, 'u');

/** Kind cues in `canon` between `from` and `to`, in text order. */
export function findKindCues(canon: string, from: number, to: number): KindCue[] {
  const cues: KindCue[] = [];
  for (const h of findPhrases(TARGET, canon, from, to)) cues.push({ start: h.start, end: h.end, kind: 'target', tense: 'target', opensScope: true });
  for (const h of findPhrases(LOCAL_TARGET, canon, from, to)) cues.push({ start: h.start, end: h.end, kind: 'target', tense: 'target', opensScope: false });
  for (const h of findPhrases(CURRENT, canon, from, to)) {
    if (h.text === 'hiện' && firstMatchNotAfter(HIEN_IN_OTHER_WORD, LETTER_OR_DIGIT, canon.slice(Math.max(0, h.start - 8), h.start))) continue;
    cues.push({ start: h.start, end: h.end, kind: 'actual', tense: 'current', opensScope: true });
  }
  for (const h of findPhrases(ACHIEVED, canon, from, to)) {
    if (h.text === 'đã' && NOT_ACHIEVED_AFTER_DA.test(canon.slice(h.end, h.end + 20))) continue;
    cues.push({ start: h.start, end: h.end, kind: 'actual', tense: 'achieved', opensScope: h.text !== 'đã' });
  }
  // `hiện` inside `hiện có`/`hiện nay` is one cue, not two.
  return withoutContainedCues(cues.sort((a, b) => a.start - b.start || b.end - a.end));
}

/**
 * The cues no longer cue contains, from cues sorted by start then longest first. A cue that contains another comes
 * before it in that order, so one sweep keeping the furthest end seen (and the first start reaching it) decides.
 */
function withoutContainedCues(sorted: KindCue[]): KindCue[] {
  const out: KindCue[] = [];
  let furthestEnd = -1;
  let firstStartAtFurthestEnd = -1;
  for (const c of sorted) {
    const contained = furthestEnd > c.end || (furthestEnd === c.end && firstStartAtFurthestEnd < c.start);
    if (!contained) out.push(c);
    if (c.end > furthestEnd) {
      furthestEnd = c.end;
      firstStartAtFurthestEnd = c.start;
    }
  }
  return out;
}

/**
 * The cue nearest before `at` in [from, at), if any: the local word on kind. `cues` sorted by start (as found): the
 * last of `spansWithin(cues, from, at)`, read back from `at` without building that list.
 */
export function nearestCueBefore(cues: KindCue[], from: number, at: number): KindCue | undefined {
  const first = firstAtOrAfter(cues, from);
  for (let i = firstAtOrAfter(cues, at) - 1; i >= first; i--) if (cues[i].end <= at) return cues[i];
  return undefined;
}
