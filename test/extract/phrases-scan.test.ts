// `findPhrases` checks a phrase's leading word boundary in code instead of running the look-behind `phraseRegex`
// opens with: it must find exactly what the regex finds on its own, in slices too, at every kind of boundary (letters,
// digits, astral letters and lone surrogates right before a phrase).
import { describe, expect, it } from 'vitest';
import { findPhrases, firstPhraseIn, hasPhrase, holdsOutsidePhrases, phraseRegex } from '../../src/extract/phrases.js';

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

/** What the regex itself matches in the slice, as hits with offsets into the whole text. */
function regexHits(re: RegExp, text: string, from: number, to: number) {
  return [...text.slice(from, to).matchAll(new RegExp(re.source, re.flags))].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
    text: m[0],
  }));
}

describe('findPhrases', () => {
  const re = phraseRegex(PHRASES);

  it('finds what the look-behind regex finds, in whole texts and in slices', () => {
    let found = 0;
    for (let seed = 1; seed < 4000; seed++) {
      const text = textOf(seed);
      for (const [from, to] of [[0, text.length], [1, text.length], [2, text.length - 1], [3, 5]]) {
        if (from > to) continue;
        const expected = regexHits(re, text, from, to);
        found += expected.length;
        expect(findPhrases(re, text, from, to)).toEqual(expected);
        expect(hasPhrase(re, text, from, to)).toBe(expected.length > 0);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('refuses a phrase right after a letter, digit or astral letter and finds the next one', () => {
    expect(findPhrases(re, 'akế 1kế 𝐀kế kế').map((h) => h.start)).toEqual([13]);
  });

  it('stops after `limit` hits', () => {
    expect(findPhrases(re, 'kế, kế, kế', 0, 10, 2).map((h) => h.start)).toEqual([0, 4]);
  });
});

describe('firstPhraseIn', () => {
  const re = phraseRegex(PHRASES);

  it('gives what a scan of the slice gives, at every pair of ends', () => {
    let read = 0;
    for (let seed = 1; seed < 300; seed++) {
      const text = textOf(seed) + textOf(seed * 7 + 3);
      const hits = findPhrases(re, text);
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const expected = findPhrases(re, text, from, to, 1)[0];
          read += expected ? 1 : 0;
          expect(firstPhraseIn(re, text, hits, from, to)).toEqual(expected);
        }
      }
    }
    expect(read).toBeGreaterThan(500);
  });

  it('scans a slice whose end cuts a longer hit, or that a letter touches', () => {
    const text = 'chuyển đổi số hoá';
    const hits = findPhrases(re, text);
    // The whole text's hit `chuyển đổi số` hides `đổi số`, which a slice from `đổi` finds.
    expect(firstPhraseIn(re, text, hits, 7, 13)).toEqual({ start: 7, end: 13, text: 'đổi số' });
    // Cut inside the hit: `chuyển đổi` alone is no phrase.
    expect(firstPhraseIn(re, text, hits, 0, 10)).toBeUndefined();
    expect(firstPhraseIn(re, 'akế', findPhrases(re, 'akế'), 1, 3)).toEqual({ start: 1, end: 3, text: 'kế' });
  });
});

describe('holdsOutsidePhrases', () => {
  const re = phraseRegex(PHRASES);
  const WORD_CHARACTER = /[^\s\p{P}]/u;

  it('tells what a test of the text without the phrases tells', () => {
    for (let seed = 1; seed < 4000; seed++) {
      const text = textOf(seed);
      expect(holdsOutsidePhrases(re, text, WORD_CHARACTER)).toBe(WORD_CHARACTER.test(text.replace(re, '')));
    }
  });

  it('looks before, between and after the phrases', () => {
    expect(holdsOutsidePhrases(re, '', WORD_CHARACTER)).toBe(false);
    expect(holdsOutsidePhrases(re, 'kế, số hoá; kế', WORD_CHARACTER)).toBe(false);
    expect(holdsOutsidePhrases(re, 'a kế, số hoá', WORD_CHARACTER)).toBe(true);
    expect(holdsOutsidePhrases(re, 'kế, x số hoá', WORD_CHARACTER)).toBe(true);
    expect(holdsOutsidePhrases(re, 'kế, số hoá 1', WORD_CHARACTER)).toBe(true);
  });

  it('reads a first character outside any phrase, or one a phrase at the start covers', () => {
    expect(holdsOutsidePhrases(re, 'kếx', WORD_CHARACTER)).toBe(true);
    expect(holdsOutsidePhrases(re, 'xkế', WORD_CHARACTER)).toBe(true);
    expect(holdsOutsidePhrases(re, 'kế', WORD_CHARACTER)).toBe(false);
    expect(holdsOutsidePhrases(re, '𝐱 kế', WORD_CHARACTER)).toBe(true);
    expect(holdsOutsidePhrases(re, '\ud835 kế', WORD_CHARACTER)).toBe(WORD_CHARACTER.test('\ud835'));
  });
});
