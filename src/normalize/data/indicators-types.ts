// The shape of an indicator catalogue entry (INDICATORS.md): what the data files hold and the matcher reads.
import type { Level, NationalTarget } from '../../output/schema.js';

/** The unit an indicator is measured in; a figure only matches entries of its own unit. */
export type IndicatorUnit = 'percent' | 'count' | 'rank' | 'score';

/** A national target; `levels` is set when the target differs by administrative level. */
export interface IndicatorTarget extends NationalTarget {
  levels?: readonly Level[];
}

/**
 * A phrasing is written as it appears in real text (any case, with or without diacritics, abbreviations allowed).
 * `…` marks a gap of a few words, so one phrasing covers `hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến`
 * and `hồ sơ được giải quyết hoàn toàn trực tuyến` alike: `hồ sơ … hoàn toàn trực tuyến`.
 */
export type Phrasing = string;

export interface IndicatorEntry {
  /** `<pillar>.<subject>[.<measure>]`, lower-case ASCII; ids from INDICATORS.md are never renamed. */
  id: string;
  nameVi: string;
  nameEn: string;
  unit: IndicatorUnit;
  /** What names the indicator in text; the longest one found in a metric phrase decides. */
  phrasings: readonly Phrasing[];
  /** Words that show a metric is some other indicator, although it contains one of the phrasings. */
  negativeCues?: readonly Phrasing[];
  /** In order of precedence: the first target of a year (and level) is the one reported. */
  nationalTargets: readonly IndicatorTarget[];
}
