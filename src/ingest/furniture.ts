// Page furniture produces no text in the view, so no figure can come from it: widget lines (`100%` text-size
// buttons, visit counters, rating boxes, share bars) are dropped, and a related-story heading in running text
// drops everything after it. The words live in data/furniture.ts.
import { canonicalize } from './canonical.js';
import type { CanonicalBlock } from './blocks.js';
import { RELATED_HEADINGS, RELATED_LINK_PREFIXES, WIDGET_LABELS, WIDGET_PREFIXES } from './data/furniture.js';
import { unitTest } from './unit-class.js';
import { foldedGaps, isEvenlySpaced } from './white-space.js';

const canonicalSet = (words: readonly string[]) => new Set(words.map((w) => canonicalize(w.normalize('NFC'))));
const RELATED = canonicalSet(RELATED_HEADINGS);
const LABELS = canonicalSet(WIDGET_LABELS);
const PREFIXES = [...canonicalSet(WIDGET_PREFIXES)];
const LINK_PREFIXES = [...canonicalSet(RELATED_LINK_PREFIXES)];

// Numbers, punctuation and symbols around a widget's words: `1.403.412`, `(97)`, `°`, `»`, `:`.
const NOISE = /[\p{N}\p{P}\p{S}\s]+/gu;
const LETTER = /\p{L}/u;
// Widget lines are short; a long line is running text whatever words it holds.
const MAX_WIDGET_LENGTH = 80;

// A lone `A` is a font-size button (`A- A A+`), never a word of a label.
const FONT_BUTTON = /(?<!\p{L})a(?!\p{L})/gu;

const isNoise = unitTest(/[\p{N}\p{P}\p{S}\s]/u);
const isLetter = unitTest(LETTER);

/** The words of a line: numbers, punctuation and symbols out. Most lines are spaced so already, and not rebuilt. */
function widgetWords(canonical: string): string {
  if (isEvenlySpaced(canonical, isNoise)) return canonical;
  return foldedGaps(canonical, isNoise) ?? canonical.replace(NOISE, ' ').trim();
}

/**
 * Whether a font-size button may stand in the text: an `a` with no letter on either side, found by `indexOf` rather
 * than by the look-behind the regex tries at every position (a surrogate beside an `a` counts as no letter here).
 */
function mayHoldFontButton(canonical: string): boolean {
  for (let at = canonical.indexOf('a'); at >= 0; at = canonical.indexOf('a', at + 1)) {
    const letterBefore = at > 0 && isLetter(canonical, at - 1);
    const letterAfter = at + 1 < canonical.length && isLetter(canonical, at + 1);
    if (!letterBefore && !letterAfter) return true;
  }
  return false;
}

/**
 * True for a block that is a widget: no letters at all (`100%`, `°`), a widget label give or take numbers, or a
 * single link to another story. `words`, when given, is `widgetWords(canonical)`, already read.
 */
export function isWidgetLine(canonical: string, words?: string): boolean {
  if (LINK_PREFIXES.some((p) => canonical.startsWith(p))) return true;
  if (canonical.length > MAX_WIDGET_LENGTH) return false;
  if (!LETTER.test(canonical)) return true;
  if (PREFIXES.some((p) => canonical.startsWith(p))) return true;
  const labelWords = mayHoldFontButton(canonical) ? widgetWords(canonical.replace(FONT_BUTTON, ' ')) : (words ?? widgetWords(canonical));
  return labelWords === '' || LABELS.has(labelWords);
}

/** True for a heading that opens a list of other stories (`Tin liên quan`, `XEM THÊM BÀI VIẾT`). */
export function isRelatedHeading(canonical: string): boolean {
  if (canonical.length > MAX_WIDGET_LENGTH) return false;
  return RELATED.has(widgetWords(canonical));
}

export interface FurnitureOptions {
  /** Drop everything after a related-story heading (running text; HTML drops the container instead). */
  cutAfterRelated: boolean;
}

/** The blocks with furniture removed. Table rows keep number-only lines: there they are data. */
export function dropFurniture<B extends CanonicalBlock>(blocks: B[], { cutAfterRelated }: FurnitureOptions): B[] {
  const out: B[] = [];
  for (const block of blocks) {
    // Widgets and headings are short: a long block is judged on its head alone (still longer than any widget, and
    // far longer than the link prefixes read at its start). A short block's words are read once, for both questions.
    const short = block.canonical.length <= MAX_WIDGET_LENGTH;
    const words = short ? widgetWords(block.canonical) : undefined;
    if (words !== undefined && RELATED.has(words)) {
      if (cutAfterRelated && out.length) break;
      continue;
    }
    const canonical = short ? block.canonical : block.canonical.slice(0, MAX_WIDGET_LENGTH + 1);
    if (block.kind !== 'table-row' && isWidgetLine(canonical, words)) continue;
    out.push(block);
  }
  return out;
}
