// Is an instrument about digital transformation? Judged from its title window; a noun with no title of its own
// (`Nghị quyết đề ra …`, `thực hiện Kế hoạch:`) is judged later from the instrument it refers to or the document.
import { STRONG_DIGITAL_TERMS } from '../lexicon/digital.js';
import { findPhrases, hasPhrase, mayHoldPhrase, phraseRegex } from '../phrases.js';
import { DIGITAL_TRANSFORMATION_TERMS, NATIONAL_SCOPE_TERMS } from './subject-terms.js';

export type Subject = 'digital' | 'other' | 'bare';

const DIGITAL = phraseRegex(DIGITAL_TRANSFORMATION_TERMS);
const STRONG_DIGITAL = phraseRegex(STRONG_DIGITAL_TERMS);
const NATIONAL = phraseRegex(NATIONAL_SCOPE_TERMS);
/** A title holds a national-scope term only if it holds one of their words: most hold none, and are not scanned. */
const mayBeNational = mayHoldPhrase(NATIONAL_SCOPE_TERMS);

export function readSubject(canonical: string, from: number, to: number, titleWords: ReadonlySet<string>): Subject {
  if (speaksOfDigitalTransformation(canonical, from, to)) return 'digital';
  return titleWords.size ? 'other' : 'bare';
}

export function speaksOfDigitalTransformation(canonical: string, from: number, to: number): boolean {
  return hasPhrase(DIGITAL, canonical, from, to);
}

/** The sentence around a bare noun is about digital transformation (`Theo Kế hoạch số 56, … hồ sơ công việc …`). */
export function digitalSentence(canonical: string, from: number, to: number): boolean {
  return hasPhrase(DIGITAL, canonical, from, to) || hasPhrase(STRONG_DIGITAL, canonical, from, to);
}

/**
 * The document speaks of digital transformation at least `times` times: the context of instruments with no title.
 * Counted only as far as needed.
 */
export function speaksOftenOfDigitalTransformation(canonical: string, times: number): boolean {
  return findPhrases(DIGITAL, canonical, 0, canonical.length, times).length >= times;
}

/** The title names the country's instrument (`Chương trình chuyển đổi số quốc gia`). */
export function hasNationalScope(canonical: string, from: number, to: number): boolean {
  const title = canonical.slice(from, to);
  return mayBeNational(title) && hasPhrase(NATIONAL, title);
}
