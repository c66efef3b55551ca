// The nearest kind cue before a figure is read back from the figure by binary search; it must be the last cue a
// scan of the clause finds (`spansWithin`), whatever the cues' lengths, overlaps and the clause's ends.
import { describe, expect, it } from 'vitest';
import { nearestCueBefore, type KindCue } from '../../src/extract/kind.js';
import { spansWithin } from '../../src/extract/spans.js';

const cue = (start: number, end: number): KindCue => ({ start, end, kind: 'target', tense: 'target', opensScope: true });

/** Cues sorted by start, then longest first (as `findKindCues` gives them), from a seeded generator. */
function seededCues(seed: number, count: number): KindCue[] {
  let state = seed;
  const next = (below: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
  const cues = Array.from({ length: count }, () => {
    const start = next(60);
    return cue(start, start + 1 + next(12));
  });
  return cues.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe('nearestCueBefore', () => {
  it('is the last cue lying wholly in [from, at)', () => {
    const cues = [cue(0, 4), cue(5, 9), cue(6, 20), cue(12, 15)];
    expect(nearestCueBefore(cues, 0, 16)).toBe(cues[3]);
    expect(nearestCueBefore(cues, 0, 14)).toBe(cues[1]); // 6–20 and 12–15 run past the figure
    expect(nearestCueBefore(cues, 5, 9)).toBe(cues[1]); // a cue ending where the figure starts
    expect(nearestCueBefore(cues, 6, 9)).toBeUndefined(); // 5–9 starts before the clause
    expect(nearestCueBefore(cues, 13, 30)).toBeUndefined();
    expect(nearestCueBefore(cues, 10, 5)).toBeUndefined();
    expect(nearestCueBefore([], 0, 10)).toBeUndefined();
  });

  it('agrees with a scan of the clause on seeded cues and clauses', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const cues = seededCues(seed, seed % 12);
      for (let from = 0; from <= 75; from += 3) {
        for (let at = from; at <= 75; at += 2) {
          expect(nearestCueBefore(cues, from, at)).toBe(spansWithin(cues, from, at).at(-1));
        }
      }
    }
  });
});
