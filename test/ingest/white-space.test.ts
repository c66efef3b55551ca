import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_CHANGE_UNDER_NFC } from '../../src/ingest/canonical.js';
import { foldBlock } from '../../src/ingest/clean-block.js';
import { MappedText } from '../../src/ingest/mapped-text.js';
import { unitTest } from '../../src/ingest/unit-class.js';
import { foldedGaps, isEvenlySpaced, singleSpaced } from '../../src/ingest/white-space.js';

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

  it('foldedGaps is the replace of every gap run by one space, trimmed; null at a surrogate', () => {
    const isNoise = unitTest(/[\p{N}\p{P}\p{S}\s]/u);
    const chars = [' ', '\u00a0', '\t', ',', '.', '(', '5', '°', '%', 'a', 'ệ', 'đ', '\u{1d7ce}', '\u{1f600}', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const folded = foldedGaps(text, isNoise);
        if (/[\ud800-\udfff]/.test(text)) expect(folded).toBeNull();
        else expect(folded).toBe(text.replace(/[\p{N}\p{P}\p{S}\s]+/gu, ' ').trim());
      }),
      { numRuns: 3000 },
    );
    expect(foldedGaps(' 1.403.412 người đang online ', isNoise)).toBe('người đang online');
  });
});

describe('foldBlock', () => {
  // Every space one plain space, zero-width characters and soft hyphens gone, full-width digits and `％` ASCII; then
  // runs of spaces one space, the ends trimmed.
  function folded(text: string): string {
    const mapped = Array.from(text, (c) => {
      if (/^[\u00ad\u180e\u200b-\u200d\u2060\ufeff]$/u.test(c)) return '';
      if (/^\s$/u.test(c)) return ' ';
      if (c === '％') return '%';
      if (/^[０-９]$/u.test(c)) return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
      return c;
    }).join('');
    return mapped.replace(/ +/g, ' ').replace(/^ | $/g, '');
  }

  it('folds, drops, converts and trims as the plain replacements would, keeping every character mapped', () => {
    const chars = [' ', ' ', '\t', '\n', '\u00a0', '\u202f', '\u200b', '\u00ad', '\ufeff', '９', '％', 'a', 'ệ', '5', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const out = foldBlock(MappedText.identity(text)).folded;
        expect(out.text).toBe(folded(text));
        for (let i = 0; i < out.length; i++) expect(out.sourceEnd(i + 1)).toBeGreaterThan(out.sourceStart(i));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells whether NFC could change the folded text (blocks with nothing to fold inside take a shorter path)', () => {
    const chars = [' ', ' ', '\t', '\n', '\u00a0', '\u202f', '\u200b', '\u00ad', '\ufeff', '９', 'a', 'ệ', 'e\u0301', '\u{1f600}', '–'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const { folded: out, nfcStable } = foldBlock(MappedText.identity(text));
        expect(out.text).toBe(folded(text));
        for (let i = 0; i < out.length; i++) expect(out.sourceEnd(i + 1)).toBeGreaterThan(out.sourceStart(i));
        expect(nfcStable).toBe(!MAY_CHANGE_UNDER_NFC.test(out.text));
      }),
      { numRuns: 3000 },
    );
  });
});
