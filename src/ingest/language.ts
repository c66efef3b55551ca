// Language of a document: letters only Vietnamese uses (ă, ơ, ư, đ and the tone-marked vowels of the Latin
// Extended Additional block) decide for Vietnamese whatever franc says, since franc misjudges short Vietnamese;
// otherwise franc, restricted to the languages that matter, names the language.
import { nfc } from './canonical.js';
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

// What a UTF-16 unit is, judged the first time it is seen and remembered (0: not judged yet): one table look-up a
// character where a letter test and a Vietnamese-letter test would be two.
const NOT_A_LETTER = 1;
const OTHER_LETTER = 2;
const VIETNAMESE_LETTER = 3;
const unitKinds = new Uint8Array(0x10000);

function unitKind(code: number): number {
  return unitKinds[code] || (unitKinds[code] = judgeUnit(String.fromCharCode(code)));
}

function judgeUnit(unit: string): number {
  if (!LETTER.test(unit)) return NOT_A_LETTER;
  return VIETNAMESE_ONLY.test(unit) ? VIETNAMESE_LETTER : OTHER_LETTER;
}

/** The letters of the text's opening sample, and how many of them only Vietnamese uses. */
export function letterCounts(text: string): { sample: string; letters: number; vietnamese: number } {
  const sample = openingSample(text);
  return { sample, ...countLetters(sample, false) };
}

function openingSample(text: string): string {
  return nfc(text.slice(0, SAMPLE));
}

/**
 * The letters of `sample` and how many only Vietnamese uses. With `stopWhenVietnamese`, counting stops once the
 * Vietnamese letters make the share of the sample's length, an upper bound of its letters (the counts are partial).
 */
function countLetters(sample: string, stopWhenVietnamese: boolean): { letters: number; vietnamese: number } {
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
    if (kind === NOT_A_LETTER) continue;
    letters++;
    if (kind === VIETNAMESE_LETTER) {
      vietnamese++;
      if (stopWhenVietnamese && vietnamese / sample.length >= MIN_VIETNAMESE_SHARE) break;
    }
  }
  return { letters, vietnamese };
}

/** The language of `text`; `nfcStable` says that no character of it could change under NFC (no need to look). */
export function detectLanguage(text: string, nfcStable = false): string {
  const sample = nfcStable ? text.slice(0, SAMPLE) : openingSample(text);
  const { letters, vietnamese } = countLetters(sample, true);
  if (!letters) return 'und';
  // A share of the (partial) letters that also holds of all of them, as the early stop guarantees.
  if (vietnamese / letters >= MIN_VIETNAMESE_SHARE) return 'vie';
  if (letters < MIN_LETTERS_TO_JUDGE) return 'und';
  return francDetector()(sample, { only: [...CANDIDATE_LANGUAGES], minLength: MIN_LETTERS_TO_JUDGE });
}
