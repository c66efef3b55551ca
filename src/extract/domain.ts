// Domain: only digital-transformation figures are reported. A clause counts when it speaks the vocabulary of
// digital transformation (and, next to another domain's words — prices, shares, investment, turnout — a strong
// term); a count must count digital things, never meetings, tasks, delegates or provinces.
import { COUNTABLE_DIGITAL_THINGS, DIGITAL_TERMS, OTHER_DOMAIN_TERMS, STRONG_DIGITAL_TERMS } from './lexicon/digital.js';
import type { Measure } from './measures.js';
import { memoized } from './memo.js';
import { hasPhrase, phraseRegex } from './phrases.js';

const DIGITAL = phraseRegex(DIGITAL_TERMS);
const STRONG = phraseRegex(STRONG_DIGITAL_TERMS);
const OTHER = phraseRegex(OTHER_DOMAIN_TERMS);
const COUNTABLE = new RegExp(`^\\s*(?:${phraseRegex(COUNTABLE_DIGITAL_THINGS, 'u').source})`, 'u');

/**
 * Whether `clause` (canonical: the figure's metric and item) speaks of digital transformation. Not memoised: nearly
 * every clause is asked about once (a metric and its item joined), and keeping each answer cost more than it saved.
 */
export function isDigitalClause(clause: string): boolean {
  if (!hasPhrase(DIGITAL, clause)) return false;
  // The short list of strong terms first: it often settles the answer without the scan for another domain's words.
  return hasPhrase(STRONG, clause) || !hasPhrase(OTHER, clause);
}

/** Whether `clause` (canonical) speaks of another domain (prices, shares, investment, turnout …). */
export const isOtherDomain = memoized((clause: string): boolean => hasPhrase(OTHER, clause));

/**
 * Whether a measure is a digital-transformation figure. `clause` is its metric and item (canonical); `sentence`
 * the whole sentence, which speaks for a rank (`bảng xếp hạng chuyển đổi số … vị trí thứ 3`).
 */
export function isDigitalFigure(m: Measure, clause: string, sentence: string, countedCanon: string): boolean {
  if (m.unit === 'rank' || m.unit === 'rank-change') return isDigitalClause(sentence);
  if (m.unit === 'count') return COUNTABLE.test(countedCanon) && isDigitalClause(clause);
  if (m.unit === 'score') return isDigitalClause(clause) || isDigitalClause(sentence);
  return isDigitalClause(clause);
}
