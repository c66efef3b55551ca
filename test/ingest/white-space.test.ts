import { describe, expect, it } from 'vitest';
import { unitTest } from '../../src/ingest/unit-class.js';
import { isEvenlySpaced, singleSpaced } from '../../src/ingest/white-space.js';

const SAMPLES = ['', ' ', 'a', 'chuyển đổi số', ' chuyển đổi', 'đổi số ', 'đổi  số', 'đổi\u00a0số', 'đổi\nsố', 'số, liên thông', '(97)', 'a\u{1d400} b'];

describe('white space folded only when it changes something', () => {
  it('singleSpaced is the replace of every white-space run by one space', () => {
    for (const text of SAMPLES) expect(singleSpaced(text)).toBe(text.replace(/\s+/gu, ' '));
  });

  it('isEvenlySpaced holds only where folding the gaps and trimming changes nothing', () => {
    const isGap = unitTest(/[\s\p{P}]/u);
    for (const text of SAMPLES) {
      const folded = text.replace(/[\s\p{P}]+/gu, ' ').trim();
      if (isEvenlySpaced(text, isGap)) expect(folded).toBe(text);
    }
    expect(isEvenlySpaced('chuyển đổi số', isGap)).toBe(true);
    expect(isEvenlySpaced('số, liên thông', isGap)).toBe(false);
    expect(isEvenlySpaced('a\u{1d400} b', isGap)).toBe(false);
  });
});
