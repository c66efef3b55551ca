// The backward reads of list-items.ts must find what the regexes they replace find, at every kind of edge: spaces of
// every sort, a conjunction glued to a word, a slice starting inside the conjunction.
import { describe, expect, it } from 'vitest';
import { ownEnd, trailingConjunction } from '../../src/extract/list-items.js';
import type { Measure } from '../../src/extract/measures.js';

const PIECES = ['và', 'hoặc', ',', ';', ' ', '  ', '\n', '\u00a0', '\u2028', 'a', 'xvà', '(', ')', '(năm 2025)', '(BTS)', '5', '%', 'đ', '𝐀', '\ud835'];

/** A text from the pieces, the same for every run. */
function textOf(seed: number): string {
  let state = seed;
  let text = '';
  for (let k = 0; k < seed % 13; k++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

describe('trailingConjunction', () => {
  const ENDS_WITH = { ',': /(?:,|\s(?:và|hoặc))\s*$/u, ',;': /(?:,|;|\s(?:và|hoặc))\s*$/u } as const;

  it('finds where the end-anchored regex matches in the slice', () => {
    let found = 0;
    for (let seed = 1; seed < 3000; seed++) {
      const text = textOf(seed);
      for (const [from, to] of [[0, text.length], [1, text.length], [2, text.length - 1]]) {
        if (from > to) continue;
        for (const marks of [',', ',;'] as const) {
          const m = ENDS_WITH[marks].exec(text.slice(from, to));
          found += m ? 1 : 0;
          expect(trailingConjunction(text, from, to, marks)).toBe(m ? from + m.index : -1);
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('needs a space before the word, inside the slice', () => {
    expect(trailingConjunction('a và  ', 0, 6, ',')).toBe(1);
    expect(trailingConjunction('xvà', 0, 3, ',')).toBe(-1);
    expect(trailingConjunction(' và', 1, 3, ',')).toBe(-1);
    expect(trailingConjunction('a;', 0, 2, ',')).toBe(-1);
    expect(trailingConjunction('a;', 0, 2, ',;')).toBe(1);
  });
});

describe('ownEnd', () => {
  const PAREN_AFTER = /^\s*\([^()\d%]{0,30}\d{4}[^()]{0,10}\)|^\s*\([^()\d]{0,40}\)/u;

  it('ends after a bracket without a figure of its own, as the regex reads it', () => {
    for (let seed = 1; seed < 3000; seed++) {
      const text = textOf(seed);
      for (let end = 0; end <= text.length; end++) {
        const m = { start: 0, end } as Measure;
        const after = PAREN_AFTER.exec(text.slice(end, end + 60));
        expect(ownEnd(text, m)).toBe(after ? end + after[0].length : end);
      }
    }
  });

  it('takes a bracket only when it closes within 60 characters', () => {
    const m = { start: 0, end: 2 } as Measure;
    expect(ownEnd(`50${' '.repeat(55)}(BTS)`, m)).toBe(2 + 55 + 5);
    expect(ownEnd(`50${' '.repeat(56)}(BTS)`, m)).toBe(2);
    expect(ownEnd(`50${' '.repeat(60)}(BTS)`, m)).toBe(2);
  });
});
