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
 * Content words of canonical `text` between `from` and `to`, the spans in `places` (province names) left out.
 * `số` is a function word here (`số 09`) but part of `chuyển đổi số`: it is kept after `đổi`.
 */
export function titleWords(
  canonical: string,
  from: number,
  to: number,
  places: ReadonlyArray<{ start: number; end: number }>,
): Set<string> {
  let text = canonical.slice(from, to);
  for (const p of places) {
    const s = Math.max(p.start, from) - from;
    const e = Math.min(p.end, to) - from;
    if (e > s) text = text.slice(0, s) + ' '.repeat(e - s) + text.slice(e);
  }
  for (const hit of findPhrases(ISSUER, text)) text = text.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + text.slice(hit.end);
  // Words are runs of letters, read unit by unit; a letter beyond the BMP (a surrogate pair) is left to the regex.
  const words: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text, i)) {
      if (isSurrogate(text.charCodeAt(i))) return contentWords(text.split(/[^\p{L}]+/u).filter(Boolean));
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetter(text, i)) i++;
    words.push(text.slice(start, i));
  }
  return contentWords(words);
}

function contentWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (!FUNCTION_WORDS.has(w) || (w === 'số' && words[i - 1] === 'đổi')) out.add(w);
  });
  return out;
}

/** One title's words contain the other's: two mentions of one instrument. */
export function compatibleTitles(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}
