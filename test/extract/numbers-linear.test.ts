// Guard against super-linear matching: megabyte runs of digits, separators, spaces and `%` must come back, and the
// runs made of whole quantities must still be read as such.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/numbers/index.js';

const MEGABYTE = 1 << 20;
/** A ceiling for a loaded machine, not a speed claim: speed is measured in bench/. */
const CEILING_MS = 180_000;

function run(pattern: string): string {
  return pattern.repeat(Math.ceil(MEGABYTE / pattern.length)).slice(0, MEGABYTE);
}

describe('quantity finder on hostile runs', () => {
  it.each(['1', '1.', '1,', '1 ', '0 ', '12.345 ', ' ', '1-', '1/', '0.1.1 ', '1 - 2% ', 'từ 1 '])(
    'returns on a megabyte of %j',
    (pattern) => {
      const text = run(pattern);
      expect(Array.isArray(findQuantities(text, text))).toBe(true);
    },
    CEILING_MS,
  );

  it.each(['1%', '1,5 % ', '16,5%, '])(
    'reads every whole quantity in a megabyte of %j',
    (pattern) => {
      const text = run(pattern);
      const found = findQuantities(text, text);
      expect(found.length).toBe(Math.floor(MEGABYTE / pattern.length));
      expect(found.every((q) => q.unit === 'percent')).toBe(true);
    },
    CEILING_MS,
  );
});
