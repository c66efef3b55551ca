// The two views rules read. The NFC view is the text as written, composed; the canonical view has the same length
// (so it shares offsets) and folds what differs under every Unicode normal form: old-style tone placement
// (`hòa`, `ủy`) to new-style (`hoà`, `uỷ`), look-alike capitals (`Ð` U+00D0, `Ɖ` U+0189) to `Đ`, and case.
import { MappedText, MappedTextBuilder } from './mapped-text.js';

const COMBINING = /\p{M}/u;
/**
 * Every mark (\p{M}) lies in these ranges (surrogates stand for the marks beyond the BMP; a test checks the cover).
 * A plain class is some ten times cheaper than the property class, which then runs only where this one finds
 * something: Vietnamese letters (U+00C0–U+01B0, U+1EA0–U+1EF9) are outside.
 */
export const MAYBE_MARK = /[\u0300-\u036f\u0483-\u1dff\u20d0-\u20ff\u2cef-\u2dff\u302a-\u309a\ua66f-\uabff\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f\ud800-\udfff]/;

function hasMark(text: string): boolean {
  return MAYBE_MARK.test(text) && COMBINING.test(text);
}

/**
 * A character NFC might change or join to its neighbour. Outside this class are Latin up to the spacing modifiers,
 * Latin Extended Additional (the toned Vietnamese vowels) and most general punctuation: none of them a mark, a
 * character NFC maps to another, or the second half of a composition (a test checks each). A text with none of these
 * is NFC, and so is every slice of it: nearly every Vietnamese text, which a scan of one plain class then tells.
 */
export const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]/;

/** `text.normalize('NFC')`, without the call (and the copy it makes) for a text no character of which could change. */
export function nfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

/**
 * NFC-normalises a mapped text cluster by cluster (a base letter and the marks after it), so that a composed letter
 * maps to the whole decomposed sequence it came from. Clusters that NFC leaves alone stay linear.
 */
export function toNfc(input: MappedText): MappedText {
  const text = input.text;
  // NFC text with no mark left over (a mark typed twice survives NFC) needs nothing.
  if (!MAY_CHANGE_UNDER_NFC.test(text) || (!hasMark(text) && text.normalize('NFC') === text)) return input;
  const b = new MappedTextBuilder();
  let i = 0;
  let plainStart = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && COMBINING.test(text[j])) j++;
    if (j - i > 1) {
      const cluster = text.slice(i, j);
      const composed = withoutRepeatedMarks(cluster.normalize('NFC'));
      if (composed !== cluster) {
        b.copy(text.slice(plainStart, i), plainStart);
        b.replace(composed, i, j);
        plainStart = j;
      }
    }
    i = j;
  }
  b.copy(text.slice(plainStart), plainStart);
  return b.build().over(input);
}

/**
 * A letter with a mark typed twice (`thị̣`: `ị` then another U+0323) keeps one: the second cannot compose, and a
 * stray mark would split the word for every rule.
 */
function withoutRepeatedMarks(composed: string): string {
  if (!COMBINING.test(composed)) return composed;
  const seen = new Set<string>();
  return Array.from(composed.normalize('NFD'))
    .filter((c) => !COMBINING.test(c) || (!seen.has(c) && seen.add(c)))
    .join('')
    .normalize('NFC');
}

// Old-style tone on the first vowel of an open `oa`, `oe`, `uy` syllable → new style on the second.
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const OLD_STYLE = new Map<string, string>();
for (const [first, second] of [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
  ['O', 'A'],
  ['O', 'E'],
  ['U', 'Y'],
  ['O', 'a'],
  ['O', 'e'],
  ['U', 'y'],
]) {
  for (const mark of TONE_MARKS) {
    OLD_STYLE.set((first + mark).normalize('NFC') + second, first + (second + mark).normalize('NFC'));
  }
}
// A word of two to four letters that may end in an old-style pair (`hòa`, `thủy`, `khỏe`): found by a simple scan,
// then looked up, so the scan stays linear on any input.
const WORD = /\p{L}+/gu;
const LOOKALIKE: Record<string, string> = { '\u00d0': 'Đ', '\u0189': 'Đ', '\u00f0': 'đ', '\u0256': 'đ' };
// What the fast path edits, found in the lower-cased text: a look-alike (lower-cased, and only ever from one), then an
// old-style pair, lower-cased, each judged on the written text. Lower-casing keeps every offset when it keeps the
// length (no character shortens: a test checks).
const charClass = (chars: Iterable<string>) => `[${[...new Set(chars)].join('')}]`;
const LOWER_LOOKALIKES = [...new Set(Object.keys(LOOKALIKE).map((c) => c.toLowerCase()))];
const LOWER_LOOKALIKE = new RegExp(charClass(LOWER_LOOKALIKES), 'g');
/**
 * The lower-cased old-style pairs only (`[òóỏõọ][ae]|[ùúủũụ]y`), no pair of every first letter with every second: a
 * class product would also stop at every `của`. The pairs' first letters are never second letters, so no hit can hide
 * another.
 */
function pairAlternation(pairs: Iterable<string>): string {
  const firstsBySecond = new Map<string, string[]>();
  for (const [first, second] of pairs) firstsBySecond.set(second, [...(firstsBySecond.get(second) ?? []), first]);
  const secondsByFirsts = new Map<string, string[]>();
  for (const [second, firsts] of firstsBySecond) {
    const firstClass = charClass(firsts.sort());
    secondsByFirsts.set(firstClass, [...(secondsByFirsts.get(firstClass) ?? []), second]);
  }
  return [...secondsByFirsts].map(([firsts, seconds]) => firsts + charClass(seconds)).join('|');
}
const OLD_STYLE_PAIR = new RegExp(pairAlternation([...OLD_STYLE.keys()].map((k) => k.toLowerCase())), 'g');
const LETTER = /^\p{L}$/u;
// Σ lower-cases by its context (final ς): such text takes the letter-by-letter path.
const CONTEXTUAL_CASE = '\u03a3';
// The one letter whose lower case is longer (`i̇`).
const LENGTHENING_CASE = '\u0130';

/** The canonical view of an NFC string: same length, new-style tones, folded look-alikes, lower case. */
export function canonicalize(nfc: string): string {
  let lower = nfc.toLowerCase();
  if (lower.length !== nfc.length || nfc.includes(CONTEXTUAL_CASE)) return canonicalizeByLetter(nfc);
  // Lower case commutes with the folds (each maps letters to letters of the same case class), so one native
  // lower-casing and a few spliced edits give what fold-then-lower gives.
  if (LOWER_LOOKALIKES.some((c) => lower.includes(c))) lower = lower.replace(LOWER_LOOKALIKE, 'đ');
  OLD_STYLE_PAIR.lastIndex = 0;
  let m = OLD_STYLE_PAIR.exec(lower);
  if (!m) return lower;
  let out = '';
  let copied = 0;
  for (; m; m = OLD_STYLE_PAIR.exec(lower)) {
    const at = m.index;
    const pair = OLD_STYLE.get(nfc.slice(at, at + 2));
    if (pair && endsShortWord(nfc, at)) {
      out += lower.slice(copied, at) + pair.toLowerCase();
      copied = at + 2;
    }
  }
  return out + lower.slice(copied);
}

/**
 * `canonicalize(text)` for a text that is the `\n`-join of parts whose canonical views are known: a newline ends
 * every word, so the parts' views joined are the text's, unless a letter sends the whole text another way (Σ lower-
 * cases by its context, İ lengthens and sends the text letter by letter).
 */
export function joinedCanonical(text: string, canonicals: readonly string[]): string {
  if (text.includes(CONTEXTUAL_CASE) || text.includes(LENGTHENING_CASE)) return canonicalize(text);
  return canonicals.join('\n');
}

/** True when the two letters at `at` end a word (a run of letters) of two to four UTF-16 units. */
function endsShortWord(text: string, at: number): boolean {
  const end = at + 2;
  if (end < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(end)!))) return false;
  let start = at;
  while (start > 0 && start > end - 5) {
    const before = codePointBefore(text, start);
    if (!LETTER.test(before)) break;
    start -= before.length;
  }
  return end - start <= 4;
}

function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

/** The canonical view built fold by fold, lower-casing letter by letter where the whole text would change length. */
function canonicalizeByLetter(nfc: string): string {
  let out = nfc.replace(/[\u00d0\u0189\u00f0\u0256]/g, (c) => LOOKALIKE[c]);
  out = out.replace(WORD, (word: string) => {
    const pair = word.length >= 2 && word.length <= 4 ? OLD_STYLE.get(word.slice(-2)) : undefined;
    return pair ? word.slice(0, -2) + pair : word;
  });
  // Lower-case letter by letter, keeping any letter whose lower case changes length (so offsets stay shared).
  let lower = out.toLowerCase();
  if (lower.length !== out.length) {
    lower = Array.from(out, (c) => {
      const l = c.toLowerCase();
      return l.length === c.length ? l : c;
    }).join('');
  }
  return lower;
}

/** A diacritic-free key: marks stripped, `đ`/`Đ` to `d`/`D` (for matching text typed without accents). */
export function asciiFold(written: string): string {
  return written.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
