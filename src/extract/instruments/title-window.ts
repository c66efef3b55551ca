// The stretch after an instrument noun that can hold its title: `Nghị quyết [số 09-NQ/TU ngày 5/2/2022 về chuyển đổi
// số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030]`. It ends with the clause, at a colon, or at a
// word that starts the predicate (`đã`, `được`, `là`, `xác định`, …). Commas stay inside: titles list their subjects.
import { findPhrases, phraseRegex } from '../phrases.js';
import { clauseEnd } from './clause.js';
import { speaksOfDigitalTransformation } from './subject.js';
import { isSpaceAt, letterBefore } from './text-tail.js';

export interface TitleWindow {
  /** Where the window ends (exclusive). */
  end: number;
  /** Where this instrument's own words end: before the next instrument noun inside the window, else `end`. */
  ownEnd: number;
}

const PREDICATE_WORDS: readonly string[] = [
  'đã',
  'được',
  'vừa',
  'đang',
  'sẽ',
  'nhằm',
  'là',
  'thì',
  'mà',
  'với mục tiêu',
  'đề ra',
  'xác định',
  'nêu',
  'nêu rõ',
  'hướng tới',
  'gồm',
  'phấn đấu',
  'trong đó',
  'theo đó',
  'để',
  'cho thấy',
  'yêu cầu',
  'có hiệu lực',
  'tập trung',
  'đặt mục tiêu',
  'đặt ra',
  'như sau',
  'diễn ra',
];
const PREDICATE = phraseRegex(PREDICATE_WORDS);
const LONGEST_TITLE = 260;
/** At most this many words between a comma and a predicate are the predicate's subject. */
const SUBJECT_WORDS = 3;


// Outside the title: a colon, a quotation mark, a bracket closed that the title did not open, and a comma before a
// capital (`…, Sở TT&TT phối hợp …`: a new clause; a title's own lists go on in lower case).
const OUTSIDE = /[:“”"]|\)|,\s+(?=\p{Lu})/u;

/** The title window after the noun ending at `nounEnd`; `nextNoun` is where the next instrument noun starts. */
export function titleWindow(nfc: string, canonical: string, nounEnd: number, nextNoun: number): TitleWindow {
  let end = clauseEnd(canonical, nounEnd, LONGEST_TITLE);
  let opened = 0;
  for (let at = nounEnd; at < end; ) {
    const m = OUTSIDE.exec(nfc.slice(at, end));
    if (!m) break;
    const i = at + m.index;
    if (m[0] === ')' && countOf('(', nfc, nounEnd, i) > opened) {
      opened++;
      at = i + 1;
      continue;
    }
    end = i;
    break;
  }
  const slice = canonical.slice(nounEnd, end);
  // Nearly always the first predicate ends the title: the rest of the window is scanned only when it does not.
  const first = findPhrases(PREDICATE, slice, 0, slice.length, 1);
  const predicates = first.length && first[0].text.startsWith('hướng') ? findPhrases(PREDICATE, slice) : first;
  for (const m of predicates) {
    const before = slice.slice(0, m.start);
    // `định hướng tới năm 2030`, `chính quyền điện tử hướng tới chính quyền số`: inside the title.
    if (m.text.startsWith('hướng') && (/định\s+$/u.test(before) || speaksOfDigitalTransformation(before, 0, before.length))) continue;
    // A short stretch after the last comma is the subject of the predicate (`…, các sở ngành đã …`), not title.
    const comma = before.lastIndexOf(',');
    const tailWords = comma < 0 ? Infinity : wordCount(before, comma + 1);
    end = nounEnd + (tailWords <= SUBJECT_WORDS ? comma : m.start);
    break;
  }
  end = trimTitleEnd(canonical, nounEnd, end);
  return { end, ownEnd: trimTitleEnd(canonical, nounEnd, Math.min(end, nextNoun)) };
}

/** How many times `char` stands in `text[from, to)` (read there only: `indexOf` would run on past `to`). */
function countOf(char: string, text: string, from: number, to: number): number {
  const code = char.charCodeAt(0);
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) count++;
  return count;
}

/** The words of `text` from `from` on, as `text.slice(from).trim().split(/\s+/u).length` counts them (1 for none). */
function wordCount(text: string, from: number): number {
  let words = 0;
  for (let i = from; i < text.length; i++) if (!isSpaceAt(text, i) && (i === from || isSpaceAt(text, i - 1))) words++;
  return Math.max(words, 1);
}

const [COMMA, HYPHEN, EN_DASH] = [...',-–'].map((c) => c.charCodeAt(0));

/**
 * `end` moved back over spaces, commas, dashes and a dangling `và`, within the last 20 characters before it: what
 * `/(?:[\s,–-]|(?<!\p{L})và)+$/u` strips from them. Each step back has one reading, so the walk finds the longest tail.
 */
export function trimTitleEnd(canonical: string, from: number, end: number): number {
  const lo = Math.max(from, end - 20);
  let at = end;
  while (at > lo) {
    const code = canonical.charCodeAt(at - 1);
    if (code === COMMA || code === HYPHEN || code === EN_DASH || isSpaceAt(canonical, at - 1)) at--;
    else if (at - 2 >= lo && canonical.startsWith('và', at - 2) && !letterBefore(canonical, lo, at - 2)) at -= 2;
    else break;
  }
  return at;
}
