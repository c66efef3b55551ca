import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAYBE_MARK } from '../../src/ingest/canonical.js';
import { FOLDABLE, FOLDABLE_BUT_SPACE } from '../../src/ingest/clean-block.js';
import { WINDOWS_1252_80_TO_9F } from '../../src/ingest/data/windows-1252.js';

// The cheap classes that stand in front of exact tests must cover what they stand for.
const EVERY_UNIT = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

describe('character classes', () => {
  it('MAYBE_MARK finds every mark (a surrogate half stands for the marks beyond the BMP)', () => {
    expect(EVERY_UNIT.filter((c) => /\p{M}/u.test(c) && !MAYBE_MARK.test(c))).toEqual([]);
    expect(MAYBE_MARK.test('\u{1d167}')).toBe(true);
  });

  it('FOLDABLE_BUT_SPACE is FOLDABLE without the plain space', () => {
    expect(EVERY_UNIT.filter((c) => (FOLDABLE.test(c) && c !== ' ') !== FOLDABLE_BUT_SPACE.test(c))).toEqual([]);
  });

  it('the Windows-1252 table is what iconv-lite decodes', () => {
    const bytes = Buffer.from(Array.from({ length: 0x20 }, (_, i) => 0x80 + i));
    expect(WINDOWS_1252_80_TO_9F).toBe(iconv.decode(bytes, 'windows1252'));
  });
});
