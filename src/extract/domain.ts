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

/**
 * The digital and strong terms of a short canonical phrase, remembered for the document: a metric is asked once when
 * it is read and again as the head of its figure's clause.
 */
const termsOf = memoized((phrase: string): { digital: boolean; strong: boolean } => {
  const digital = hasPhrase(DIGITAL, phrase);
  return { digital, strong: digital && hasPhrase(STRONG, phrase) };
});

/** `isDigitalClause` for a metric (canonical), its terms remembered. */
export function isDigitalPhrase(phrase: string): boolean {
  const terms = termsOf(phrase);
  return terms.digital && (terms.strong || !hasPhrase(OTHER, phrase));
}

/** Whether `clause` (canonical) speaks of another domain (prices, shares, investment, turnout …). */
export const isOtherDomain = memoized((clause: string): boolean => hasPhrase(OTHER, clause));

/**
 * Whether a measure is a digital-transformation figure. `clause` is its metric and item (canonical); `sentence`
 * the whole sentence, which speaks for a rank (`bảng xếp hạng chuyển đổi số … vị trí thứ 3`). `head` is the metric
 * that opens `clause` (and, for a rank or a score, `sentence`) before a space: one with a digital and a strong term
 * settles the test unread, since a phrase's match stays a match in a text that goes on after a space.
 */
export function isDigitalFigure(m: Measure, clause: string, sentence: string, countedCanon: string, head = ''): boolean {
  const speaks = head && termsOf(head).strong ? () => true : isDigitalClause;
  if (m.unit === 'rank' || m.unit === 'rank-change') return speaks(sentence);
  if (m.unit === 'count') return COUNTABLE.test(countedCanon) && speaks(clause);
  if (m.unit === 'score') return speaks(clause) || speaks(sentence);
  return speaks(clause);
}
