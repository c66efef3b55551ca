// Metric phrases: what a figure counts, as written (NFC), predicate included, the number itself left out.
//   number first   `90% hồ sơ công việc tại cấp tỉnh`          → `hồ sơ công việc tại cấp tỉnh`
//   metric first   `tỷ lệ hồ sơ … nộp trực tuyến đạt trên 50%` → `tỷ lệ hồ sơ … nộp trực tuyến đạt`
// and the elisions of lists: a predicate said once at the end serves the items before it, a noun said once serves
// the items after it, and a bare value (`năm 2022 là 18,66%`, `đến năm 2025 phấn đấu đạt 100%`) takes the metric of
// the figure before it.
import { nfc } from '../ingest/canonical.js';
import { unitTest } from '../ingest/unit-class.js';
import { singleSpaced } from '../ingest/white-space.js';
import { isDigitalPhrase, isOtherDomain } from './domain.js';
import type { KindCue } from './kind.js';
import { ECONOMY_SUBJECTS } from './lexicon/digital.js';
import { LEADING_FILLERS, LINKING_VERBS, PREDICATE_MARKERS } from './lexicon/metric-words.js';
import type { Item } from './list-items.js';
import { ownEnd, trailingConjunction } from './list-items.js';
import { firstAtOrAfter, spansWithin } from './spans.js';
import type { Measure } from './measures.js';
import { canonicalPhrase, firstPhrase, hasPhrase, holdsOutsidePhrases, phraseRegex } from './phrases.js';
import { respectiveCue } from './respectively.js';
import { isGoverningYear, type YearMention } from './years.js';

export interface Metric {
  text: string;
  /** View span of the words the metric was read from in the figure's own item (for the evidence). */
  start: number;
  end: number;
  /** How it was read, for traces. */
  how: string[];
}

const FILLERS_AT_START = new RegExp(`^(?:\\s|[,:;.–-])*(?:${phraseRegex(LEADING_FILLERS, 'u').source})(?![\\p{L}\\p{N}])`, 'u');
const VERBS = phraseRegex(LINKING_VERBS);
const PREDICATE_ANYWHERE = phraseRegex(PREDICATE_MARKERS);
const LEVEL_START = /^(?:tại|ở|của)?\s*cấp\s/u;
const LEVEL_IN = /\s(?:tại|ở)?\s*cấp\s/u;
// What is trimmed around a metric's words, tested per character from remembered verdicts (no regex run per character).
const isJunkAt = unitTest(/[\s,;:.…–()-]/u);
const isLeadingJunkAt = unitTest(/[\s,;:.)-]/u);
const isTrailingJunkAt = unitTest(/[\s,;:.…(-]/u);
const OPENING_BRACKET = 0x28;
const CLOSING_BRACKET = 0x29;
const RIGHT_STOP = /:|\s(?:mà|nhằm|để)\s/u;
const RANK_RIGHT_STOP = /:|\s(?:mà|nhằm|để|với)\s/u;
const ECONOMY_SUBJECT_AT_START = new RegExp(`^[\\s,;:]*(?:${phraseRegex(ECONOMY_SUBJECTS, 'u').source})`, 'u');
const SHARE_OF_BEFORE = /^[\s,]*chiếm\s*$/u;
const RATE_START = /^(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\s/u;
const RATE_VERB = /(?<!\p{L})(?:có|sử dụng|được|dùng)(?!\p{L})/u;
const CUE_AFTER = /\s(?:và|,)\s*(?:đến|vào|năm|hiện|phấn đấu)\s/u;

export interface MetricContext {
  text: string;
  canon: string;
  years: YearMention[];
  cues: KindCue[];
}

interface Side {
  start: number;
  end: number;
}

/** The metric of the last figure before a sentence, in the document and in the sentence's paragraph. */
export interface MetricMemory {
  document: string | null;
  paragraph: string | null;
}

/** Reads the metric of every measure of one sentence. */
export function metricsOf(ctx: MetricContext, sentenceStart: number, measures: Measure[], items: Item[], memory: MetricMemory): Metric[] {
  const lefts = measures.map((m, i) => leftSide(ctx, items[i], m, i === 0));
  const rights = measures.map((m, i) => rightSide(ctx, items[i], m));
  const respective = respectiveMetrics(ctx, sentenceStart, measures, items, lefts, rights);
  const out: Metric[] = [];
  const carriedNouns: Array<string | null> = measures.map(() => null);
  for (let i = 0; i < measures.length; i++) {
    const how: string[] = [];
    if (respective[i]) {
      // The evidence runs from the list of metrics to the value.
      const firstOfRun = respective.findIndex(Boolean);
      const runStart = firstOfRun === 0 ? sentenceStart : items[firstOfRun].start;
      const listStart = strip(ctx, { start: runStart, end: measures[i].start })?.start ?? measures[i].start;
      out.push({ text: respective[i] as string, start: listStart, end: measures[i].end, how: ['metric-respectively'] });
      continue;
    }
    const left = lefts[i];
    const right = rights[i];
    const leftText = left && !onlyVerbs(ctx.canon, left) ? clean(ctx.text.slice(left.start, left.end)) : '';
    let rightText = right ? clean(ctx.text.slice(right.start, right.end)) : '';
    // A noun said once serves the items after it: `90% hồ sơ công việc tại cấp tỉnh, 80% tại cấp huyện`.
    // The noun is carried on to every later item of the run (`…, 85% tại cấp huyện và 65% tại cấp xã`).
    const prevRight = i > 0 && items[i - 1].runsOn ? rights[i - 1] : null;
    if (!leftText && prevRight && LEVEL_START.test(rightText.toLowerCase())) {
      const prev = ctx.text.slice(prevRight.start, prevRight.end);
      const prevLower = prev.toLowerCase();
      const cut = prevLower.search(LEVEL_IN);
      const noun = cut > 0 && !LEVEL_START.test(prevLower) ? clean(prev.slice(0, cut)) : (carriedNouns[i - 1] ?? beforeLevel(out[i - 1].text));
      if (noun) {
        rightText = `${noun} ${rightText}`;
        carriedNouns[i] = noun;
        how.push('noun-from-previous');
      }
    }
    // A predicate said once at the end serves every item before it in the run.
    if (rightText && !hasPhrase(PREDICATE_ANYWHERE, rightText.toLowerCase())) {
      const predicate = sharedPredicate(ctx, i, items, rights);
      if (predicate) {
        rightText = `${rightText} ${predicate}`;
        how.push('predicate-from-last');
      }
    }
    let text = spaced(leftText, rightText);
    // `1.342 dịch vụ công trực tuyến …, chiếm 71,8% tổng số thủ tục hành chính`: the share is of the things counted.
    if (!leftText && i > 0 && measures[i - 1].unit === 'count' && items[i - 1].runsOn && SHARE_OF_BEFORE.test(ctx.canon.slice(items[i].start, measures[i].start))) {
      text = `${out[i - 1].text} chiếm ${rightText}`.trim();
      how.push('share-of-counted');
    }
    if (!hasContent(text)) {
      // A bare value: `50% (năm 2025) và 80% (năm 2030) sản phẩm …` names its metric after it; one joined by a verb
      // (`và đến năm 2025 phấn đấu đạt 100%`, `năm 2022 là 18,66%`) refers back to the figure before it.
      const nextRight = i + 1 < measures.length && items[i].runsOn && !left ? rights[i + 1] : null;
      const borrowed = nextRight ? clean(ctx.text.slice(nextRight.start, nextRight.end)) : i > 0 ? out[i - 1].text : memory.document;
      if (borrowed) {
        text = borrowed;
        how.push(nextRight ? 'metric-from-next' : 'metric-from-previous');
      }
    }
    let spanStart = left && leftText ? left.start : measures[i].start;
    // A metric must speak the domain: widen to the whole item, else take the metric of the figure of the same unit
    // before it (`… tỷ trọng kinh tế số trên GRDP 42,92%; tiếp đó là Bắc Giang (42,13%)`), else, for a rank or a
    // score, the head of the sentence (`bảng xếp hạng chuyển đổi số (DTI) …, Quảng Ninh đã vươn lên vị trí thứ 3`).
    if (!speaksDomain(text)) {
      const m = measures[i];
      const whole = strip(ctx, { start: items[i].start, end: m.start });
      const widened = spaced(whole ? clean(ctx.text.slice(whole.start, whole.end)) : '', rightText);
      const ownEconomySubject = ECONOMY_SUBJECT_AT_START.test(ctx.canon.slice(items[i].start, m.start));
      const sameUnit = ownEconomySubject ? undefined : out.slice(0, i).reverse().find((o, k) => measures[i - 1 - k].unit === m.unit && speaksDomain(o.text));
      const head = strip(ctx, { start: sentenceStart, end: m.start });
      if (whole && speaksDomain(widened)) {
        text = widened;
        spanStart = whole.start;
        how.push('metric-widened');
      } else if (sameUnit) {
        text = sameUnit.text;
        how.push('metric-from-same-unit');
      } else if (memory.paragraph && speaksDomain(memory.paragraph) && isShortAndPlain(text)) {
        // `… với tỷ trọng tương ứng 18,66% và 17,15%`: a few plain words refer to the paragraph's metric.
        text = memory.paragraph;
        how.push('metric-from-paragraph');
      } else if (head && m.unit !== 'percent' && m.unit !== 'count') {
        text = spaced(clean(ctx.text.slice(head.start, head.end)), rightText);
        how.push('metric-from-sentence-head');
      }
    }
    const spanEnd = right && rightText ? Math.max(right.end, measures[i].end) : measures[i].end;
    out.push({ text: nfc(text), start: Math.min(spanStart, measures[i].start), end: Math.max(spanEnd, measures[i].end), how });
  }
  return out;
}

/**
 * `Tỷ lệ dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ nộp trực tuyến và tỷ lệ thanh toán trực tuyến đến năm 2030
 * lần lượt là: 100%, 90% và 70%`: bare values after `lần lượt`/`tương ứng` take, in order, the metrics listed before
 * the cue, when there are as many as values and each speaks the domain (a later part that names only a level takes
 * the head of the first: `… ở cấp tỉnh, cấp huyện và cấp xã`).
 */
function respectiveMetrics(ctx: MetricContext, sentenceStart: number, measures: Measure[], items: Item[], lefts: Array<Side | null>, rights: Array<Side | null>): Array<string | null> {
  const none: Array<string | null> = measures.map(() => null);
  // The run starts at the first figure whose own words hold the cue (`…, tỷ lệ … có chữ ký số và tài khoản thanh
  // toán điện tử lần lượt đạt 80% và 95%`).
  const first = measures.findIndex((m, i) => respectiveCue(ctx.canon, i === 0 ? sentenceStart : items[i].start, m.start) !== null);
  if (first < 0) return none;
  const run = measures.slice(first);
  if (run.length < 2 || rights.slice(first).some(Boolean) || lefts.slice(first + 1).some((l) => l && !onlyVerbs(ctx.canon, l))) return none;
  const from = first === 0 ? sentenceStart : items[first].start;
  const cue = respectiveCue(ctx.canon, from, measures[first].start);
  if (!cue) return none;
  let listEnd = from + cue.index;
  const scope = scopeWordsWithin(ctx, from, listEnd).start;
  if (scope < listEnd && ctx.canon.slice(scope, listEnd).replace(/[\s,]/gu, '').length < 40) listEnd = Math.min(listEnd, scope);
  const listText = ctx.text.slice(from, listEnd);
  const parts = listText.split(/,|\s(?:và|hoặc)\s/u).map((p) => clean(p)).filter(Boolean);
  if (parts.length !== run.length) return none;
  const firstLevel = parts[0].toLowerCase().search(LEVEL_IN);
  const sharedHead = headOfRate(parts[0]);
  const named = parts.map((p, i) => {
    if (i === 0) return p;
    if (firstLevel > 0 && LEVEL_START.test(p.toLowerCase())) return `${clean(parts[0].slice(0, firstLevel))} ${p}`;
    // `tỷ lệ người dân có chữ ký số và tài khoản thanh toán điện tử`: the rate and who it counts serve every part.
    return sharedHead && !RATE_START.test(p.toLowerCase()) ? `${sharedHead} ${p}` : p;
  });
  return named.every(speaksDomain) ? [...none.slice(0, first), ...named.map(nfc)] : none;
}

// `tỷ lệ người dân trưởng thành có chữ ký số` → `tỷ lệ người dân trưởng thành có`: a rate up to its verb.
function headOfRate(part: string): string | null {
  const lower = part.toLowerCase();
  if (!RATE_START.test(lower)) return null;
  const verb = RATE_VERB.exec(lower);
  return verb ? part.slice(0, verb.index + verb[0].length) : null;
}

// `tỷ lệ hồ sơ … đạt cấp tỉnh` → `tỷ lệ hồ sơ … đạt`: a metric without its level, for the items that change it.
function beforeLevel(metric: string): string | null {
  const cut = metric.toLowerCase().search(LEVEL_IN);
  return cut > 0 ? clean(metric.slice(0, cut)) : null;
}

function isShortAndPlain(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= 5 && !isOtherDomain(canonicalPhrase(text));
}

const speaksDomain = (text: string): boolean => isDigitalPhrase(canonicalPhrase(text));

// Two parts of a metric, either of which may be empty, as one phrase: `[left, right].filter(Boolean).join(' ')`.
function spaced(left: string, right: string): string {
  return left && right ? `${left} ${right}` : left || right;
}

// Trims punctuation and spaces at both ends (a loop, not a regex anchored at the end: linear on long runs).
function clean(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isJunkAt(s, start) && s.charCodeAt(start) !== OPENING_BRACKET) start++;
  while (end > start && isJunkAt(s, end - 1) && s.charCodeAt(end - 1) !== CLOSING_BRACKET) end--;
  const inner = s.slice(start, end);
  return singleSpaced(inner).trim();
}

// What is left once the verbs are out holds a word when any character is neither space nor punctuation (tested
// between the verbs, not on a copy without them). Each metric asks once: no memo, whose upkeep would cost more.
const WORD_CHARACTER = /[^\s\p{P}]/u;
const TWO_LETTERS = /\p{L}\p{L}/u;

function hasContent(s: string): boolean {
  return TWO_LETTERS.test(s) && holdsOutsidePhrases(VERBS, s, WORD_CHARACTER);
}

function onlyVerbs(canon: string, side: Side | null): boolean {
  return !side || !holdsOutsidePhrases(VERBS, canon.slice(side.start, side.end), WORD_CHARACTER);
}

// The words before a figure that name it: the whole item up to the figure, or what follows the last scope word (a
// year, a kind cue) when words other than a verb stand between it and the figure; connectors stripped. A scope word
// inside a subject (`Tỉ trọng kinh tế số trong GDP Việt Nam năm 2023 đạt`) stays; one that opens a new clause
// (`…, và đến năm 2025 phấn đấu đạt 100%`) leaves the figure bare, to take the metric of the figure before it.
function leftSide(ctx: MetricContext, item: Item, m: Measure, firstInSentence: boolean): Side | null {
  const end = m.start;
  let start = item.start;
  const { start: scopeAt, end: scopeEnd } = scopeWordsWithin(ctx, start, end);
  if (scopeEnd > start) {
    const afterIsVerbOnly = onlyVerbs(ctx.canon, { start: scopeEnd, end });
    // With no figure before it in the sentence, a bare value is named by the words before its scope (each test read
    // only when the ones before leave the answer open).
    if (!afterIsVerbOnly || !strip(ctx, { start, end: scopeAt }) || (!firstInSentence && trailingConjunction(ctx.canon, start, scopeAt, ',;') >= 0)) {
      start = scopeEnd;
    }
  }
  return strip(ctx, { start, end });
}

function strip(ctx: MetricContext, side: Side): Side | null {
  let { start } = side;
  for (;;) {
    const m = FILLERS_AT_START.exec(ctx.canon.slice(start, side.end));
    if (!m) break;
    start += m[0].length;
  }
  while (start < side.end && isLeadingJunkAt(ctx.text, start)) start++;
  return start < side.end ? { start, end: side.end } : null;
}

/** Where the scope words (years, kind cues) lying inside [from, to) start and end; `to` and `from` when none. */
function scopeWordsWithin(ctx: MetricContext, from: number, to: number): Side {
  const scope = { start: to, end: from };
  for (const list of [ctx.years, ctx.cues]) {
    // Read in place: two lists per figure, most of them with nothing inside.
    for (let i = firstAtOrAfter(list, from); i < list.length && list[i].start < to; i++) {
      if (list[i].end > to) continue;
      scope.start = Math.min(scope.start, list[i].start);
      scope.end = Math.max(scope.end, list[i].end);
    }
  }
  return scope;
}

// The words after a figure up to the end of its item, a year phrase at the end (`vào năm 2025`, `năm 2021`) left out.
function rightSide(ctx: MetricContext, item: Item, m: Measure): Side | null {
  const start = ownEnd(ctx.text, m);
  let end = item.end;
  // The figure's own year closes its words (`… GRDP vào năm 2025, mà còn …`); so do a colon, a contrast (`mà`),
  // and for a rank the words on how it is made up (`… dẫn đầu về chuyển đổi số với 3 trụ cột …`).
  const ownYear = spansWithin(ctx.years, start, end).find(isGoverningYear);
  if (ownYear) end = ownYear.start;
  const stop = ctx.canon.slice(start, end).search(m.unit === 'rank' ? RANK_RIGHT_STOP : RIGHT_STOP);
  if (stop >= 0) end = start + stop;
  const cueAfter = ctx.canon.slice(start, end).search(CUE_AFTER);
  if (cueAfter >= 0) end = start + cueAfter;
  while (end > start && isTrailingJunkAt(ctx.text, end - 1)) end--;
  let s = start;
  while (s < end && isLeadingJunkAt(ctx.text, s)) s++;
  return s < end ? { start: s, end } : null;
}

// `90% …, 80% … và 60% … được xử lý trên môi trường mạng`: the predicate of the last item of the run.
function sharedPredicate(ctx: MetricContext, i: number, items: Item[], rights: Array<Side | null>): string | null {
  if (!items[i].runsOn) return null;
  let j = i;
  while (j < items.length - 1 && items[j].runsOn) j++;
  if (j === i) return null;
  const last = rights[j];
  if (!last) return null;
  const lastText = ctx.canon.slice(last.start, last.end);
  const p = findPredicate(lastText);
  return p >= 0 ? clean(ctx.text.slice(last.start + p, last.end)) : null;
}

function findPredicate(canonText: string): number {
  return firstPhrase(PREDICATE_ANYWHERE, canonText)?.start ?? -1;
}

/**
 * One figure, two predicates: `100% cơ quan … được triển khai hạ tầng …, được giám sát an toàn thông tin …` is two
 * claims sharing the noun. Returns the metric once per predicate.
 */
export function predicatesOf(metric: string): string[] {
  // Two predicates need `được` twice; most metrics have it once at most.
  if (metric.indexOf('được') === metric.lastIndexOf('được')) return [metric];
  const m = /^(.+?)\s(được\s[^,]+),\s+(được\s.+)$/u.exec(metric);
  return m ? [`${m[1]} ${m[2]}`, `${m[1]} ${m[3]}`] : [metric];
}
