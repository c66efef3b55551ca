// One mention of an instrument read on its own: what its words say of type, status, issuer, place, number, date,
// horizon, title and subject. Mentions of one instrument are joined afterwards (coreference.ts).
import type { Block } from '../../ingest/types.js';
import type { InstrumentStatus, InstrumentType, Issuer } from '../../output/schema.js';
import type { ProvinceMention } from '../../normalize/provinces.js';
import type { YearMention } from '../years.js';
import type { NounMention } from './noun-mentions.js';
import { startingIn } from '../spans.js';
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
  /** The sentence around the noun speaks of digital transformation: the subject of a bare noun. */
  digitalSentence: boolean;
  trace: string[];
}

const UNNAMED_PROVINCE = /(?<!\p{L})(?:tỉnh|thành phố)(?!\p{L})(?![ \t]+\p{Lu})/u;

/** `tỉnh`, `thành phố` with no name after it in the NFC text between `from` and `to`. */
export function namesUnnamedProvince(nfc: string, from: number, to: number): boolean {
  return UNNAMED_PROVINCE.test(nfc.slice(from, to));
}

/** The province named inside [from, to), the first one. */
export function provinceIn(ctx: DocumentContext, from: number, to: number): ProvinceMention | null {
  return startingIn(ctx.provinces, from, to).find((p) => p.end <= to) ?? null;
}

/** The province named inside [from, to), the last one. */
export function lastProvinceIn(ctx: DocumentContext, from: number, to: number): ProvinceMention | null {
  return startingIn(ctx.provinces, from, to).findLast((p) => p.end <= to) ?? null;
}
