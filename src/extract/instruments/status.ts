// Where an instrument stands, from the words that govern its noun: a cue before it (`đã ban hành Nghị quyết`,
// `dự thảo Đề án`, `thực hiện Kế hoạch`) or a passive clause after its title (`… đã được Bí thư Tỉnh ủy ký ban
// hành`). The nearest cue wins; a verb that governs a list (`dự thảo Đề án, dự thảo Nghị quyết`, `xây dựng Nghị quyết
// … và Kế hoạch …`) reaches every noun of it. An issuing verb under a wish or a condition (`cần ban hành`, `khi ban
// hành`) is no news: the mention is a reference.
import type { InstrumentStatus } from '../../output/schema.js';
import { findPhrases, phraseRegex, type PhraseHit } from '../phrases.js';
import {
  CUES_BEFORE,
  PASSIVE_DRAFT_VERBS,
  PASSIVE_ISSUED_VERBS,
  PROSPECTIVE_MARKERS,
  TRINH_COMPOUNDS,
  type StatusCue,
} from './status-cues.js';
import { firstAtOrAfter } from '../spans.js';
import { entryOfPhrase } from './phrase-table.js';
import { canonicalize } from '../../ingest/canonical.js';
import { isSpaceAt, LETTER_OR_DIGIT, phraseEndsAt, tailPhrases } from './text-tail.js';

export interface StatusReading {
  status: InstrumentStatus;
  /** The cue's span, null when nothing governs the noun (a reference by default). */
  cue: { start: number; end: number } | null;
  /** The span that may name who acts in a passive clause (`được [Thủ tướng Chính phủ] phê duyệt`). */
  agent: { start: number; end: number } | null;
  /** An issuing verb under a wish or a condition: about the making, though no news of it. */
  prospective?: boolean;
  trace: string;
}

const CUE = phraseRegex(CUES_BEFORE.map((c) => c.phrase));
const CUE_BY_PHRASE = new Map<string, StatusCue>(CUES_BEFORE.map((c) => [c.phrase, c]));
const TRINH_AS_NOUN = new RegExp(`(?:${TRINH_COMPOUNDS.join('|')})\\s+$`, 'u');
const PROSPECTIVE = tailPhrases(PROSPECTIVE_MARKERS.map((m) => canonicalize(m.normalize('NFC'))));
// `trình HĐND tỉnh thông qua`: submitted for issue, unless the issue is then reported (`trình, HĐND đã thông qua`).
const SUBMIT_BEFORE = new RegExp(`(?<!(?:${TRINH_COMPOUNDS.join('|')})\\s+)(?<!\\p{L})trình(?!\\p{L})(?:(?!đã|vừa)[^.;!?\\n]){0,40}$`, 'u');
const PAST = /(?<!\p{L})(?:đã|vừa|mới)(?!\p{L})/u;
const PASSIVE_ISSUED = new RegExp(
  `^[\\s,]*(?:(?:đã|vừa|mới|mới đây|đã chính thức)\\s+)?được\\s+([^.;!?\\n]{0,60}?)(?:${phraseRegex(PASSIVE_ISSUED_VERBS, 'u').source})`,
  'du',
);
const PASSIVE_DRAFT = new RegExp(
  `^[\\s,]*(?:đang|đã|vừa)\\s+(?:được\\s+)?(?:${phraseRegex(PASSIVE_DRAFT_VERBS, 'u').source})`,
  'u',
);
/** Extra reach of a cue over the other nouns of a list it governs. */
const LIST_REACH = 110;

const NONE: StatusReading = { status: 'referenced', cue: null, agent: null, trace: 'status:none' };

/**
 * The status cue before the noun at `nounStart`, searched back to `from` (the clause start); `nouns` are the instrument
 * nouns of the document, so a cue may reach over a list.
 */
export function statusBefore(
  canonical: string,
  from: number,
  nounStart: number,
  nouns: ReadonlyArray<{ start: number }>,
): StatusReading {
  let last: PhraseHit | null = null;
  for (const hit of findPhrases(CUE, canonical, from, nounStart)) {
    if (hit.text === 'trình' && TRINH_AS_NOUN.test(canonical.slice(Math.max(from, hit.start - 10), hit.start))) continue;
    last = hit;
  }
  if (!last) return NONE;
  const cue = entryOfPhrase(CUE_BY_PHRASE, last.text);
  if (!cue) return NONE;
  const { start, end } = last;
  const next = firstAtOrAfter(nouns, end);
  const listBetween = next < nouns.length && nouns[next].start < nounStart;
  if (nounStart - end > cue.reach + (listBetween ? LIST_REACH : 0)) return NONE;
  if (cue.status === 'issued') {
    const before = canonical.slice(Math.max(from, start - 60), start);
    // The pattern tries its look-behinds at every position: the literal it needs is looked for first.
    if (before.includes('trình') && SUBMIT_BEFORE.test(before)) return { status: 'draft', cue: { start, end }, agent: null, trace: `status:submit-then-${cue.phrase}` };
    if (underWish(canonical, Math.max(from, start - 24), start) && !PAST.test(before.slice(-24))) {
      return { status: 'referenced', cue: null, agent: null, prospective: true, trace: `status:prospective-${cue.phrase}` };
    }
  }
  return { status: cue.status, cue: { start, end }, agent: null, trace: `status:${cue.phrase}` };
}

const COMMA = ','.charCodeAt(0);

/**
 * Whether `canonical[lo, cueStart)` ends with a marker of a wish or a condition (`cần`, `khi`, `đề nghị`), not after
 * a letter or digit, then spaces or commas: what `/(?:marker)[\s,]+(?:(?:marker)[\s,]+)?$/u` says of the slice. Two
 * markers match only where the last one alone does, so the last one is all that is read.
 */
export function underWish(canonical: string, lo: number, cueStart: number): boolean {
  let end = cueStart;
  while (end > lo && (isSpaceAt(canonical, end - 1) || canonical.charCodeAt(end - 1) === COMMA)) end--;
  return end < cueStart && phraseEndsAt(canonical, lo, end, PROSPECTIVE, LETTER_OR_DIGIT);
}

/** The words a passive clause starts with, after spaces and commas: what both passive patterns need first. */
const PASSIVE_OPENINGS: readonly string[] = ['được', 'đã', 'đang', 'vừa', 'mới'];

/** A passive clause right after the title window (`… đã được … ký ban hành`, `… đang được xây dựng`), or null. */
export function statusAfter(canonical: string, from: number, to: number): StatusReading | null {
  let opening = from;
  while (opening < to && (isSpaceAt(canonical, opening) || canonical.charCodeAt(opening) === COMMA)) opening++;
  if (!PASSIVE_OPENINGS.some((word) => canonical.startsWith(word, opening))) return null;
  const slice = canonical.slice(from, to);
  const issued = PASSIVE_ISSUED.exec(slice);
  if (issued) {
    const [agentStart, agentEnd] = issued.indices?.[1] ?? [0, 0];
    return {
      status: 'issued',
      cue: { start: from + issued.index, end: from + issued.index + issued[0].length },
      agent: { start: from + agentStart, end: from + agentEnd },
      trace: 'status:passive-issued',
    };
  }
  const draft = PASSIVE_DRAFT.exec(slice);
  if (!draft) return null;
  const cue = { start: from + draft.index, end: from + draft.index + draft[0].length };
  return { status: 'draft', cue, agent: null, trace: 'status:passive-draft' };
}
