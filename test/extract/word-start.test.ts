// `firstMatchNotAfter` checks in code the leading look-behind a pattern would open with: it must give the match the
// look-behind regex gives, at every kind of boundary (letters, digits, marks, astral letters, lone surrogates).
import { describe, expect, it } from 'vitest';
import { phraseBody, phraseRegex } from '../../src/extract/phrases.js';
import { firstMatchNotAfter, LETTER_OR_DIGIT } from '../../src/extract/word-start.js';
import { seededText } from './seeded-text.js';

const PIECES = ['đến', 'hết', 'tới', 'năm', 'tại', 'điểm cầu', ' ', '  ', '\n', ',', 'a', '1', '\u0301', '𝐀', '\ud835', '\udc00', '-'];

const textOf = (seed: number): string => seededText(PIECES, seed, 8);

describe('firstMatchNotAfter', () => {
  const cases: Array<{ body: string; notAfter: string; flags?: string }> = [
    { body: `${phraseBody(['đến hết', 'đến', 'tới'])}\\s*$`, notAfter: '[\\p{L}\\p{N}]' },
    { body: `${phraseBody(['điểm cầu', 'tại điểm cầu'])}\\s*$`, notAfter: '[\\p{L}\\p{N}]' },
    { body: '(đến|năm)[ ,]*$', notAfter: '[\\p{L}\\p{M}\\p{N}]' },
    { body: '(?:đến|tới)\\s+(?:năm|1)', notAfter: '\\p{L}' },
  ];

  it('gives the match of the pattern with its look-behind, captures included', () => {
    let found = 0;
    for (const { body, notAfter } of cases) {
      const withLookBehind = new RegExp(`(?<!${notAfter})(?:${body})`, 'u');
      const re = new RegExp(body, 'gu');
      const charClass = new RegExp(notAfter, 'u');
      for (let seed = 1; seed < 3000; seed++) {
        const text = textOf(seed);
        const expected = withLookBehind.exec(text);
        const got = firstMatchNotAfter(re, charClass, text);
        expect(got && { index: got.index, groups: [...got] }).toEqual(expected && { index: expected.index, groups: [...expected] });
        expect(re.lastIndex).toBe(0);
        if (expected) found++;
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('retries past a match inside a word', () => {
    const re = new RegExp(`${phraseBody(['đến'])}\\s*$`, 'gu');
    expect(firstMatchNotAfter(re, LETTER_OR_DIGIT, 'xđến ')).toBeNull();
    expect(firstMatchNotAfter(re, LETTER_OR_DIGIT, 'x đến ')?.index).toBe(2);
    expect(firstMatchNotAfter(re, LETTER_OR_DIGIT, '𝐀đến')).toBeNull();
    expect(firstMatchNotAfter(re, LETTER_OR_DIGIT, '\ud835đến')?.index).toBe(1);
  });
});

describe('phraseBody', () => {
  it('is the phrase regex without its leading word start', () => {
    const words = ['đến hết', 'tới'];
    expect(`(?<![\\p{L}\\p{N}])${phraseBody(words)}`).toBe(phraseRegex(words, 'u').source);
  });
});
