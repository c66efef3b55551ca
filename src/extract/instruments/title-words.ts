// The words that tell one instrument from another of the same type in a document: its title with the issuer, the
// place, the years and the function words taken out. `về chuyển đổi số của Tỉnh ủy Quảng Bình` and `của Ban chấp
// hành Đảng bộ tỉnh Quảng Bình về chuyển đổi số tỉnh đến năm 2025` both leave {chuyển, đổi, số}.
import { findPhrases, phraseRegex } from '../phrases.js';
import { unitTest } from '../../ingest/unit-class.js';
import { ISSUER_NAMES } from './issuer-names.js';

const FUNCTION_WORDS = new Set(
  [
    'về', 'việc', 'của', 'tỉnh', 'thành', 'phố', 'tp', 'trên', 'địa', 'bàn', 'đến', 'tới', 'hết', 'năm', 'giai', 'đoạn',
    'định', 'hướng', 'tầm', 'nhìn', 'và', 'các', 'này', 'đó', 'nói', 'số', 'ngày', 'tháng', 'dự', 'thảo', 'ta', 'tại',
  ],
);
const ISSUER = phraseRegex(ISSUER_NAMES.map((i) => i.name));
const isLetter = unitTest(/\p{L}/u);
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * Content words of canonical `text` between `from` and `to`, the spans in `places` (province names, sorted by start)
 * left out.
 * `số` is a function word here (`số 09`) but part of `chuyển đổi số`: it is kept after `đổi`.
 */
export function titleWords(
  canonical: string,
  from: number,
  to: number,
  places: ReadonlyArray<{ start: number; end: number }>,
): Set<string> {
  const withoutPlaces = blanked(canonical.slice(from, to), places, from);
  const text = blanked(withoutPlaces, findPhrases(ISSUER, withoutPlaces), 0);
  // Words are runs of letters, read unit by unit; a letter beyond the BMP (a surrogate pair) is left to the regex.
  const out = new Set<string>();
  let previous = '';
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text, i)) {
      if (isSurrogate(text.charCodeAt(i))) return contentWords(text.split(/[^\p{L}]+/u).filter(Boolean));
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetter(text, i)) i++;
    const word = text.slice(start, i);
    if (isContentWord(word, previous)) out.add(word);
    previous = word;
  }
  return out;
}

/**
 * `text` (which starts at offset `offset` of the text the spans index) with every span of `spans` (sorted by start)
 * that overlaps it replaced by spaces; `text` itself when none does.
 */
function blanked(text: string, spans: ReadonlyArray<{ start: number; end: number }>, offset: number): string {
  let out = '';
  let kept = 0;
  for (const span of spans) {
    const start = Math.max(span.start - offset, kept);
    const end = Math.min(span.end - offset, text.length);
    if (end <= start) continue;
    out += text.slice(kept, start) + ' '.repeat(end - start);
    kept = end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

function isContentWord(word: string, previous: string): boolean {
  return !FUNCTION_WORDS.has(word) || (word === 'số' && previous === 'đổi');
}

function contentWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (isContentWord(w, words[i - 1] ?? '')) out.add(w);
  });
  return out;
}

/** One title's words contain the other's: two mentions of one instrument. */
export function compatibleTitles(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}
