import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseEnd } from '../../src/extract/instruments/clause.js';

/** The character walk `clauseEnd` stands for: a stop is `;`, `!`, `?`, a line end, or `.` before white space or the end. */
function clauseEndByWalk(text: string, pos: number, reach: number): number {
  const ceiling = Math.min(text.length, pos + reach);
  for (let i = pos; i < ceiling; i++) {
    if (';!?\n'.includes(text[i]) || (text[i] === '.' && (i + 1 >= text.length || /\s/u.test(text[i + 1])))) return i;
  }
  return ceiling;
}

describe('clauseEnd', () => {
  it('finds the first stop in the window as a walk does, a full stop at the window end judged by what follows it', () => {
    const chars = ['a', 'ệ', ' ', '\u00a0', '\n', '.', ';', '!', '?', ',', '5', '\u{1f600}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 16 }), fc.nat(18), fc.nat(18), (parts, pos, reach) => {
        const text = parts.join('');
        expect(clauseEnd(text, pos, reach)).toBe(clauseEndByWalk(text, pos, reach));
      }),
      { numRuns: 5000 },
    );
    expect(clauseEnd('Kế hoạch số 5. Tỉnh', 0)).toBe(13);
    expect(clauseEnd('v.v. và', 0, 3)).toBe(3);
    expect(clauseEnd('v.v. và', 0, 4)).toBe(3);
  });
});
