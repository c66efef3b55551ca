// Indicator catalogue matching: a metric phrase → a catalogue id, and the national targets behind an id.
//
// A metric phrase is what a figure counts plus its predicate, often with extra words around it. The backbone is
// phrase containment: the catalogue phrasing with the most words found in the metric (in order, `…` allowing a short
// gap) names the indicator, among the entries of the figure's unit whose negative cues are absent. Stages, first hit
// wins: canonical words (lower case, new-style tones, abbreviations expanded), then diacritic-free words, then fuzzy
// words (Jaro-Winkler, for misspellings) with a margin over the runner-up.
import { createRequire } from 'node:module';
import { asciiFold, canonicalize } from '../ingest/canonical.js';
import type { Level, NationalTarget, Unit } from '../output/schema.js';
import { INDICATOR_CATALOGUE } from './data/indicators.js';
import { INDICATOR_ABBREVIATIONS, INDICATOR_SPELLING_VARIANTS } from './data/indicators-lexicon.js';
import type { IndicatorEntry, IndicatorUnit } from './data/indicators-types.js';

// natural's index prints banners and loads slowly: take the one submodule (CommonJS) directly, and only once a
// misspelling is looked for (most metrics match at an exact stage).
const require = createRequire(import.meta.url);
type Similarity = (a: string, b: string) => number;
let loadedJaroWinkler: Similarity | undefined;
const jaroWinkler: Similarity = (a, b) =>
  (loadedJaroWinkler ??= require('natural/lib/natural/distance/jaro-winkler_distance.js') as Similarity)(a, b);

export interface IndicatorMatch {
  id: string | null;
  /**
   * 0..1: how sure the match is. 1 for the whole phrase; otherwise by how much of the metric the phrasing covers,
   * within 0.6–1 (exact words), 0.5–0.9 (diacritic-free words), 0.3–0.7 (fuzzy words).
   */
  score: number;
  /** `exact`: canonical words (whole phrase or contained); `folded`: diacritic-free words; `fuzzy`: misspelt words. */
  method: 'exact' | 'folded' | 'fuzzy' | 'none';
}

const NO_MATCH: IndicatorMatch = { id: null, score: 0, method: 'none' };

/** A figure's unit → the unit of the entries it may match (a change of rank is still about a ranking). */
const ENTRY_UNIT: Record<Unit, IndicatorUnit> = {
  percent: 'percent',
  count: 'count',
  rank: 'rank',
  'rank-change': 'rank',
  score: 'score',
};

/** Longest metric phrase read; rules hand over a clause, anything longer is not a metric phrase. */
const MAX_METRIC_CHARS = 1000;
/** Words a `…` in a phrasing may stand for. */
const MAX_GAP = 10;
/** Jaro-Winkler similarity above which two diacritic-free words count as one misspelt word. */
const FUZZY_WORD_SIMILARITY = 0.9;
/** Shortest word the fuzzy stage compares loosely: Vietnamese syllables of 1–3 letters differ by one letter. */
const FUZZY_MIN_WORD_LENGTH = 4;
/** How many more matched words the best fuzzy entry needs over the runner-up. */
const FUZZY_MARGIN = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;
const GAP = /…|\.\.\./;

/** Canonical words of a text: canonical view, spelling variants unified, abbreviations expanded. */
export function indicatorWords(text: string): string[] {
  const canonical = canonicalize(text.slice(0, MAX_METRIC_CHARS).normalize('NFC'));
  const words: string[] = [];
  for (const raw of canonical.match(WORD) ?? []) {
    const word = INDICATOR_SPELLING_VARIANTS[raw] ?? raw;
    const expansion = INDICATOR_ABBREVIATIONS[word];
    if (expansion) words.push(...expansion.split(' '));
    else words.push(word);
  }
  return words;
}

/** A canonical word without diacritics; `y` → `i` as in the spelling pairs `tỷ`/`tỉ`, `kỹ`/`kĩ`. */
export function foldWord(word: string): string {
  return asciiFold(word).replace(/y/g, 'i');
}

/** A phrasing split at its gaps, each segment a list of words. */
type Segments = string[][];

interface CompiledPhrasing {
  canonical: Segments;
  folded: Segments;
  /** Distinct words of each form: a phrasing with a word the metric lacks cannot match exactly. */
  canonicalWords: string[];
  foldedWords: string[];
}

interface CompiledEntry {
  entry: IndicatorEntry;
  order: number;
  phrasings: CompiledPhrasing[];
  negatives: CompiledPhrasing[];
  /** Gapless phrasings and the names, as joined canonical words, for the whole-phrase stage. */
  whole: Set<string>;
}

function compilePhrasing(phrasing: string): CompiledPhrasing {
  const canonical = phrasing
    .split(GAP)
    .map((segment) => indicatorWords(segment))
    .filter((segment) => segment.length > 0);
  const folded = canonical.map((segment) => segment.map(foldWord));
  return { canonical, folded, canonicalWords: [...new Set(canonical.flat())], foldedWords: [...new Set(folded.flat())] };
}

const COMPILED: CompiledEntry[] = INDICATOR_CATALOGUE.map((entry, order) => ({
  entry,
  order,
  phrasings: entry.phrasings.map(compilePhrasing),
  negatives: (entry.negativeCues ?? []).map(compilePhrasing),
  whole: new Set(
    [...entry.phrasings.filter((p) => !GAP.test(p)), entry.nameVi, entry.nameEn].map((p) => indicatorWords(p).join(' ')),
  ),
}));

const BY_ID = new Map(INDICATOR_CATALOGUE.map((entry) => [entry.id, entry]));

/** How alike two words are (0 = different); exact stages use plain equality. */
type WordSimilarity = (metricWord: string, phrasingWord: string) => number;

const equalWords: WordSimilarity = (a, b) => (a === b ? 1 : 0);

const fuzzyWords: WordSimilarity = (a, b) => {
  if (a === b) return 1;
  if (a.length < FUZZY_MIN_WORD_LENGTH || b.length < FUZZY_MIN_WORD_LENGTH) return 0;
  const similarity = jaroWinkler(a, b);
  return similarity >= FUZZY_WORD_SIMILARITY ? similarity : 0;
};

/**
 * Says cheaply whether a phrasing can match `words` at all: every one of its words must be like some metric word.
 * Exact stages look words up in a set; the fuzzy stage remembers each phrasing word's verdict for the call.
 */
function phrasingFilter(words: string[], same: WordSimilarity): (phrasingWords: string[]) => boolean {
  const present = new Set(words);
  if (same === equalWords) return (phrasingWords) => phrasingWords.every((w) => present.has(w));
  const verdicts = new Map<string, boolean>();
  const alike = (w: string): boolean => {
    let verdict = verdicts.get(w);
    if (verdict === undefined) verdicts.set(w, (verdict = present.has(w) || words.some((m) => same(m, w) > 0)));
    return verdict;
  };
  return (phrasingWords) => phrasingWords.every(alike);
}

interface PhrasingHit {
  /** Sum of word similarities: the number of words matched when they match exactly. */
  weight: number;
  words: number;
  gaps: number;
}

/** Where `segment` matches `words` starting at `at`: the summed similarity, or 0. */
function segmentWeight(words: string[], segment: string[], at: number, same: WordSimilarity): number {
  if (at + segment.length > words.length) return 0;
  let weight = 0;
  for (let k = 0; k < segment.length; k++) {
    const s = same(words[at + k], segment[k]);
    if (s === 0) return 0;
    weight += s;
  }
  return weight;
}

/** The best way the segments occur in order in `words`, each within MAX_GAP words of the one before. */
function findSegments(words: string[], segments: Segments, same: WordSimilarity, index = 0, from = 0): PhrasingHit | null {
  const segment = segments[index];
  const last = index === 0 ? words.length - segment.length : Math.min(from + MAX_GAP, words.length - segment.length);
  let best: PhrasingHit | null = null;
  for (let at = from; at <= last; at++) {
    const weight = segmentWeight(words, segment, at, same);
    if (weight === 0) continue;
    const gap = index === 0 ? 0 : at - from;
    let hit: PhrasingHit | null = { weight, words: segment.length, gaps: gap };
    if (index + 1 < segments.length) {
      const rest = findSegments(words, segments, same, index + 1, at + segment.length);
      hit = rest && { weight: weight + rest.weight, words: segment.length + rest.words, gaps: gap + rest.gaps };
    }
    if (hit && (!best || hit.weight > best.weight || (hit.weight === best.weight && hit.gaps < best.gaps))) best = hit;
  }
  return best;
}

interface EntryHit extends PhrasingHit {
  compiled: CompiledEntry;
}

/** Entries of `unit` ranked by their best phrasing in `words`, best first; entries with a negative cue drop out. */
function rankEntries(words: string[], unit: IndicatorUnit, form: 'canonical' | 'folded', same: WordSimilarity): EntryHit[] {
  const hits: EntryHit[] = [];
  const wordsOf = form === 'canonical' ? 'canonicalWords' : 'foldedWords';
  const canMatch = phrasingFilter(words, same);
  const canMatchExactly = phrasingFilter(words, equalWords);
  for (const compiled of COMPILED) {
    if (compiled.entry.unit !== unit) continue;
    let best: PhrasingHit | null = null;
    for (const phrasing of compiled.phrasings) {
      if (!canMatch(phrasing[wordsOf])) continue;
      const hit = findSegments(words, phrasing[form], same);
      if (hit && (!best || hit.weight > best.weight || (hit.weight === best.weight && hit.gaps < best.gaps))) best = hit;
    }
    if (!best) continue;
    const negativeFound = (negative: CompiledPhrasing): boolean =>
      canMatchExactly(negative[wordsOf]) && findSegments(words, negative[form], equalWords) !== null;
    if (compiled.negatives.some(negativeFound)) continue;
    hits.push({ weight: best.weight, words: best.words, gaps: best.gaps, compiled });
  }
  return hits.sort((a, b) => b.weight - a.weight || a.gaps - b.gaps || a.compiled.order - b.compiled.order);
}

/** 0..1 confidence from how much of the metric the phrasing covers, within a stage's band. */
function coverageScore(hit: PhrasingHit, metricWords: number, floor: number, span: number): number {
  return Math.round((floor + (span * hit.weight) / Math.max(metricWords, hit.words)) * 1000) / 1000;
}

/**
 * Matches already made, one map per unit keyed by the metric itself (no key string built per call): rules hand over
 * the same metric phrases again and again. A map is cleared when full.
 */
const MATCHES = new Map<Unit, Map<string, IndicatorMatch>>();
const MAX_MATCHES = 20_000;

export function matchIndicator(metric: string, unit: Unit): IndicatorMatch {
  let matches = MATCHES.get(unit);
  if (!matches) MATCHES.set(unit, (matches = new Map()));
  let match = matches.get(metric);
  if (!match) {
    if (matches.size >= MAX_MATCHES) matches.clear();
    matches.set(metric, (match = matchUncached(metric, unit)));
  }
  return { ...match };
}

function matchUncached(metric: string, unit: Unit): IndicatorMatch {
  const entryUnit = ENTRY_UNIT[unit];
  const words = indicatorWords(metric);
  if (words.length === 0) return NO_MATCH;

  const joined = words.join(' ');
  const whole = COMPILED.find((c) => c.entry.unit === entryUnit && c.whole.has(joined));
  if (whole) return { id: whole.entry.id, score: 1, method: 'exact' };

  const [exact] = rankEntries(words, entryUnit, 'canonical', equalWords);
  if (exact) return { id: exact.compiled.entry.id, score: coverageScore(exact, words.length, 0.6, 0.4), method: 'exact' };

  const folded = words.map(foldWord);
  const [foldedHit] = rankEntries(folded, entryUnit, 'folded', equalWords);
  if (foldedHit) {
    return { id: foldedHit.compiled.entry.id, score: coverageScore(foldedHit, words.length, 0.5, 0.4), method: 'folded' };
  }

  const [fuzzy, runnerUp] = rankEntries(folded, entryUnit, 'folded', fuzzyWords).filter((hit) => hit.words >= 2);
  if (fuzzy && (!runnerUp || fuzzy.weight - runnerUp.weight >= FUZZY_MARGIN)) {
    return { id: fuzzy.compiled.entry.id, score: coverageScore(fuzzy, words.length, 0.3, 0.4), method: 'fuzzy' };
  }
  return NO_MATCH;
}

/** The catalogue entry of an id, or undefined. */
export function indicatorById(id: string): IndicatorEntry | undefined {
  return BY_ID.get(id);
}

/**
 * The national target of an indicator for a year, or null. A target set per administrative level (hồ sơ công việc:
 * 90% bộ, tỉnh · 80% huyện · 60% xã) is only returned for a figure of that level.
 */
export function nationalTargetFor(id: string, year: number | null, level?: Level | null): NationalTarget | null {
  if (year === null) return null;
  const target = BY_ID.get(id)?.nationalTargets.find(
    (t) => t.year === year && (t.levels === undefined || (level != null && t.levels.includes(level))),
  );
  if (!target) return null;
  return { value: target.value, comparator: target.comparator, year: target.year, source: target.source };
}
