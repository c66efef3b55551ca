// Guard against super-linear matching: megabyte runs of digits, separators, spaces and `%` must come back.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/numbers/index.js';

const MEGABYTE = 1 << 20;

function run(pattern: string): string {
  return pattern.repeat(Math.ceil(MEGABYTE / pattern.length)).slice(0, MEGABYTE);
}

describe('quantity finder on hostile runs', () => {
  it.each(['1', '1.', '1,', '1 ', '1%', '0 ', '12.345 ', '1,5 % ', ' ', '.', '1-', '1/', '0.1.1 ', '1 - 2% ', 'từ 1 '])(
    'returns on a megabyte of %j',
    (pattern) => {
      const text = run(pattern);
      expect(Array.isArray(findQuantities(text, text))).toBe(true);
    },
  );
});
