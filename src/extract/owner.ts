// Owner: whose figure it is. The province named nearest in the figure's clause (`Bắc Giang (42,13%)`), else the
// nation when the clause speaks for it (`GDP Việt Nam`, `chỉ số chuyển đổi số quốc gia`, `Trên cả nước, …`), else the
// last owner named earlier in the paragraph, else the document's own province (`toàn tỉnh`, `tỉnh ta` say so too).
// A province named as where officials attended (`tại điểm cầu Hưng Yên`) owns nothing.
import type { ProvinceMention } from '../normalize/provinces.js';
import {
  ATTENDANCE_CUES,
  BARE_OWN_SUBJECT_VERBS,
  NATIONAL_FALSE_FRIENDS,
  NATIONAL_METRIC_QUALIFIERS,
  NATIONAL_SUBJECT_VERBS,
  NATIONAL_SUBJECTS,
  OWN_PROVINCE_CUES,
} from './lexicon/cues.js';
import { findPhrases, hasPhrase, mayHoldPhrase, phraseBody, phraseRegex, type PhraseHit } from './phrases.js';
import { respectiveCue } from './respectively.js';
import { firstAtOrAfter, spansWithin } from './spans.js';
import type { OwnerHint } from './types.js';
import { firstMatchNotAfter, LETTER_OR_DIGIT, matchesNotAfter } from './word-start.js';
import { canonicalize } from '../ingest/canonical.js';
import { unitClass } from '../ingest/unit-class.js';

const ATTENDANCE_BEFORE = new RegExp(`${phraseBody(ATTENDANCE_CUES)}\\s*$`, 'gu');
const mayHoldAttendanceCue = mayHoldPhrase(ATTENDANCE_CUES);
const FALSE_FRIENDS = phraseRegex(NATIONAL_FALSE_FRIENDS);
const QUALIFIERS = phraseRegex(NATIONAL_METRIC_QUALIFIERS);
const SUBJECT = phraseRegex(NATIONAL_SUBJECTS);
const SUBJECT_AFTER_BREAK = `(?:(?:trên|trong|tại|của|toàn)\\s+)?(?:phạm vi\\s+)?(${phraseRegex(NATIONAL_SUBJECTS, 'u').source})`;
const SUBJECT_AT_CLAUSE_START = clauseStartPattern('[,;:.\\n(]', SUBJECT_AFTER_BREAK);
// Not after a letter: checked by `matchesNotAfter`.
const SUBJECT_WITH_VERB = new RegExp(`(?:cả nước|toàn quốc)\\s+(?:${phraseRegex(NATIONAL_SUBJECT_VERBS, 'u').source})`, 'gu');
const LETTER = /\p{L}/u;
const OWN = phraseRegex(OWN_PROVINCE_CUES);
const BARE_OWN_SUBJECT = clauseStartPattern(
  '[.;!?\\n]',
  `(?:tỉnh|thành phố)\\s+(?:${phraseRegex(BARE_OWN_SUBJECT_VERBS, 'u').source})`,
);
/**
 * `(?:^|<break>\s*)<rest>` as two regexes, one anchored at the text start and one led by the break: V8 tries an
 * alternation with `^` at every position, while a pattern led by a character class lets it skip to those characters.
 */
interface ClauseStartPattern {
  atStart: RegExp;
  afterBreak: RegExp;
}

function clauseStartPattern(breakClass: string, rest: string): ClauseStartPattern {
  return { atStart: new RegExp(`^${rest}`, 'u'), afterBreak: new RegExp(`${breakClass}\\s*${rest}`, 'gu') };
}

/** The matches of the joined pattern in `text`, as `matchAll` gives them: the one at the start first, then on. */
function clauseStartMatches(text: string, pattern: ClauseStartPattern): RegExpExecArray[] {
  const first = pattern.atStart.exec(text);
  const out = first ? [first] : [];
  const re = pattern.afterBreak;
  re.lastIndex = first ? first[0].length : 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** Neither letters nor digits, and in no false friend (its words are letters joined by white space). */
const CLAUSE_MARKS = ',.;:!?()[]"“”';
if (NATIONAL_FALSE_FRIENDS.some((f) => [...CLAUSE_MARKS].some((mark) => f.includes(mark)))) {
  throw new Error('a false friend holds a clause mark');
}
const isClauseMark = unitClass((unit) => CLAUSE_MARKS.includes(unit));

/**
 * Every national qualifier and subject holds one of these words as written (only the white space between its words
 * varies): a clause with none of them is no nation's, and most figures' clauses are read without a scan.
 */
const NATIONAL_WORD_PARTS = ['bộ', 'nam', 'quốc', 'bình', 'nước', 'gia', 'phủ', '63', '34'].map((part) => canonicalize(part));
for (const phrase of [...NATIONAL_METRIC_QUALIFIERS, ...NATIONAL_SUBJECTS].map((p) => canonicalize(p.normalize('NFC')))) {
  if (!NATIONAL_WORD_PARTS.some((part) => phrase.includes(part))) throw new Error(`a national phrase holds no word part: ${phrase}`);
}
/** Any of the parts, in one scan of a clause (they are literals). */
const NATIONAL_WORD_PART = new RegExp(NATIONAL_WORD_PARTS.join('|'), 'u');

const MERGER_LIST_BEFORE = /(?:hợp nhất|sáp nhập)(?:\s+(?:hai|ba|bốn|năm|2|3|4|5))?\s+(?:các\s+)?(?:tỉnh|thành phố|địa phương)[^.;:()]{0,80}$/u;
const LIST_CLOSED = /\svà\s[^,]*,/u;

interface OwnerEvent {
  start: number;
  owner: OwnerHint;
}

export class OwnerReader {
  private readonly mentions: ProvinceMention[];
  private eventsRead?: OwnerEvent[];

  constructor(
    private readonly canon: string,
    mentions: ProvinceMention[],
  ) {
    this.mentions = mentions.filter((p) => !attendedAt(canon, p.start) && !inMergerList(canon, p.start));
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * The owners named through the text, in order: read when a figure first has no owner in its own clause (a text
   * without figures, or whose figures all name theirs, never scans for them).
   */
  private get events(): OwnerEvent[] {
    return (this.eventsRead ??= this.readEvents());
  }

  private readEvents(): OwnerEvent[] {
    const canon = this.canon;
    const events: OwnerEvent[] = this.mentions.map((p) => ({ start: p.start, owner: provinceHint(p) }));
    for (const n of this.nationalSpans(0, canon.length)) events.push({ start: n, owner: { kind: 'national' } });
    for (const h of findPhrases(OWN, canon)) events.push({ start: h.start, owner: { kind: 'document' } });
    // Placed on the full stop before the subject, so the sentence it opens reads it as the owner in force.
    for (const m of clauseStartMatches(canon, BARE_OWN_SUBJECT)) events.push({ start: m.index, owner: { kind: 'document' } });
    return events.sort((a, b) => a.start - b.start);
  }

  /** Starts of national words in [from, to) that make a clause the nation's. */
  private nationalSpans(from: number, to: number): number[] {
    const slice = this.canon.slice(from, to);
    if (!NATIONAL_WORD_PART.test(slice)) return [];
    const qualifiers = findPhrases(QUALIFIERS, this.canon, from, to);
    // Most clauses name no nation: the subject patterns only run where a subject word is (each match holds one).
    const subjects = hasPhrase(SUBJECT, slice);
    const subjectWithVerb = slice.includes('cả nước') || slice.includes('toàn quốc');
    if (!qualifiers.length && !subjects && !subjectWithVerb) return [];
    // Looked for only around a national word to test, in the stretch between clause marks that holds it.
    const friendsByStretch = new Map<number, PhraseHit[]>();
    const inFriend = (s: number, e = s + 1) => {
      const [stretchStart, stretchEnd] = this.stretchAround(s, from, to);
      let friends = friendsByStretch.get(stretchStart);
      if (!friends) friendsByStretch.set(stretchStart, (friends = findPhrases(FALSE_FRIENDS, this.canon, stretchStart, stretchEnd)));
      return friends.some((f) => s >= f.start && e <= f.end);
    };
    const out = qualifiers.filter((h) => !inFriend(h.start, h.end)).map((h) => h.start);
    if (subjects) {
      for (const m of clauseStartMatches(slice, SUBJECT_AT_CLAUSE_START)) {
        const at = from + m.index + m[0].length - m[1].length;
        if (!inFriend(at)) out.push(at);
      }
    }
    if (subjectWithVerb) for (const m of matchesNotAfter(SUBJECT_WITH_VERB, LETTER, slice)) out.push(from + m.index);
    return out;
  }

  /**
   * The stretch of [from, to) around `at` that no clause mark interrupts. No false friend crosses a mark, and one
   * bounds a scan as the end of the text would, so the friends found there are those a scan of [from, to) finds there.
   */
  private stretchAround(at: number, from: number, to: number): [number, number] {
    let start = at;
    while (start > from && !isClauseMark(this.canon.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < to && !isClauseMark(this.canon.charCodeAt(end))) end++;
    return [start, end];
  }

  /**
   * The owner of the figure at [at, atEnd) in the item [itemStart, itemEnd); `chainStart` is where its paragraph
   * (or the list it continues) begins.
   */
  ownerOf(at: number, atEnd: number, itemStart: number, itemEnd: number, chainStart: number): { owner: OwnerHint; how: string } {
    const windowStart = this.parenthesisedStart(at, itemStart);
    const before = spansWithin(this.mentions, windowStart, at);
    if (before.length) return { owner: provinceHint(before[before.length - 1]), how: 'owner:province-in-clause' };
    const after = spansWithin(this.mentions, atEnd, itemEnd);
    if (after.length) return { owner: provinceHint(after[0]), how: 'owner:province-after' };
    if (this.nationalSpans(windowStart, itemEnd).length) return { owner: { kind: 'national' }, how: 'owner:national-clause' };
    const lastIndex = firstAtOrAfter(this.events, windowStart) - 1;
    const last = lastIndex >= 0 && this.events[lastIndex].start >= chainStart ? this.events[lastIndex] : undefined;
    if (last) return { owner: last.owner, how: `owner:scope-${last.owner.kind}` };
    return { owner: { kind: 'document' }, how: 'owner:document' };
  }

  /**
   * `Tp.HCM và Hà Nội … với tỷ trọng tương ứng 18,66% và 17,15%`: k figures after `tương ứng`/`lần lượt` take the
   * k provinces named before it, in order. Null when the sentence is not of that shape.
   */
  respectiveOwners(sentenceStart: number, figureStarts: number[]): Array<OwnerHint | null> | null {
    if (figureStarts.length < 2) return null;
    const cue = respectiveCue(this.canon, sentenceStart, figureStarts[0]);
    if (!cue) return null;
    const cueAt = sentenceStart + cue.index;
    const named = spansWithin(this.mentions, sentenceStart, cueAt);
    if (named.length !== figureStarts.length) return null;
    return named.map(provinceHint);
  }

  // `TP Đà Nẵng (0.8002 điểm)`: a figure in brackets belongs to the name just before the bracket.
  private parenthesisedStart(at: number, itemStart: number): number {
    const before = this.canon.slice(Math.max(0, at - 3), at);
    if (!/\(\s*$/u.test(before)) return itemStart;
    const open = this.canon.lastIndexOf('(', at);
    const head = this.canon.slice(Math.max(0, open - 60), open);
    const sep = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(')'), head.lastIndexOf(':'));
    return Math.min(itemStart, open - head.length + sep + 1);
  }
}

/** `tại điểm cầu Hưng Yên`: the name at `start` is where officials attended. */
function attendedAt(canon: string, start: number): boolean {
  const before = canon.slice(Math.max(0, start - 20), start);
  return mayHoldAttendanceCue(before) && firstMatchNotAfter(ATTENDANCE_BEFORE, LETTER_OR_DIGIT, before) !== null;
}

// `sau hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình`: the names a merger joins own nothing (the list closes at
// the first comma after its `và`).
function inMergerList(canon: string, start: number): boolean {
  const before = canon.slice(Math.max(0, start - 100), start);
  if (!before.includes('hợp nhất') && !before.includes('sáp nhập')) return false;
  const cue = MERGER_LIST_BEFORE.exec(before);
  return cue !== null && !LIST_CLOSED.test(before.slice(cue.index));
}

function provinceHint(p: ProvinceMention): OwnerHint {
  return { kind: 'province', code: p.code, era: p.era, start: p.start, end: p.end };
}
