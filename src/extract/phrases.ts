// Lexicon phrases as regular expressions over the canonical view: whole words only (Vietnamese letters included),
// entries canonicalised once so `hòa`/`hoà` and case never matter. Alternations of literals: linear time.
import { canonicalize } from '../ingest/canonical.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of `phrases` as whole words in a canonical text. */
export function phraseRegex(phrases: readonly string[], flags = 'gu'): RegExp {
  const alternatives = [...new Set(phrases.map((p) => canonicalize(p.normalize('NFC'))))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

/** Every match of `re` (a global regex) in `canon` between `from` and `to`, offsets into `canon`. */
export function findPhrases(re: RegExp, canon: string, from = 0, to = canon.length): PhraseHit[] {
  const slice = canon.slice(from, to);
  const out: PhraseHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export function hasPhrase(re: RegExp, canon: string, from = 0, to = canon.length): boolean {
  return findPhrases(re, canon, from, to).length > 0;
}
