import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAY_CHANGE_UNDER_NFC, MAYBE_MARK } from '../../src/ingest/canonical.js';
import { FOLDABLE, FOLDABLE_BUT_SPACE, FOLDABLE_NFC_STABLE } from '../../src/ingest/clean-block.js';
import { WINDOWS_1252_80_TO_9F } from '../../src/ingest/data/windows-1252.js';

// The cheap classes that stand in front of exact tests must cover what they stand for.
const EVERY_UNIT = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

describe('character classes', () => {
  it('MAYBE_MARK finds every mark (a surrogate half stands for the marks beyond the BMP)', () => {
    expect(EVERY_UNIT.filter((c) => /\p{M}/u.test(c) && !MAYBE_MARK.test(c))).toEqual([]);
    expect(MAYBE_MARK.test('\u{1d167}')).toBe(true);
  });

  it('outside MAY_CHANGE_UNDER_NFC, NFC changes no character and joins none to the one before', () => {
    // Every character a canonical decomposition holds after its first: what composes with the character before it.
    const composing = new Set<string>();
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const decomposed = [...String.fromCodePoint(code).normalize('NFD')];
      for (const c of decomposed.slice(1)) composing.add(c);
    }
    const inert = EVERY_UNIT.filter((c) => !MAY_CHANGE_UNDER_NFC.test(c));
    expect(inert.length).toBeGreaterThan(0x300);
    expect(inert.filter((c) => c.normalize('NFC') !== c || /\p{M}/u.test(c) || composing.has(c))).toEqual([]);
    // Canonical order moves a character of a lower non-zero class before U+0345 (class 240): none here has one.
    expect(inert.filter((c) => ('\u0345' + c).normalize('NFD') !== '\u0345' + c.normalize('NFD'))).toEqual([]);
    expect(MAY_CHANGE_UNDER_NFC.test('\u{1d15e}')).toBe(true);
    const vietnamese = 'Đồng chí Phó Bí thư Thường trực Tỉnh uỷ – “Chuyển đổi số” 100%…';
    expect(MAY_CHANGE_UNDER_NFC.test(vietnamese)).toBe(false);
  });

  it('FOLDABLE_BUT_SPACE is FOLDABLE without the plain space', () => {
    expect(EVERY_UNIT.filter((c) => (FOLDABLE.test(c) && c !== ' ') !== FOLDABLE_BUT_SPACE.test(c))).toEqual([]);
  });

  it('a foldable other than a plain space is in FOLDABLE_NFC_STABLE or one NFC might change, never both', () => {
    const foldable = EVERY_UNIT.filter((c) => FOLDABLE_BUT_SPACE.test(c));
    expect(foldable.filter((c) => FOLDABLE_NFC_STABLE.test(c) === MAY_CHANGE_UNDER_NFC.test(c))).toEqual([]);
    expect(EVERY_UNIT.filter((c) => FOLDABLE_NFC_STABLE.test(c) && !FOLDABLE_BUT_SPACE.test(c))).toEqual([]);
  });

  it('the Windows-1252 table is what iconv-lite decodes', () => {
    const bytes = Buffer.from(Array.from({ length: 0x20 }, (_, i) => 0x80 + i));
    expect(WINDOWS_1252_80_TO_9F).toBe(iconv.decode(bytes, 'windows1252'));
  });
});
