// The backward readings of a stretch's last words (text-tail.ts) and the title's trimmed end answer as the regexes
// anchored at the end they replace, on the slice those were given, for any slice bounds.
import { describe, expect, it } from 'vitest';
import { endsWithPhraseThenSpace, letterBefore, LETTER_OR_DIGIT, phraseEndsAt, spaceRunStart, tailPhrases } from '../../src/extract/instruments/text-tail.js';
import { trimTitleEnd } from '../../src/extract/instruments/title-window.js';
import { underWish } from '../../src/extract/instruments/status.js';
import { PROSPECTIVE_MARKERS } from '../../src/extract/instruments/status-cues.js';
import { phraseRegex } from '../../src/extract/phrases.js';

const PIECES = ['cần', 'thiết', 'đề nghị', 'về', 'việc', 'các', 'những', 'mọi', 'của', 'và', 'v', 'à', 'x', 'ề', '1', ' ', '  ', '\t', '\n', '\u00a0', ',', '-', '–', '.', '𝐀', '😀'];
/** What a slice often ends with: a phrase, then white space. */
const ENDINGS = ['sở ', '1bộ\t', 'ban ', 'cần thiết, ', 'khi  ', 'đề\tnghị,', 'cần 1,', '1cần ', 'sẽ', 'về ', 'về việc ', 'các\t', 'những  ', 'của ', ' và', ', và ', '𝐀về ', 'xcác ', 'ban hành', 'ban  hành ', 'xây dựng\n', ''];

/** A seeded pseudo-random generator (the same cases on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function* cases(count: number): Generator<{ text: string; lo: number; to: number }> {
  const next = random(7);
  for (let n = 0; n < count; n++) {
    let text = '';
    const pieces = 1 + Math.floor(next() * 12);
    for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)];
    text += ENDINGS[Math.floor(next() * ENDINGS.length)];
    const lo = Math.floor(next() * (text.length + 1));
    const to = next() < 0.5 ? text.length : Math.floor(next() * (text.length + 1));
    yield { text, lo, to };
  }
}

describe('endsWithPhraseThenSpace', () => {
  const readings: Array<[string, string[], RegExp]> = [
    ['nested', ['về việc', 'về'], /(?<!\p{L})về(?:\s+việc)?\s+$/u],
    ['plural', ['các', 'những', 'nhiều', 'mọi'], /(?<!\p{L})(?:các|những|nhiều|mọi)\s+$/u],
    ['of', ['của'], /(?<!\p{L})của\s+$/u],
  ];
  it.each(readings)('answers as the %s regex on the slice', (_name, phrases, regex) => {
    const tail = tailPhrases(phrases);
    for (const { text, lo, to } of cases(20000)) {
      expect([text, lo, to, endsWithPhraseThenSpace(text, lo, to, tail)]).toEqual([text, lo, to, regex.test(text.slice(lo, to))]);
    }
  });

  it('reads the examples', () => {
    const plural = tailPhrases(['các', 'những']);
    expect(endsWithPhraseThenSpace('triển khai các ', 0, 15, plural)).toBe(true);
    expect(endsWithPhraseThenSpace('triển khai các', 0, 14, plural)).toBe(false);
    expect(endsWithPhraseThenSpace('xcác ', 0, 5, plural)).toBe(false);
    expect(endsWithPhraseThenSpace('xcác ', 1, 5, plural)).toBe(true);
    expect(endsWithPhraseThenSpace('về \n việc  ', 0, 11, tailPhrases(['về việc']))).toBe(true);
  });
});

describe('endsWithPhraseThenSpace, not after a letter or digit', () => {
  it('answers as the regex of the bodies named before an instrument noun', () => {
    const heads = ['sở', 'bộ', 'ban', 'về'];
    const regex = new RegExp(`(?:${phraseRegex(heads, 'u').source})\\s+$`, 'u');
    for (const { text, lo, to } of cases(20000)) {
      const found = endsWithPhraseThenSpace(text, lo, to, tailPhrases(heads), LETTER_OR_DIGIT);
      expect([text, lo, to, found]).toEqual([text, lo, to, regex.test(text.slice(lo, to))]);
    }
  });
});

describe('phraseEndsAt', () => {
  it('matches a phrase given as one word literally, as the regex of the verbs that take an object', () => {
    const verbs = [['ban hành'], ['xây dựng']];
    const regex = /(?<!\p{L})(?:ban hành|xây dựng)\s+$/u;
    for (const { text, lo, to } of cases(20000)) {
      const expected = lo <= to && regex.test(text.slice(lo, to) + ' ');
      expect([text, lo, to, lo <= to && phraseEndsAt(text, lo, spaceRunStart(text, lo, to), verbs)]).toEqual([text, lo, to, expected]);
    }
  });
});

describe('underWish', () => {
  const marker = phraseRegex(PROSPECTIVE_MARKERS, 'u').source;
  const regex = new RegExp(`(?:${marker})[\\s,]+(?:(?:${marker})[\\s,]+)?$`, 'u');
  it('answers as the regex of a marker and separators at the end of the slice', () => {
    for (const { text, lo, to } of cases(20000)) {
      const expected = regex.test(text.slice(lo, to));
      expect([text, lo, to, lo <= to && underWish(text, lo, to)]).toEqual([text, lo, to, expected]);
    }
  });
});

describe('letterBefore', () => {
  it('sees a letter beyond the BMP whole, and nothing before the slice', () => {
    expect(letterBefore('𝐀b', 0, 2)).toBe(true);
    expect(letterBefore('x𝐀', 0, 3)).toBe(true);
    expect(letterBefore('x𝐀', 2, 3)).toBe(false);
    expect(letterBefore('x😀', 0, 3)).toBe(false);
    expect(letterBefore('ab', 1, 1)).toBe(false);
  });
});

describe('trimTitleEnd', () => {
  const TAIL = /(?:[\s,–-]|(?<!\p{L})và)+$/u;
  it('strips what the tail regex strips from the last 20 characters', () => {
    for (const { text, lo, to } of cases(20000)) {
      const tail = TAIL.exec(text.slice(Math.max(lo, to - 20), to));
      const expected = tail ? Math.max(lo, to - tail[0].length) : to;
      expect([text, lo, to, trimTitleEnd(text, lo, to)]).toEqual([text, lo, to, expected]);
    }
  });
});
