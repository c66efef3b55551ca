// One mention of an instrument read on its own: what its words say of type, status, issuer, place, number, date,
// horizon, title and subject. Mentions of one instrument are joined afterwards (coreference.ts).
import type { Block } from '../../ingest/types.js';
import type { InstrumentStatus, InstrumentType, Issuer } from '../../output/schema.js';
import type { ProvinceMention } from '../../normalize/provinces.js';
import type { YearMention } from '../years.js';
import type { NounMention } from './noun-mentions.js';
import { firstAtOrAfter } from '../spans.js';
import { matchesNotAfter } from '../word-start.js';
import type { ReferenceNumber } from './reference-number.js';
import type { Subject } from './subject.js';

export interface DocumentContext {
  nfc: string;
  canonical: string;
  blocks: readonly Block[];
  /** Instrument nouns written as names, in text order. */
  nouns: readonly NounMention[];
  /** Every instrument noun, common nouns included. */
  anyNouns: ReadonlyArray<{ start: number; end: number }>;
  provinces: readonly ProvinceMention[];
  years: readonly YearMention[];
}

export interface MentionReading {
  type: InstrumentType;
  /** View span of the evidence: the governing cue (when before the noun) through the title. */
  start: number;
  end: number;
  nounStart: number;
  status: InstrumentStatus;
  issuer: Issuer | null;
  /** The province the mention itself names (title, issuer), null when it names none. */
  province: ProvinceMention | null;
  national: boolean;
  /** A status cue governs the noun: a bare noun nothing governs may be a menu entry or a caption. */
  governed: boolean;
  /** Names its owner only as `tỉnh`/`thành phố`, with no name after. */
  localOwner: boolean;
  number: ReferenceNumber | null;
  date: string | null;
  horizon: number[];
  title: string | null;
  /** Content words of the title: what tells this instrument from another of its type. */
  words: Set<string>;
  subject: Subject;
  /**
   * The sentence around the noun speaks of digital transformation: the subject of a bare noun. Read only when asked
   * (for an instrument its titles do not decide, in a document that does not decide it either).
   */
  digitalSentence: () => boolean;
  trace: string[];
}

// Not after a letter: checked in code (word-start.ts), a leading look-behind being tried at every position.
const UNNAMED_PROVINCE = /(?:tỉnh|thành phố)(?!\p{L})(?![ \t]+\p{Lu})/gu;
const LETTER = /\p{L}/u;

/** `tỉnh`, `thành phố` with no name after it in the NFC text between `from` and `to`. */
export function namesUnnamedProvince(nfc: string, from: number, to: number): boolean {
  return matchesNotAfter(UNNAMED_PROVINCE, LETTER, nfc.slice(from, to)).length > 0;
}

/** The province named inside [from, to), the first one. */
export function provinceIn(ctx: DocumentContext, from: number, to: number): ProvinceMention | null {
  const { provinces } = ctx;
  for (let k = firstAtOrAfter(provinces, from); k < provinces.length && provinces[k].start < to; k++) {
    if (provinces[k].end <= to) return provinces[k];
  }
  return null;
}

/** The province named inside [from, to), the last one. */
export function lastProvinceIn(ctx: DocumentContext, from: number, to: number): ProvinceMention | null {
  const { provinces } = ctx;
  let last: ProvinceMention | null = null;
  for (let k = firstAtOrAfter(provinces, from); k < provinces.length && provinces[k].start < to; k++) {
    if (provinces[k].end <= to) last = provinces[k];
  }
  return last;
}
