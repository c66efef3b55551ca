// Language of a document: letters only Vietnamese uses (ă, ơ, ư, đ and the tone-marked vowels of the Latin
// Extended Additional block) decide for Vietnamese whatever franc says, since franc misjudges short Vietnamese;
// otherwise franc, restricted to the languages that matter, names the language.
import { CANDIDATE_LANGUAGES } from './data/languages.js';
import { onFirstUse, requirePackage } from './lazy-module.js';

// franc is needed only when the letters leave the language undecided.
const francDetector = onFirstUse(() => requirePackage<typeof import('franc')>('franc').franc);

const VIETNAMESE_ONLY = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/u;
const LETTER = /^\p{L}$/u;
// Vietnamese text has one such letter in about five; a foreign text quoting a Vietnamese name has few.
const MIN_VIETNAMESE_SHARE = 0.05;
const MIN_LETTERS_TO_JUDGE = 40;
const SAMPLE = 20_000;

// What each UTF-16 unit of the Basic Multilingual Plane is, learnt from the regexes on first sight: counting in a
// loop over char codes avoids a regex match (and an array of matches) per letter.
const UNKNOWN = 0;
const OTHER = 1;
const LETTER_KIND = 2;
const VIETNAMESE_LETTER = 3;
const unitKinds = new Uint8Array(0x10000);

function unitKind(code: number): number {
  let kind = unitKinds[code];
  if (kind === UNKNOWN) {
    const c = String.fromCharCode(code);
    kind = !LETTER.test(c) ? OTHER : VIETNAMESE_ONLY.test(c) ? VIETNAMESE_LETTER : LETTER_KIND;
    unitKinds[code] = kind;
  }
  return kind;
}

/** The letters of the text's opening sample, and how many of them only Vietnamese uses. */
export function letterCounts(text: string): { sample: string; letters: number; vietnamese: number } {
  const sample = text.slice(0, SAMPLE).normalize('NFC');
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length) {
      const low = sample.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A letter outside the Basic Multilingual Plane (never a Vietnamese one).
        if (LETTER.test(sample.slice(i, i + 2))) letters++;
        i++;
        continue;
      }
    }
    const kind = unitKind(code);
    if (kind >= LETTER_KIND) letters++;
    if (kind === VIETNAMESE_LETTER) vietnamese++;
  }
  return { sample, letters, vietnamese };
}

export function detectLanguage(text: string): string {
  const { sample, letters, vietnamese } = letterCounts(text);
  if (!letters) return 'und';
  if (vietnamese / letters >= MIN_VIETNAMESE_SHARE) return 'vie';
  if (letters < MIN_LETTERS_TO_JUDGE) return 'und';
  return francDetector()(sample, { only: [...CANDIDATE_LANGUAGES], minLength: MIN_LETTERS_TO_JUDGE });
}
