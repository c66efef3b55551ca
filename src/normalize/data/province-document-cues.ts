// What a document says about when it was written (which province map applies) and whether it is national
// (PROVINCES.md §1, §5.1, §5.10; TARGET-SENTENCES.md §3). Canonical-view spellings; each cue carries a weight.

export interface WeightedCue {
  /** A regular-expression source over the canonical view, bounded (no unbounded repetition of a group). */
  pattern: string;
  weight: number;
}

/** Only true after the 1 July 2025 reorganisation. */
export const POST_MERGE_CUES: readonly WeightedCue[] = [
  { pattern: 'chính quyền địa phương (?:hai|2) cấp', weight: 3 },
  { pattern: 'sau (?:khi )?(?:sáp nhập|sắp xếp|hợp nhất)', weight: 2 },
  { pattern: '\\(\\s?cũ\\s?\\)', weight: 2 },
  // `x/34`, the digits not after another: the look-behind follows the first digit, as one leading the pattern would
  // be tried at every position of the text.
  { pattern: '\\d(?<!\\p{N}\\d)\\d?\\s?/\\s?34(?![\\p{N}\\p{L}])', weight: 2 },
  { pattern: '34 tỉnh,? thành', weight: 3 },
  // The commune-level special zones; not the 2018 plans for special economic zones.
  { pattern: 'đặc khu(?! kinh tế)', weight: 1 },
  // Provinces that became centrally-run cities in 2026 and had no district-level city of that name before.
  { pattern: 'thành phố (?:đồng nai|quảng ninh)', weight: 3 },
];

/** Only true before it: districts, the Sở TT&TT (merged away on 1 Mar 2025), rankings out of 63. */
export const PRE_MERGE_CUES: readonly WeightedCue[] = [
  { pattern: '\\d(?<!\\p{N}\\d)\\d?\\s?/\\s?63(?![\\p{N}\\p{L}])', weight: 2 },
  { pattern: '63 tỉnh,? thành', weight: 3 },
  { pattern: 'sở thông tin và truyền thông|sở tt ?& ?tt|sở tt-tt|sở tttt', weight: 2 },
  { pattern: '(?:ubnd|uỷ ban nhân dân) (?:các )?huyện', weight: 2 },
  { pattern: 'cấp huyện', weight: 1 },
];

/**
 * A national subject: the Government, the Prime Minister, a ministry's report, the national programme. Counted in the
 * title and the lead, where they name what the document is about.
 */
export const NATIONAL_SUBJECT_CUES: readonly WeightedCue[] = [
  { pattern: 'thủ tướng', weight: 2 },
  { pattern: 'thường trực chính phủ|phiên họp chính phủ|chính phủ (?:họp|tổ chức|ban hành)', weight: 2 },
  { pattern: 'quốc hội', weight: 1 },
  { pattern: '(?:chuyển đổi số|kinh tế số|chương trình|chiến lược) quốc gia', weight: 2 },
  { pattern: 'uỷ ban quốc gia', weight: 2 },
  { pattern: 'cả nước|toàn quốc', weight: 1 },
  { pattern: 'bộ (?:thông tin và truyền thông|tt ?& ?tt|khoa học và công nghệ|kh ?& ?cn)', weight: 1 },
];

/** The document's own province spoken of without its name: a provincial voice (`toàn tỉnh`, `tỉnh ta`). */
export const PROVINCIAL_VOICE_CUES: readonly WeightedCue[] = [
  { pattern: '(?:toàn|cả) (?:tỉnh|thành phố)|(?:tỉnh|thành phố) (?:ta|nhà)', weight: 1 },
  { pattern: '(?:của|địa bàn) (?:tỉnh|thành phố)(?=[,.;)])', weight: 1 },
];

/**
 * The issuing body heading an official text, a line of its own in capitals (over the NFC view): a ministry or the
 * Government signs a national document. Capitals keep menu lines such as `Bộ máy tổ chức` out.
 */
export const NATIONAL_ISSUER_HEAD = '^(?:BỘ [\\p{Lu} ]{3,40}|CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|VĂN PHÒNG CHÍNH PHỦ)$';

/**
 * What follows a name in a dateline: `Vĩnh Long, ngày 06 tháng 6 năm 2022` (where an official text was signed) and,
 * at the start of a paragraph, `QUẢNG NINH - Sáng 12/5, …` or `(Hưng Yên) – …` (where a news story was filed).
 */
export const DATELINE_AFTER_NAME = '^,\\s?ngày\\s?\\d';
export const NEWS_DATELINE_AFTER_NAME = '^\\)?\\s?[-–—]\\s';
