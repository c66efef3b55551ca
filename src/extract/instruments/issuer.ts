// Who issues an instrument, as the text says it: in the title (`Nghị quyết của Ban chấp hành Đảng bộ tỉnh`,
// `Nghị quyết BTV Tỉnh ủy về …`), as the subject of an issuing verb (`UBND tỉnh đã ban hành Kế hoạch`), as the agent
// of a passive (`được Thủ tướng Chính phủ phê duyệt`). Names are matched on the canonical view, so `Ủy`/`Uỷ` agree.
import { canonicalize } from '../../ingest/canonical.js';
import type { Issuer } from '../../output/schema.js';
import { findPhrases, phraseRegex } from '../phrases.js';
import { GENERIC_OWNER_PATTERNS, ISSUER_LOOKALIKES, ISSUER_NAMES } from './issuer-names.js';
import { entryOfPhrase } from './phrase-table.js';
import { LETTER_OR_DIGIT, matchesNotAfter } from '../word-start.js';
import { endsWithPhraseThenSpace, spaceRunStart, tailPhrases } from './text-tail.js';

export interface IssuerHit {
  issuer: Issuer;
  start: number;
  end: number;
}

const ISSUER = phraseRegex(ISSUER_NAMES.map((i) => i.name));
const LOOKALIKE = phraseRegex(ISSUER_LOOKALIKES, 'uy');
const ISSUER_BY_NAME = new Map(ISSUER_NAMES.map((i) => [canonicalize(i.name), i.issuer]));
/** `của` (of) before an issuer's name in a title: `Nghị quyết của Ban chấp hành …`. */
const OF = tailPhrases(['của']);
// Not after a letter or digit: checked in code (word-start.ts), a leading look-behind being tried at every position.
const GENERIC = new RegExp(`(?:${GENERIC_OWNER_PATTERNS.join('|')})(?!\\p{L})`, 'gu');

/** Every issuer name in canonical `text` between `from` and `to`, look-alikes (`Chính phủ số`) left out. */
export function issuerNames(canonical: string, from: number, to: number): IssuerHit[] {
  const names: IssuerHit[] = [];
  for (const hit of findPhrases(ISSUER, canonical, from, to)) {
    LOOKALIKE.lastIndex = hit.start;
    if (LOOKALIKE.test(canonical)) continue;
    const issuer = entryOfPhrase(ISSUER_BY_NAME, hit.text);
    if (issuer) names.push({ issuer, start: hit.start, end: hit.end });
  }
  return names;
}

/**
 * The issuer in the instrument's own title: a name right after the noun (and its number), or after `của`.
 * `from` is just after the noun, `to` the end of its own words.
 */
export function issuerInTitle(canonical: string, from: number, to: number, numberEnd: number | null): IssuerHit | null {
  const lo = numberEnd ?? from;
  for (const hit of issuerNames(canonical, from, to)) {
    // Nothing but white space between (or a name inside the number: `số 186/KH-UBND`), or `của`.
    if (hit.start <= lo || spaceRunStart(canonical, lo, hit.start) === lo || endsWithPhraseThenSpace(canonical, lo, hit.start, OF)) return hit;
  }
  return null;
}

/** How far before an issuing verb its subject may begin (`Ban Chấp hành Đảng bộ tỉnh … đã thảo luận, thông qua`). */
const SUBJECT_REACH = 90;

/** The subject of an issuing verb: the last issuer name before the cue, close enough to be its subject. */
export function issuerBeforeCue(canonical: string, clauseFrom: number, cueStart: number): IssuerHit | null {
  const hits = issuerNames(canonical, Math.max(clauseFrom, cueStart - SUBJECT_REACH), cueStart);
  return hits.length ? hits[hits.length - 1] : null;
}

const NATIONAL_ISSUERS: ReadonlySet<Issuer> = new Set<Issuer>(['bo-chinh-tri', 'trung-uong', 'quoc-hoi', 'chinh-phu', 'thu-tuong', 'bo']);

export function isNationalIssuer(issuer: Issuer | null): boolean {
  return issuer !== null && NATIONAL_ISSUERS.has(issuer);
}

/** Many bodies at once (`48 Tỉnh/Thành ủy`, `các tỉnh, thành phố`, `Tỉnh ủy, Thành ủy`): a kind of instrument. */
export function isGenericOwner(canonical: string, from: number, to: number): boolean {
  return matchesNotAfter(GENERIC, LETTER_OR_DIGIT, canonical.slice(from, to)).length > 0;
}
