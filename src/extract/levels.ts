// Administrative levels: `cấp tỉnh` province, `cấp huyện` district, `cấp xã` commune, `cấp bộ` ministry. A
// coordinated phrase multiplies the figure (`hồ sơ công việc tại cấp huyện và xã` → district, commune); a range
// (`từ cấp tỉnh đến cấp xã`) or the people served (`phục vụ lãnh đạo cấp tỉnh và huyện`) qualify nothing.
import { nfc } from '../ingest/canonical.js';
import type { Level } from '../output/schema.js';
import { LEVEL_BLOCKERS, LEVEL_WORDS } from './lexicon/levels.js';
import { canonicalPhrase, phraseRegex } from './phrases.js';

const NAMES = LEVEL_WORDS.map((w) => w.word).join('|');
const LEVEL_PHRASE = new RegExp(
  `(?<!\\p{L})cấp\\s+(${NAMES})(?!\\p{L})((?:\\s*(?:,|và|hoặc|/)\\s*(?:cấp\\s+)?(?:${NAMES})(?!\\p{L}))*)`,
  'gu',
);
const BLOCKED_BEFORE = new RegExp(`(?:${phraseRegex(LEVEL_BLOCKERS, 'u').source})\\s*(?:\\p{L}+\\s+){0,2}$`, 'u');
const LEVEL_OF = new Map(LEVEL_WORDS.map((w) => [w.word, w.level]));
const LEVEL_NAME = new RegExp(`(?:${NAMES})(?!\\p{L})`, 'gu');

// Asked about once per figure, most metrics without `cấp`: a memo would cost more than it saves.
/** The levels a metric phrase qualifies: none, one, or several when coordinated (the figure is then split). */
export function levelsOf(metric: string): readonly Level[] {
  const canon = canonicalPhrase(nfc(metric));
  // Every level phrase says `cấp`, which most metrics do not.
  if (!canon.includes('cấp')) return [];
  // An exec loop, not `matchAll`, which copies the regex on every call.
  LEVEL_PHRASE.lastIndex = 0;
  for (let m = LEVEL_PHRASE.exec(canon); m; m = LEVEL_PHRASE.exec(canon)) {
    if (BLOCKED_BEFORE.test(canon.slice(Math.max(0, m.index - 24), m.index))) continue;
    const words = [m[1], ...(m[2].match(LEVEL_NAME) ?? [])];
    const levels = [...new Set(words.map((w) => LEVEL_OF.get(w)).filter((l): l is Level => l !== undefined))];
    if (levels.length) return levels;
  }
  return [];
}
