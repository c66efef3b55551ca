// Metadata read from the text itself: a headline first line as the title, and the outlet a credit line names
// (`Nguồn: baohungyen.vn`).
import { canonicalize } from './canonical.js';
import { datelineDate } from './dateline.js';

const MIN_HEADLINE_LENGTH = 10;
const MAX_HEADLINE_LENGTH = 250;
const MIN_HEADLINE_WORDS = 3;
// A headline has no closing punctuation; a first sentence does.
const SENTENCE_END = /[.:;,…]$/u;

/** True when a first line reads like a headline: short, a few words, no closing punctuation, not a dateline. */
export function readsLikeHeadline(line: string): boolean {
  if (line.length < MIN_HEADLINE_LENGTH || line.length > MAX_HEADLINE_LENGTH) return false;
  if (SENTENCE_END.test(line)) return false;
  if (line.split(/\s+/).length < MIN_HEADLINE_WORDS) return false;
  return datelineDate(line) === null;
}

const CREDIT = /^(?:nguồn|theo)\s*:?\s*(.{2,60})$/u;
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/;
// Credits stand at the end of an article.
const CREDIT_BLOCKS = 8;

/** The outlet named by a credit line near the end (`Nguồn: baohungyen.vn`, `Theo Báo Quảng Ninh`). */
export function outletFromBlocks(blocks: string[]): string | null {
  for (const block of blocks.slice(-CREDIT_BLOCKS).reverse()) {
    if (block.length > 70) continue;
    const m = CREDIT.exec(canonicalize(block));
    if (!m) continue;
    const name = block.slice(block.length - m[1].length).trim();
    const domain = DOMAIN.exec(name.toLowerCase());
    // `Theo …` also opens sentences (`Theo kế hoạch…`): only a domain counts after it, any name after `Nguồn:`.
    if (domain) return domain[1];
    if (m[0].startsWith('nguồn')) return name;
  }
  return null;
}
