// Lexicon phrases as regular expressions over the canonical view: whole words only (Vietnamese letters included),
// entries canonicalised once so `hòa`/`hoà` and case never matter. Alternations of literals: linear time.
import { canonicalize } from '../ingest/canonical.js';
import { unitTest } from '../ingest/unit-class.js';
import { memoized } from './memo.js';
import { firstAtOrAfter } from './spans.js';
import { firstMatchNotAfter, LETTER_OR_DIGIT, precededBy } from './word-start.js';

/**
 * The canonical view of a metric, clause or counted phrase (NFC): the rules ask it of the same text several times
 * (its domain, its levels, the figure's clause), so each is canonicalised once.
 */
export const canonicalPhrase = memoized(canonicalize);

const escapeLiteral = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of `words` taken literally, longest first so a longer word wins over its prefix. */
export function literalAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeLiteral)
    .join('|');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A phrase ends here. */
  ends: boolean;
}

/**
 * The regex source of `words` (canonical phrases; a space stands for any run of white space) as a trie, longest
 * match first: `đến(?:\s+(?:hết|nay))?` rather than `đến\s+hết|đến\s+nay|đến`. Same matches as the alternation
 * of the words longest first (the branches of a node start with different characters, so at most one can go on, and
 * going on is tried before stopping), but a failed position is left after one character instead of one per word.
 */
function phraseTrie(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), ends: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => (ch === ' ' ? '\\s+' : escapeLiteral(ch)) + source(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.ends ? `(?:${body})?` : body;
  };
  return source(root);
}

const WORD_START = '(?<![\\p{L}\\p{N}])';

/** The regex of `phraseRegex` without its leading look-behind, which scans check in code (see word-start.ts). */
const withoutWordStart = new WeakMap<RegExp, RegExp>();
/** The same, sticky: whether a phrase starts right at a position (a text's start follows no letter). */
const stickyBody = new WeakMap<RegExp, RegExp>();

/** Matches any of `phrases` as whole words in a canonical text. */
export function phraseRegex(phrases: readonly string[], flags = 'gu'): RegExp {
  const body = `(?:${phraseTrie([...new Set(phrases.map((p) => canonicalize(p.normalize('NFC'))))])})(?![\\p{L}\\p{N}])`;
  const re = new RegExp(WORD_START + body, flags);
  if (re.global && !re.sticky) {
    withoutWordStart.set(re, new RegExp(body, flags));
    stickyBody.set(re, new RegExp(body, `${flags.replace('g', '')}y`));
  }
  return re;
}

/** The source of `phraseRegex(words)` without its leading word start: test that in code with `LETTER_OR_DIGIT`. */
export function phraseBody(words: readonly string[]): string {
  return phraseRegex(words, 'u').source.slice(WORD_START.length);
}

/**
 * A cheap test that a canonical text may hold one of `phrases`: it contains the longest word of one of them (a phrase's
 * words are literal; only the spaces between them vary). Pays before a scan of a short list over many short texts.
 */
export function mayHoldPhrase(phrases: readonly string[]): (canon: string) => boolean {
  const words = [...new Set(phrases.map((p) => canonicalize(p.normalize('NFC')).split(' ').reduce((a, b) => (b.length > a.length ? b : a))))];
  return (canon) => words.some((w) => canon.includes(w));
}

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

/** Calls `each` for every match of `re` (a global regex) in `s`, in order, until it returns false. */
function scan(re: RegExp, s: string, each: (m: RegExpExecArray) => boolean): void {
  const fast = withoutWordStart.get(re);
  if (!fast) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!each(m)) {
        re.lastIndex = 0; // as a scan to the end leaves it, for callers that also `test` the regex
        return;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
    return;
  }
  // Phrase matches are never empty; a match inside a word is retried one character on, as the look-behind would.
  fast.lastIndex = 0;
  for (let m = fast.exec(s); m; m = fast.exec(s)) {
    if (precededBy(LETTER_OR_DIGIT, s, m.index)) fast.lastIndex = m.index + 1;
    else if (!each(m)) return;
  }
}

/** The matches of `re` (a global regex) in `canon` between `from` and `to`, offsets into `canon`; the first `limit`. */
export function findPhrases(re: RegExp, canon: string, from = 0, to = canon.length, limit = Infinity): PhraseHit[] {
  const slice = from === 0 && to === canon.length ? canon : canon.slice(from, to);
  const out: PhraseHit[] = [];
  if (limit <= 0) return out;
  scan(re, slice, (m) => {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
    return out.length < limit;
  });
  return out;
}

/** A space or a punctuation mark: never part of a word, so a phrase cannot run over it into the next. */
const isBreakAt = unitTest(/[\s\p{P}]/u);

/**
 * `findPhrases(re, canon, from, to, 1)[0]` read from `hits` (`findPhrases(re, canon)`, the whole text's) by binary
 * search. A scan of the slice takes its ends for word borders and cannot see a longer match running over them: when
 * a character other than a space or a punctuation mark stands against an end, or a hit crosses one, the slice is
 * scanned instead.
 */
export function firstPhraseIn(re: RegExp, canon: string, hits: readonly PhraseHit[], from: number, to: number): PhraseHit | undefined {
  const i = firstAtOrAfter(hits, from);
  const hit = i < hits.length && hits[i].start < to ? hits[i] : undefined;
  const bordered = (from === 0 || isBreakAt(canon, from - 1)) && (to === canon.length || isBreakAt(canon, to));
  const crossed = (i > 0 && hits[i - 1].end > from) || (hit !== undefined && hit.end > to);
  return bordered && !crossed ? hit : findPhrases(re, canon, from, to, 1)[0];
}

export function hasPhrase(re: RegExp, canon: string, from = 0, to = canon.length): boolean {
  return firstMatch(re, from === 0 && to === canon.length ? canon : canon.slice(from, to)) !== null;
}

/** The first match of `re` (a global regex) in `canon`, or null. */
export function firstPhrase(re: RegExp, canon: string): PhraseHit | null {
  const m = firstMatch(re, canon);
  return m && { start: m.index, end: m.index + m[0].length, text: m[0] };
}

// The first match `scan` would give, without its callback: asked for every clause, so kept lean.
function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  const fast = withoutWordStart.get(re);
  if (!fast) {
    re.lastIndex = 0;
    const m = re.exec(s);
    re.lastIndex = 0; // as a scan to the end leaves it, for callers that also `test` the regex
    return m;
  }
  return firstMatchNotAfter(fast, LETTER_OR_DIGIT, s);
}

/**
 * Whether `canon` with every match of `re` (a global regex) taken out holds a match of `charClass` (one character):
 * `charClass.test(canon.replace(re, ''))` without building that string, stopping at the first such character.
 */
export function holdsOutsidePhrases(re: RegExp, canon: string, charClass: RegExp): boolean {
  // Most texts start with such a character and with no phrase: the first match, if any, comes after it.
  const atStart = stickyBody.get(re);
  if (atStart && canon.length && charClass.test(firstCodePoint(canon))) {
    atStart.lastIndex = 0;
    if (!atStart.test(canon)) return true;
  }
  let found = false;
  let kept = 0;
  scan(re, canon, (m) => {
    found = m.index > kept && charClass.test(canon.slice(kept, m.index));
    kept = m.index + m[0].length;
    return !found;
  });
  return found || (kept < canon.length && charClass.test(kept === 0 ? canon : canon.slice(kept)));
}

function firstCodePoint(s: string): string {
  return s.slice(0, (s.codePointAt(0) ?? 0) > 0xffff ? 2 : 1);
}
