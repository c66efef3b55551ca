// Legacy Vietnamese font encodings of old government portals: TCVN3 (ABC, `.VnTime` fonts) and VNI. Their bytes
// reach us either raw (not valid UTF-8) or already shown as Windows-1252 and saved as UTF-8 (`Ch­¬ng tr×nh` is
// TCVN3, `Chöông trình` VNI). A reading is chosen when it turns a text with (almost) no Vietnamese letters into one
// where they abound; the converted text becomes the document's source text.
//
//   fromVni('Chöông trình chuyeån ñoåi soá') === 'Chương trình chuyển đổi số'
import { VNI_LETTERS, VNI_MARKS } from './data/vni.js';
import { WINDOWS_1252_80_TO_9F } from './data/windows-1252.js';
import { letterCounts } from './language.js';
import { onFirstUse, requirePackage } from './lazy-module.js';
import { unitClass } from './unit-class.js';

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** The code-page converter, loaded with the first text that needs a legacy code page (UTF-8 text never does). */
export const codePages = onFirstUse(() => requirePackage<typeof import('iconv-lite')>('iconv-lite'));

// Vietnamese has about one such letter in five; a reading must reach this share and double the text's own.
const READABLE_SHARE = 0.12;
const GAIN = 2;
const MIN_LETTERS = 20;

/** The share of letters only Vietnamese uses (after NFC). */
export function vietnameseShare(text: string): number {
  const { letters, vietnamese } = letterCounts(text);
  return letters < MIN_LETTERS ? 0 : vietnamese / letters;
}

// A Vietnamese syllable with its marks taken off: onset, one to three vowels, coda. Text in another language read
// through a legacy table gets Vietnamese letters too (`café` → `cafộ`), but not Vietnamese syllables.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;
const WORD = /\p{L}+/gu;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const MIN_SYLLABLE_SHARE = 0.6;

/** The share of words in `text` (its first 20,000 characters) that are Vietnamese syllables. */
export function syllableShare(text: string): number {
  const words = text.slice(0, 20_000).match(WORD) ?? [];
  if (!words.length) return 0;
  const isSyllable = (word: string) => {
    const nfd = word.normalize('NFD');
    if ((nfd.match(TONE)?.length ?? 0) > 1) return false; // one tone a syllable
    return SYLLABLE.test(nfd.replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase());
  };
  return words.filter(isSyllable).length / words.length;
}

const VOWEL = /[aeiouyAEIOUYăâêôơưĂÂÊÔƠƯ]/u;

/** VNI text (as Windows-1252 shows it) → Unicode NFC. */
export function fromVni(text: string): string {
  let out = '';
  let word = '';
  const flush = () => {
    out += word.normalize('NFC');
    word = '';
  };
  for (const c of text) {
    const mark = VNI_MARKS[c];
    if (mark && word && VOWEL.test(word.normalize('NFD').replace(/\p{M}+$/u, '').slice(-1))) {
      word += mark;
      continue;
    }
    const letter = VNI_LETTERS[c];
    if (letter || /\p{L}/u.test(c)) {
      word += letter ?? c;
      continue;
    }
    flush();
    out += c;
  }
  flush();
  return out;
}

const READINGS: { encoding: LegacyEncoding; read: (bytes: Buffer) => string }[] = [
  { encoding: 'TCVN3', read: (bytes) => codePages().decode(bytes, 'tcvn') },
  { encoding: 'VNI', read: (bytes) => fromVni(codePages().decode(bytes, 'windows1252')) },
];

/** The best legacy reading of raw bytes whose share of Vietnamese letters beats `current`'s, or null. */
export function readLegacyBytes(bytes: Buffer, currentShare: number): { text: string; encoding: LegacyEncoding } | null {
  // Among the readings rich in Vietnamese letters, the one whose words are most often Vietnamese syllables.
  let best: { text: string; encoding: LegacyEncoding; syllables: number } | null = null;
  for (const { encoding, read } of READINGS) {
    const text = read(bytes);
    const share = vietnameseShare(text);
    if (share < READABLE_SHARE || share <= GAIN * currentShare) continue;
    const syllables = syllableShare(text);
    if (syllables >= MIN_SYLLABLE_SHARE && (!best || syllables > best.syllables)) best = { text, encoding, syllables };
  }
  return best && { text: best.text, encoding: best.encoding };
}

const WINDOWS_1252_SHOWS = new Set(WINDOWS_1252_80_TO_9F);
const isWindows1252Unit = unitClass((c) => c < '\u0080' || (c >= '\u00a0' && c <= '\u00ff') || WINDOWS_1252_SHOWS.has(c));

/** False when some character of `text` is none that a Windows-1252 byte shows (it cannot round-trip then). */
function isWindows1252Text(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWindows1252Unit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Unicode text that is legacy-encoded text shown as Windows-1252, converted; null when it is not. Real Vietnamese
 * never passes: its ư, ơ, đ and toned vowels are not Windows-1252 characters.
 */
export function repairLegacyText(text: string): { text: string; encoding: LegacyEncoding } | null {
  if (!/[\u0080-\u00ff]/u.test(text)) return null;
  // Back to the bytes the text was shown from: every character must be one Windows-1252 (or Latin-1) shows. Real
  // Vietnamese fails on its first ư, ơ or toned vowel, found by a scan before the whole text is encoded.
  if (!isWindows1252Text(text)) return null;
  const bytes = codePages().encode(text, 'windows1252');
  if (codePages().decode(bytes, 'windows1252') !== text) return null;
  return readLegacyBytes(bytes, vietnameseShare(text));
}
