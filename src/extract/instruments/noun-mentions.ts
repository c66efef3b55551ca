// Where the text names an instrument: a type noun written as a name (`Nghị quyết`, `KẾ HOẠCH`, or any case when a
// number follows: `nghị quyết số 09-NQ/TU`). A lower-case noun with no number is a common noun (`xây dựng kế hoạch
// cụ thể`) and names no instrument.
import type { InstrumentType } from '../../output/schema.js';
import { phraseRegex } from '../phrases.js';
import { readNumberAt, type ReferenceNumber } from './reference-number.js';
import { TYPE_NOUNS } from './type-nouns.js';

export interface NounMention {
  type: InstrumentType;
  start: number;
  end: number;
  /** Written in capitals throughout (`ĐỀ ÁN`): a heading, as on the cover of the instrument itself. */
  capitals: boolean;
  number: ReferenceNumber | null;
}

const NOUN = phraseRegex(TYPE_NOUNS.map((t) => t.noun));
const TYPE_BY_NOUN = new Map(TYPE_NOUNS.map((t) => [t.noun, t.type]));

/** Every instrument noun in the document, in text order (offsets into the view). */
export function findNounMentions(nfc: string, canonical: string): NounMention[] {
  const out: NounMention[] = [];
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(canonical); m; m = NOUN.exec(canonical)) {
    const start = m.index;
    const end = start + m[0].length;
    const written = nfc.slice(start, end);
    const number = readNumberAt(nfc, end);
    const capitalised = written[0] !== written[0].toLowerCase();
    if (!capitalised && !number) continue;
    const type = TYPE_BY_NOUN.get(m[0].replace(/\s+/gu, ' '));
    if (!type) continue;
    out.push({ type, start, end, capitals: written === written.toUpperCase(), number });
  }
  return out;
}

/** Every instrument noun, capitalised or not: what an instrument's own title may nest (`nghị quyết về Chương trình`). */
export function findAnyNouns(canonical: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(canonical); m; m = NOUN.exec(canonical)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
