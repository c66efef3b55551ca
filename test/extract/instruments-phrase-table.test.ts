// A phrase hit is looked up with its white space folded, whether or not it needed folding.
import { describe, expect, it } from 'vitest';
import { entryOfPhrase } from '../../src/extract/instruments/phrase-table.js';

describe('entryOfPhrase', () => {
  const table = new Map([['ban hành', 'issued']]);
  it('reads a hit as written, and one with uneven white space folded', () => {
    expect(entryOfPhrase(table, 'ban hành')).toBe('issued');
    expect(entryOfPhrase(table, 'ban \n hành')).toBe('issued');
    expect(entryOfPhrase(table, 'ban\thành')).toBe('issued');
    expect(entryOfPhrase(table, 'banhành')).toBeUndefined();
  });
});
