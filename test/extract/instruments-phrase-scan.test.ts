// The fast phrase scanner must find exactly what `findPhrases` finds with the lexicon regex, slices and word
// boundaries included (letters, digits, astral letters and lone surrogates right before a phrase).
import { describe, expect, it } from 'vitest';
import { phraseScanner } from '../../src/extract/instruments/phrase-scan.js';
import { findPhrases, hasPhrase, phraseRegex } from '../../src/extract/phrases.js';

const PHRASES = ['chuyển đổi số', 'số hoá', 'đổi số', 'kế hoạch', 'kế', 'nq', 'tt&tt', 'bộ tt&tt'];
const PIECES = ['chuyển', 'đổi', 'số', 'hoá', 'kế', 'hoạch', 'nq', 'tt&tt', 'bộ', ' ', '  ', '\n', ',', 'a', '1', 'đ', '𝐀', '\ud835', '\udc00', '-'];

/** A text from the phrases' own words and the characters that decide boundaries, the same for every run. */
function textOf(seed: number): string {
  let state = seed;
  let text = '';
  const length = seed % 17;
  for (let k = 0; k < length; k++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

describe('phraseScanner', () => {
  const re = phraseRegex(PHRASES);
  const scanner = phraseScanner(re);

  it('finds what findPhrases finds, in whole texts and in slices', () => {
    for (let seed = 1; seed < 4000; seed++) {
      const text = textOf(seed);
      for (const [from, to] of [[0, text.length], [1, text.length], [2, text.length - 1], [3, 5]]) {
        if (from > to) continue;
        expect(scanner.find(text, from, to)).toEqual(findPhrases(re, text, from, to));
        expect(scanner.has(text, from, to)).toBe(hasPhrase(re, text, from, to));
      }
    }
  });

  it('stops after `limit` hits', () => {
    expect(scanner.find('kế, kế, kế', 0, 10, 2).map((h) => h.start)).toEqual([0, 4]);
  });
});
