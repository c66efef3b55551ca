import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize, toNfc } from '../../src/ingest/canonical.js';
import { MappedText, MappedTextBuilder } from '../../src/ingest/mapped-text.js';

describe('MappedText', () => {
  it('maps an NFD sentence back to its decomposed source', () => {
    const source = 'Toàn tỉnh có 90% dịch vụ công'.normalize('NFD');
    const view = toNfc(MappedText.identity(source));
    expect(view.text).toBe('Toàn tỉnh có 90% dịch vụ công');
    const at = view.text.indexOf('90% dịch vụ');
    const span = view.sourceSpan(at, at + '90% dịch vụ'.length);
    expect(source.slice(span.start, span.end).normalize('NFC')).toBe('90% dịch vụ');
    expect(source.slice(span.start, span.end)).toBe('90% dịch vụ'.normalize('NFD'));
  });

  it('composes a replacement over a linear copy', () => {
    const source = '<p>tối thiểu 80&nbsp;%</p>';
    const b = new MappedTextBuilder();
    b.copy('tối thiểu 80', 3).replace(' ', 15, 21).copy('%', 21);
    const view = b.build();
    expect(view.text).toBe('tối thiểu 80 %');
    const span = view.sourceSpan(10, view.text.length);
    expect(source.slice(span.start, span.end)).toBe('80&nbsp;%');
    const outer = MappedText.identity(view.text);
    expect(outer.over(view).sourceSpan(0, 3)).toEqual({ start: 3, end: 6 });
  });

  it('maps synthetic newlines to an empty source point', () => {
    const b = new MappedTextBuilder();
    b.copy('a', 0).insert('\n', 1).copy('b', 5);
    const view = b.build();
    expect(view.text).toBe('a\nb');
    expect(view.sourceSpan(0, 3)).toEqual({ start: 0, end: 6 });
    expect(view.sourceSpan(2, 3)).toEqual({ start: 5, end: 6 });
  });
});

describe('canonicalize', () => {
  it('folds old-style tones, look-alike Đ and case, keeping the length', () => {
    const pairs: [string, string][] = [
      ['Hòa Bình', 'hoà bình'],
      ['Ủy ban', 'uỷ ban'],
      ['Thủy lợi', 'thuỷ lợi'],
      ['khỏe', 'khoẻ'],
      ['ÐẢNG', 'đảng'],
      ['hoàng', 'hoàng'],
    ];
    for (const [input, expected] of pairs) {
      const c = canonicalize(input.normalize('NFC'));
      expect(c).toBe(expected.normalize('NFC'));
      expect(c.length).toBe(input.normalize('NFC').length);
    }
  });

  it('judges an old-style pair on the written case and the word around it, on every path', () => {
    const pairs: [string, string][] = [
      ['HÒA BÌNH', 'hoà bình'],
      ['hòA', 'hòa'], // not a pair as written
      ['xyhòa', 'xyhòa'], // five letters: not a short word
      ['𐐀hòa', '𐐨hòa'], // five UTF-16 units
      ['thủy-lợi', 'thuỷ-lợi'],
      ['İ hòa Ủy', 'İ hoà uỷ'], // İ lengthens under lower case: the letter-by-letter path
      ['ΟΔΟΣ hòa', 'οδος hoà'], // Σ lower-cases by context
      ['Ðà Nẵng ɖ', 'đà nẵng đ'],
    ];
    for (const [input, expected] of pairs) expect(canonicalize(input)).toBe(expected);
  });

  it('gives on the fast path what the letter-by-letter path gives, whatever the case of a pair or its neighbours', () => {
    // A leading `Σ ` sends a text letter by letter and lower-cases to `σ `, leaving the rest as the fast path sees it.
    const letters = ['o', 'ò', 'Ò', 'ọ', 'Ọ', 'u', 'ủ', 'Ủ', 'ũ', 'Ũ', 'a', 'A', 'e', 'E', 'y', 'Y', 'h', 'Ð', 'ð', 'Ɖ', 'ɖ', ' ', '-', '𐐀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(canonicalize(text)).toBe(canonicalize(`Σ ${text}`).slice(2));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every offset when lower case keeps the length: no character shortens under lower case', () => {
    const shortening: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      if (c.toLowerCase().length < c.length) shortening.push(c);
    }
    expect(shortening).toEqual([]);
  });
});
