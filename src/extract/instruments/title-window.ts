// The stretch after an instrument noun that can hold its title: `Nghị quyết [số 09-NQ/TU ngày 5/2/2022 về chuyển đổi
// số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030]`. It ends with the clause, at a colon, or at a
// word that starts the predicate (`đã`, `được`, `là`, `xác định`, …). Commas stay inside: titles list their subjects.
import { findPhrases, phraseRegex } from '../phrases.js';
import { clauseEnd } from './clause.js';
import { speaksOfDigitalTransformation } from './subject.js';

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
    if (m[0] === ')' && nfc.slice(nounEnd, i).split('(').length - 1 > opened) {
      opened++;
      at = i + 1;
      continue;
    }
    end = i;
    break;
  }
  const slice = canonical.slice(nounEnd, end);
  for (const m of findPhrases(PREDICATE, slice)) {
    const before = slice.slice(0, m.start);
    // `định hướng tới năm 2030`, `chính quyền điện tử hướng tới chính quyền số`: inside the title.
    if (m.text.startsWith('hướng') && (/định\s+$/u.test(before) || speaksOfDigitalTransformation(before, 0, before.length))) continue;
    // A short stretch after the last comma is the subject of the predicate (`…, các sở ngành đã …`), not title.
    const comma = before.lastIndexOf(',');
    const tailWords = comma < 0 ? Infinity : before.slice(comma + 1).trim().split(/\s+/u).length;
    end = nounEnd + (tailWords <= SUBJECT_WORDS ? comma : m.start);
    break;
  }
  end = trimTitleEnd(canonical, nounEnd, end);
  return { end, ownEnd: trimTitleEnd(canonical, nounEnd, Math.min(end, nextNoun)) };
}

/** `end` moved back over spaces, commas, dashes and a dangling `và`. */
function trimTitleEnd(canonical: string, from: number, end: number): number {
  const tail = /(?:[\s,–-]|(?<!\p{L})và)+$/u.exec(canonical.slice(Math.max(from, end - 20), end));
  return tail ? Math.max(from, end - tail[0].length) : end;
}
