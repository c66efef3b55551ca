// The number readers on their own: Vietnamese separators (decimal comma, dot thousands, English decimals) and
// numbers in words; `null` marks writings that make no number (versions, dates, lists).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexNumbers, readNumber } from '../../src/extract/numbers/number-lexer.js';
import { lexNumberWords, readNumberWords } from '../../src/extract/numbers/number-words.js';

interface Reading {
  written: string;
  value: number | null;
}

const specs: { digits: Reading[]; words: Reading[] } = JSON.parse(
  readFileSync(new URL('../specs/numbers-lexer.json', import.meta.url), 'utf8'),
);

describe('digits with separators', () => {
  it.each(specs.digits.map((s) => [s.written, s.value] as const))('%s → %s', (written, value) => {
    expect(readNumber(written)?.value ?? null).toBe(value);
  });

  it('finds each written number with its offsets in a sentence', () => {
    const text = 'Năm 2023 có 1.403.412 hồ sơ, đạt 16,5%.';
    expect(lexNumbers(text).map((t) => [text.slice(t.start, t.end), t.value, t.form])).toEqual([
      ['2023', 2023, 'integer'],
      ['1.403.412', 1403412, 'grouped'],
      ['16,5', 16.5, 'decimal'],
    ]);
  });
});

describe('numbers in words', () => {
  it.each(specs.words.map((s) => [s.written, s.value] as const))('%s → %s', (written, value) => {
    expect(readNumberWords(written.split(' '))).toBe(value);
  });

  it('finds whole words only', () => {
    const text = 'hơn hai triệu tài khoản, bao gồm ba nghìn hộ';
    expect(lexNumberWords(text).map((t) => [text.slice(t.start, t.end), t.value])).toEqual([
      ['hai', 2],
      ['ba', 3],
    ]);
  });
});
