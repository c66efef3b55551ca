// Figures: the rules joined. For each sentence, the measures in it are cut into list items; each item gives a metric
// (with the list's elisions), levels (a coordinated level splits the figure), a year and a kind (the item's own words
// first, then the scope in force, then the document's horizon), an owner, and passes the domain test.
import { canonicalize } from '../ingest/canonical.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { Comparator, Kind, Level } from '../output/schema.js';
import { documentPlace } from '../normalize/document-province.js';
import { findProvinceMentions } from '../normalize/provinces.js';
import { isDigitalFigure } from './domain.js';
import { headlinesAsRestatements } from './headlines.js';
import { findKindCues, nearestCueBefore, type KindCue } from './kind.js';
import { YEARLY_CUES } from './lexicon/cues.js';
import { RANKING_NAMES } from './lexicon/digital.js';
import { levelsOf } from './levels.js';
import { itemsOf, ownEnd, type Item } from './list-items.js';
import { findMeasures, type Measure } from './measures.js';
import { metricsOf, predicatesOf, type Metric, type MetricMemory } from './metric.js';
import { forgetMemoized } from './memo.js';
import { OwnerReader } from './owner.js';
import { canonicalPhrase, findPhrases, firstPhraseIn, hasPhrase, mayHoldPhrase, phraseRegex } from './phrases.js';
import { respectiveCue } from './respectively.js';
import { ScopeReader } from './scopes.js';
import { continuesPreviousBlock, sentencesOf, type Sentence } from './sentences.js';
import { firstAtOrAfter, spansWithin } from './spans.js';
import type { FigureCandidate, OwnerHint } from './types.js';
import {
  defaultTargetYear,
  findYearMentions,
  horizonBefore,
  isGoverningYear,
  kindOfYear,
  referenceYear,
  reportYear,
  type YearMention,
} from './years.js';

const YEARLY = phraseRegex(YEARLY_CUES);
const MAX_FIGURES_PER_SENTENCE = 40;
const PROVINCE_COUNT_BEFORE = /(?<![\p{L}\p{N}])\d{1,2}\s+(?:tỉnh|địa phương|thành phố|đơn vị)(?!\p{L})/u;
const NEGATED_RANK = /(?<!\p{L})(?:không|chưa)\s+(?:nằm|thuộc|lọt|có mặt|vào)(?!\p{L})/u;
const AT_LEAST_AFTER_COUNTED = /(?<!\p{L})trở lên(?!\p{L})/u;
const RANKING_NAME = phraseRegex(RANKING_NAMES);
const mayNameRanking = mayHoldPhrase(RANKING_NAMES);
const LEADER_THEN_NAME = /^\s*là\s/u;
// `các tỷ lệ này`, `tỷ lệ này`, `các chỉ tiêu tương ứng`: the figures of the sentence before, named again.
const BACK_REFERENCE = /(?<!\p{L})(?:tỷ lệ|tỉ lệ|chỉ tiêu|tỷ trọng|tỉ trọng|con số|mục tiêu)\s+(?:này|trên|tương ứng)(?!\p{L})/u;

/** A figure of the sentence before, as a later `các tỷ lệ này lần lượt …` may name it again. */
interface SaidFigure {
  unit: Measure['unit'];
  metric: string;
  level: Level | null;
}

/** What the sentences before tell the next one. */
interface SentenceMemory extends MetricMemory {
  chain: number;
  /** The figures of the last sentence that gave any, in this paragraph. */
  previous: SaidFigure[];
  /** The ranking the paragraph has named (`Chỉ số chuyển đổi số (DTI)`), which its scores and places belong to. */
  ranking: string | null;
}

interface DocumentFacts {
  text: string;
  canon: string;
  years: YearMention[];
  cues: KindCue[];
  reference: number | null;
  publicationYear: number | null;
  horizon: number | null;
  horizonBefore: (pos: number) => number | null;
  reportYear: number | null;
  scopes: ScopeReader;
  owners: OwnerReader;
  documentProvince: string | null;
}

export function extractFigures(doc: IngestedDocument): FigureCandidate[] {
  forgetMemoized();
  const facts = readDocument(doc);
  const sentences = sentencesOf(facts.text, doc.blocks);
  const measures = findMeasures(facts.text, facts.canon);
  const chainStarts = chainStartsOf(doc, facts.text);
  // The rankings the text names, found once and read per sentence (none without the words of one).
  const rankings = mayNameRanking(facts.canon) ? findPhrases(RANKING_NAME, facts.canon) : null;
  const out: FigureCandidate[] = [];
  // The metric of the last figure: a bare value (`năm 2022 là 18,66%`) refers back to it anywhere; a few plain words
  // (`tỷ trọng tương ứng`) only within the paragraph.
  const memory: SentenceMemory = { document: null, paragraph: null, chain: -1, previous: [], ranking: null };
  for (const sentence of sentences) {
    if (chainStarts[sentence.block] !== memory.chain) {
      memory.paragraph = null;
      memory.previous = [];
      memory.ranking = null;
      memory.chain = chainStarts[sentence.block];
    }
    const own = spansWithin(measures, sentence.start, sentence.end);
    const ranking = rankings && firstPhraseIn(RANKING_NAME, facts.canon, rankings, sentence.start, sentence.end);
    // A sentence with dozens of numbers is a table or a run of data, not a statement of targets.
    if (!own.length || own.length > MAX_FIGURES_PER_SENTENCE) {
      if (ranking) memory.ranking = facts.text.slice(ranking.start, ranking.end);
      continue;
    }
    const figures = figuresOfSentence(facts, sentence, chainStarts[sentence.block], own, memory);
    for (const f of figures.all) out.push(f);
    if (ranking) memory.ranking = facts.text.slice(ranking.start, ranking.end);
    if (figures.all.length) memory.previous = figures.all.map((f) => ({ unit: f.unit, metric: f.metric, level: f.level }));
    if (figures.lastMetric) {
      memory.document = figures.lastMetric;
      memory.paragraph = figures.lastMetric;
    }
  }
  return headlinesAsRestatements(doc.blocks, out);
}

function readDocument(doc: IngestedDocument): DocumentFacts {
  const text = doc.view.text;
  const canon = doc.canonical;
  const years = findYearMentions(canon);
  const reference = referenceYear(doc.published, years);
  const publicationYear = doc.published ? Number(doc.published.slice(0, 4)) || null : null;
  const horizon = defaultTargetYear(years, reference);
  const cues = findKindCues(canon, 0, canon.length);
  const place = documentPlace(doc);
  const mentions = findProvinceMentions(text, canon, place.textEra);
  return {
    text,
    canon,
    years,
    cues,
    reference,
    publicationYear,
    horizon,
    horizonBefore: horizonBefore(years, reference),
    reportYear: reportYear(years),
    scopes: new ScopeReader(years, cues, { reference, publicationYear, horizon }),
    owners: new OwnerReader(canon, mentions),
    documentProvince: place.code,
  };
}

// Where the scope of each block starts reading: its own start, or the start of the list it continues.
function chainStartsOf(doc: IngestedDocument, text: string): number[] {
  const starts: number[] = [];
  doc.blocks.forEach((b, i) => starts.push(continuesPreviousBlock(text, doc.blocks, i) ? starts[i - 1] : b.start));
  return starts;
}

function figuresOfSentence(
  facts: DocumentFacts,
  sentence: Sentence,
  chainStart: number,
  measures: Measure[],
  memory: SentenceMemory,
): { all: FigureCandidate[]; lastMetric: string | null } {
  const items = itemsOf(facts.text, sentence.start, sentence.end, measures);
  const metrics = metricsOf(facts, sentence.start, measures, items, memory);
  const slots = respectiveSlots(facts.canon, sentence.start, measures, metrics, memory.previous);
  const sentenceCanon = facts.canon.slice(sentence.start, sentence.end);
  const respective = facts.owners.respectiveOwners(sentence.start, measures.filter((m) => m.unit === 'percent').map((m) => m.start));
  const locals = measures.map((m, i) => localYear(facts, m, items[i]));
  const listYears = measures.map((_, i) => listYear(facts, measures, items, locals, i));
  let percentIndex = 0;
  const all: FigureCandidate[] = [];
  let lastMetric: string | null = null;
  measures.forEach((m, i) => {
    const item = items[i];
    const slot = slots[i];
    let metric = slot?.metric !== undefined ? withText(metrics[i], slot.metric, [...metrics[i].how, 'metric-respectively-previous']) : metrics[i];
    const itemCanon = facts.canon.slice(item.start, item.end);
    // Only a count is judged by what it counts.
    const countedCanon = m.unit === 'count' ? canonicalPhrase(m.counted ?? metric.text) : '';
    const respectiveOwner = m.unit === 'percent' && respective ? respective[percentIndex++] : null;
    // A league table under a ranking the paragraph named before: `Dẫn đầu là Đà Nẵng với 0,7141 điểm`.
    const ranked = m.unit === 'rank' || m.unit === 'rank-change' || m.unit === 'score';
    if (ranked && memory.ranking && !metric.text.includes(memory.ranking) && !isDigitalFigure(m, `${canonicalPhrase(metric.text)} ${itemCanon}`, sentenceCanon, countedCanon)) {
      metric = withText(metric, `${memory.ranking} ${metric.text}`.trim(), [...metric.how, 'metric-from-paragraph-ranking']);
    }
    const trace = m.trace.concat(metric.how);
    const metricCanon = canonicalPhrase(metric.text);
    const clause = `${metricCanon} ${itemCanon}`;
    if (!isDigitalFigure(m, clause, ranked ? `${metricCanon} ${sentenceCanon}` : sentenceCanon, countedCanon, metricCanon)) return;
    // `5 địa phương trên 20%`, `17 tỉnh có tỷ trọng … trên 10%`: a bound of a class of provinces, not a figure.
    if (m.unit === 'percent' && PROVINCE_COUNT_BEFORE.test(facts.canon.slice(Math.max(sentence.start, item.start - 4), m.start))) return;
    trace.push('domain:digital');
    if (metric.text) lastMetric = metric.text;
    const { kind, year, how } = kindAndYear(facts, m, item, chainStart, itemCanon, listYears[i]);
    trace.push(...how);
    const ownerRead = respectiveOwner
      ? { owner: respectiveOwner, how: 'owner:respectively' }
      : facts.owners.ownerOf(m.start, m.end, item.start, leaderNamedAfter(facts.canon, m) ? (measures[i + 1]?.start ?? sentence.end) : item.end, chainStart);
    trace.push(ownerRead.how);
    // A rank places a province among others: the nation holds none, and a denied place (`không nằm trong top 5`) is
    // no figure.
    if (m.unit === 'rank' || m.unit === 'rank-change') {
      const owner = ownerRead.owner;
      if (owner.kind === 'national' || (owner.kind === 'document' && facts.documentProvince === null)) return;
      if (NEGATED_RANK.test(facts.canon.slice(Math.max(item.start, m.start - 30), m.start))) return;
    }
    const comparator = comparatorOf(m, facts.text.slice(m.end, item.end));
    const levels: ReadonlyArray<Level | null> = slot ? [slot.level] : levelsOf(metric.text);
    if (slot) trace.push(`level:respectively:${slot.level}`);
    if (levels.length > 1) trace.push(`level:split:${levels.join('+')}`);
    const predicates = m.unit === 'percent' ? predicatesOf(metric.text) : [metric.text];
    if (predicates.length > 1) trace.push('metric:two-predicates');
    for (const text of predicates) {
      for (const level of levels.length ? levels : [null]) {
        all.push(candidate(m, text === metric.text ? metric : withText(metric, text, metric.how), sentence, { kind, year, level, comparator, owner: ownerRead.owner, trace }));
      }
    }
  });
  return { all, lastMetric };
}

/**
 * `lần lượt`/`tương ứng` zip the values after the cue one-to-one with the slots before it: the figures of the
 * sentence before when the words point back (`Năm 2022, các tỷ lệ này lần lượt đạt 82%, 61% và 38%`), else the
 * coordinated levels of their shared metric (`… tại cấp tỉnh, cấp huyện, cấp xã … lần lượt là 90%, 75% và 55%`).
 * Only when the counts agree; otherwise the figures are read one by one.
 */
function respectiveSlots(
  canon: string,
  sentenceStart: number,
  measures: Measure[],
  metrics: Metric[],
  previous: SaidFigure[],
): Array<{ metric?: string; level: Level | null } | null> {
  const slots: Array<{ metric?: string; level: Level | null } | null> = measures.map(() => null);
  const first = measures.findIndex((m, i) => respectiveCue(canon, i === 0 ? sentenceStart : measures[i - 1].end, m.start) !== null);
  if (first < 0) return slots;
  let last = first;
  while (last + 1 < measures.length && measures[last + 1].unit === measures[first].unit) last++;
  const count = last - first + 1;
  if (count < 2) return slots;
  const earlier = previous.filter((p) => p.unit === measures[first].unit);
  if (BACK_REFERENCE.test(canon.slice(sentenceStart, measures[first].start)) && earlier.length === count) {
    for (let k = 0; k < count; k++) slots[first + k] = { metric: earlier[k].metric, level: earlier[k].level };
    return slots;
  }
  const levels = levelsOf(metrics[first].text);
  const shared = metrics.slice(first, last + 1).every((mt) => levelsOf(mt.text).join() === levels.join());
  if (levels.length === count && shared) for (let k = 0; k < count; k++) slots[first + k] = { level: levels[k] };
  return slots;
}

// A metric read again with other words (field by field: a spread followed by more keys is slow in V8).
function withText(metric: Metric, text: string, how: string[]): Metric {
  return { text, start: metric.start, end: metric.end, how };
}

// `Dẫn đầu là Đà Nẵng với 0,7141 điểm`: the leader is named after the place, up to the next figure.
function leaderNamedAfter(canon: string, m: Measure): boolean {
  return m.unit === 'rank' && LEADER_THEN_NAME.test(canon.slice(m.end, m.end + 6));
}

function comparatorOf(m: Measure, after: string): Comparator {
  // `10.000 lao động trở lên`: the bound comes after what is counted.
  if (m.unit === 'count' && m.comparator === 'eq' && AT_LEAST_AFTER_COUNTED.test(canonicalize(after.slice(0, 40)))) return 'gte';
  return m.comparator;
}

/** The year and kind of a figure: its own words first, then the scope in force, then the document's horizon. */
function kindAndYear(
  facts: DocumentFacts,
  m: Measure,
  item: Item,
  chainStart: number,
  itemCanon: string,
  local: YearMention | null,
): { kind: Kind; year: number | null; how: string[] } {
  const how: string[] = [];
  const horizon = facts.horizonBefore(m.start);
  const cue = nearestCueBefore(facts.cues, item.start, m.start);
  const scope = facts.scopes.at(chainStart, m.start);
  let kind: Kind;
  if (cue && isPastDeed(facts, cue, item, local)) {
    // `Năm 2022, tỉnh đã hoàn thành …, bảo đảm 100% cơ quan …`: what a past deed ensured is an actual.
    kind = 'actual';
    how.push('kind:past-deed');
  } else if (cue) {
    kind = cue.kind;
    how.push(`kind:cue:${facts.canon.slice(cue.start, cue.end)}`);
  } else if (local) {
    kind = kindOfYear(local, facts.reference, facts.horizon);
    how.push(`kind:year:${local.year}`);
  } else if (scope.kind) {
    kind = scope.kind;
    how.push(`kind:scope:${scope.kind}`);
  } else {
    // Nothing said: a document that names a horizon states targets; one that names none reports.
    kind = horizon !== null ? 'target' : 'actual';
    how.push('kind:default');
  }
  let year: number | null = null;
  if (local) {
    year = local.year;
    how.push('year:local');
  } else if (cue?.tense === 'current') {
    year = facts.publicationYear;
    how.push('year:current');
  } else if (scope.kind === kind && scope.year !== null) {
    year = scope.year;
    how.push('year:scope');
  } else if (kind === 'target') {
    year = hasPhrase(YEARLY, itemCanon) ? null : horizon;
    how.push(year === null ? 'year:yearly-or-none' : 'year:horizon');
  } else {
    year = facts.reportYear;
    if (year !== null) how.push('year:report');
  }
  return { kind, year, how };
}

// A one-figure target word (`bảo đảm`, `hướng tới`) after `đã` in the same item, or under a year before the
// document's own, reports what was done.
function isPastDeed(facts: DocumentFacts, cue: KindCue, item: Item, local: YearMention | null): boolean {
  if (cue.kind !== 'target' || cue.opensScope) return false;
  if (local && facts.reference !== null && local.year < facts.reference) return true;
  return spansWithin(facts.cues, item.start, cue.start).some((c) => c.tense === 'achieved' && facts.canon.slice(c.start, c.end) === 'đã');
}

/**
 * The year of a figure in a list: its own, else the one said after the last item of its run (`tương ứng 19,1% và
 * 17,6% năm 2023`), else the one of the figure of the same unit before it in the sentence (`… năm 2023 cao nhất là
 * Bắc Ninh (48,2%); tiếp theo là Thái Nguyên (39,5%)`).
 */
function listYear(facts: DocumentFacts, measures: Measure[], items: Item[], locals: Array<YearMention | null>, i: number): YearMention | null {
  if (locals[i]) return locals[i];
  for (let j = i; j < measures.length - 1 && items[j].runsOn; j++) {
    const next = locals[j + 1];
    if (next && next.start >= measures[j + 1].end) return next;
  }
  for (let k = i - 1; k >= 0; k--) if (locals[k] && measures[k].unit === measures[i].unit) return locals[k];
  return null;
}

// A year in the figure's own item: in brackets right after it (`50% (năm 2025)`), after it (`13,84% năm 2021`,
// `… vào năm 2025`), or before it (`năm 2023 đạt 16,5%`, `đến tháng 6/2024 là 18,5%`), the nearest first.
function localYear(facts: DocumentFacts, m: Measure, item: Item): YearMention | null {
  const inBracket = usableYear(facts.years, m.end, ownEnd(facts.text, m), 'first');
  if (inBracket) return inBracket;
  const nearestAfter = usableYear(facts.years, m.end, item.end, 'first');
  const nearestBefore = usableYear(facts.years, item.start, m.start, 'last');
  if (nearestAfter && nearestBefore) return nearestAfter.start - m.end < m.start - nearestBefore.end ? nearestAfter : nearestBefore;
  return nearestAfter ?? nearestBefore ?? null;
}

/** The first or last year inside [from, to) that governs a figure and is no title's (no list built). */
function usableYear(years: YearMention[], from: number, to: number, which: 'first' | 'last'): YearMention | null {
  let found: YearMention | null = null;
  for (let i = firstAtOrAfter(years, from); i < years.length && years[i].start < to; i++) {
    const y = years[i];
    if (y.end > to || !isGoverningYear(y) || y.titleLike) continue;
    if (which === 'first') return y;
    found = y;
  }
  return found;
}

function candidate(
  m: Measure,
  metric: Metric,
  sentence: Sentence,
  f: { kind: Kind; year: number | null; level: Level | null; comparator: Comparator; owner: OwnerHint; trace: string[] },
): FigureCandidate {
  const c: FigureCandidate = {
    start: metric.start,
    end: metric.end,
    value: m.value,
    unit: m.unit,
    comparator: f.comparator,
    year: f.year,
    kind: f.kind,
    metric: metric.text,
    level: f.level,
    owner: f.owner,
    sentence: { start: sentence.start, end: sentence.end },
    confidence: confidenceOf(metric, f.trace),
    trace: f.trace,
  };
  if (m.valueMax !== undefined) c.valueMax = m.valueMax;
  return c;
}

function confidenceOf(metric: Metric, trace: string[]): number {
  let c = 0.8;
  if (!metric.text) c -= 0.3;
  if (metric.how.length) c -= 0.1;
  if (trace.includes('kind:default')) c -= 0.15;
  return Math.max(0.1, Math.round(c * 100) / 100);
}
