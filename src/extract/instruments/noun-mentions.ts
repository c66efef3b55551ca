// Where the text names an instrument: a type noun written as a name (`Nghị quyết`, `KẾ HOẠCH`, or any case when a
// number follows: `nghị quyết số 09-NQ/TU`). A lower-case noun with no number is a common noun (`xây dựng kế hoạch
// cụ thể`) and names no instrument; so is a noun that names a body (`Sở Kế hoạch và Đầu tư`) or an event
// (`Chương trình Ngày hội chuyển đổi số`). `NQ`, `KH`, `QĐ` stand for the noun when a number follows.
import type { InstrumentType } from '../../output/schema.js';
import { findPhrases, phraseRegex } from '../phrases.js';
import { readNumberAt, type ReferenceNumber } from './reference-number.js';
import { ABBREVIATIONS_IN_TEXT, BODY_HEADS, EVENT_HEADS, TYPE_NOUNS } from './type-nouns.js';
import { entryOfPhrase } from './phrase-table.js';
import { canonicalize } from '../../ingest/canonical.js';
import { endsWithPhraseThenSpace, LETTER_OR_DIGIT, tailPhrases } from './text-tail.js';

export interface NounMention {
  type: InstrumentType;
  start: number;
  end: number;
  /** Written in capitals throughout (`ĐỀ ÁN`): a heading, as on the cover of the instrument itself. */
  capitals: boolean;
  number: ReferenceNumber | null;
}

const NOUN = phraseRegex(TYPE_NOUNS.map((t) => t.noun));
const ABBREVIATION = phraseRegex(ABBREVIATIONS_IN_TEXT.map((t) => t.noun));
const ABBREVIATIONS_WRITTEN = ABBREVIATIONS_IN_TEXT.map((t) => t.noun.toUpperCase());
const TYPE_BY_NOUN = new Map([...TYPE_NOUNS, ...ABBREVIATIONS_IN_TEXT].map((t) => [t.noun, t.type]));
const BODY_BEFORE = tailPhrases(BODY_HEADS.map((head) => canonicalize(head.normalize('NFC'))));
const EVENT_AFTER = new RegExp(`^\\s+(?:${phraseRegex(EVENT_HEADS, 'u').source})`, 'u');

/**
 * The instrument nouns of a document, from one scan: `nouns` those written as names (with a number, an abbreviation),
 * `anyNouns` every noun, capitalised or not (what an instrument's own title may nest: `nghị quyết về Chương trình`).
 * Both in text order, offsets into the view.
 */
export function findInstrumentNouns(
  nfc: string,
  canonical: string,
): { nouns: NounMention[]; anyNouns: Array<{ start: number; end: number }> } {
  const hits = findPhrases(NOUN, canonical);
  const nouns: NounMention[] = [];
  for (const hit of hits) {
    const written = nfc.slice(hit.start, hit.end);
    const number = readNumberAt(nfc, hit.end);
    const capitalised = written[0] !== written[0].toLowerCase();
    if (!capitalised && !number) continue;
    // `Sở Kế hoạch và Đầu tư`, `Chương trình Ngày hội chuyển đổi số`: a body, an event.
    if (endsWithPhraseThenSpace(canonical, Math.max(0, hit.start - 8), hit.start, BODY_BEFORE, LETTER_OR_DIGIT)) continue;
    if (EVENT_AFTER.test(canonical.slice(hit.end, hit.end + 16))) continue;
    const type = entryOfPhrase(TYPE_BY_NOUN, hit.text);
    if (type) nouns.push({ type, start: hit.start, end: hit.end, capitals: written === written.toUpperCase(), number });
  }
  // An abbreviation counts only in capitals (`NQ`, not `nq` or `kh` in `khi`): with none in the text, no scan.
  const abbreviationHits = ABBREVIATIONS_WRITTEN.some((a) => nfc.includes(a)) ? findPhrases(ABBREVIATION, canonical) : [];
  for (const hit of abbreviationHits) {
    const number = readNumberAt(nfc, hit.end);
    const type = TYPE_BY_NOUN.get(hit.text);
    if (type && number && nfc.slice(hit.start, hit.end) === hit.text.toUpperCase()) {
      nouns.push({ type, start: hit.start, end: hit.end, capitals: false, number });
    }
  }
  // The nouns are in text order already unless an abbreviation was added after them.
  return { nouns: abbreviationHits.length ? nouns.sort((a, b) => a.start - b.start) : nouns, anyNouns: hits };
}
