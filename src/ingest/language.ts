// Language of a document: letters only Vietnamese uses (ă, ơ, ư, đ and the tone-marked vowels of the Latin
// Extended Additional block) decide for Vietnamese whatever franc says, since franc misjudges short Vietnamese;
// otherwise franc, restricted to the languages that matter, names the language.
import { franc } from 'franc';
import { CANDIDATE_LANGUAGES } from './data/languages.js';

const VIETNAMESE_ONLY = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/gu;
const LETTER = /\p{L}/gu;
// Vietnamese text has one such letter in about five; a foreign text quoting a Vietnamese name has few.
const MIN_VIETNAMESE_SHARE = 0.05;
const MIN_LETTERS_TO_JUDGE = 40;
const SAMPLE = 20_000;

/** The letters of the text's opening sample, and how many of them only Vietnamese uses. */
export function letterCounts(text: string): { sample: string; letters: number; vietnamese: number } {
  const sample = text.slice(0, SAMPLE).normalize('NFC');
  return { sample, letters: sample.match(LETTER)?.length ?? 0, vietnamese: sample.match(VIETNAMESE_ONLY)?.length ?? 0 };
}

export function detectLanguage(text: string): string {
  const { sample, letters, vietnamese } = letterCounts(text);
  if (!letters) return 'und';
  if (vietnamese / letters >= MIN_VIETNAMESE_SHARE) return 'vie';
  if (letters < MIN_LETTERS_TO_JUDGE) return 'und';
  return franc(sample, { only: [...CANDIDATE_LANGUAGES], minLength: MIN_LETTERS_TO_JUDGE });
}
