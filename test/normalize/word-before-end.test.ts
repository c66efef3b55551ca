// `wordBeforeEnd` reads the words before a province name from the end of the window: it must find what the regex
// `(?<![\p{L}\p{M}\p{N}])(word|…)[trailing]*$` finds, capture included, at every kind of boundary.
import { describe, expect, it } from 'vitest';
import { literalAlternation } from '../../src/extract/phrases.js';
import { wordBeforeEnd } from '../../src/normalize/provinces.js';
import { seededText } from '../extract/seeded-text.js';

const WORDS = ['tỉnh', 'tỉnh uỷ', 'uỷ', 'tp', 't.p', 'p.', 'thành phố', 'phố'];
const PIECES = ['tỉnh', 'uỷ', 'tp', 't.p', 'p.', 'thành', 'phố', 'p', '.', ':', ' ', '\t', '\u00a0', 'a', '1', '\u0301', '𝐀', '\ud835', '\udc00', ','];

const windowOf = (seed: number): string => seededText(PIECES, seed, 7);

describe('wordBeforeEnd', () => {
  for (const trailing of [' \t\u00a0.:', ' \t\u00a0']) {
    it(`finds the word the regex finds before a run of ${JSON.stringify(trailing)}`, () => {
      const words = WORDS.filter((w) => !trailing.includes(w.at(-1)!));
      const regex = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${literalAlternation(words)})[${trailing}]*$`, 'u');
      const read = wordBeforeEnd(words, trailing);
      let found = 0;
      for (let seed = 1; seed < 6000; seed++) {
        const window = windowOf(seed);
        const expected = regex.exec(window)?.[1];
        expect(read(window)).toBe(expected);
        if (expected) found++;
      }
      expect(found).toBeGreaterThan(300);
    });
  }

  it('refuses a word that ends with a trailing character', () => {
    expect(() => wordBeforeEnd(['p.'], ' .')).toThrow();
  });
});
