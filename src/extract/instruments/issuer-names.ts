// Who issues an instrument: the names as written (lower case) and the issuer codes in document numbers.
import type { Issuer } from '../../output/schema.js';

export interface IssuerName {
  issuer: Issuer;
  /** The name as written, lower case; longer names are tried first. */
  name: string;
}

export const ISSUER_NAMES: readonly IssuerName[] = [
  { issuer: 'tinh-uy', name: 'ban thường vụ tỉnh ủy' },
  { issuer: 'tinh-uy', name: 'ban thường vụ thành ủy' },
  { issuer: 'tinh-uy', name: 'thường trực tỉnh ủy' },
  { issuer: 'tinh-uy', name: 'thường trực thành ủy' },
  { issuer: 'tinh-uy', name: 'btv tỉnh ủy' },
  { issuer: 'tinh-uy', name: 'btv thành ủy' },
  { issuer: 'tinh-uy', name: 'ban chấp hành đảng bộ tỉnh' },
  { issuer: 'tinh-uy', name: 'ban chấp hành đảng bộ thành phố' },
  { issuer: 'tinh-uy', name: 'bch đảng bộ tỉnh' },
  { issuer: 'tinh-uy', name: 'bch đảng bộ thành phố' },
  { issuer: 'tinh-uy', name: 'tỉnh ủy' },
  { issuer: 'tinh-uy', name: 'thành ủy' },
  { issuer: 'hdnd', name: 'hội đồng nhân dân' },
  { issuer: 'hdnd', name: 'hđnd' },
  { issuer: 'ubnd', name: 'ủy ban nhân dân' },
  { issuer: 'ubnd', name: 'ubnd' },
  { issuer: 'bo-chinh-tri', name: 'bộ chính trị' },
  { issuer: 'trung-uong', name: 'ban chấp hành trung ương' },
  { issuer: 'trung-uong', name: 'bch trung ương' },
  { issuer: 'trung-uong', name: 'trung ương đảng' },
  { issuer: 'trung-uong', name: 'trung ương' },
  { issuer: 'quoc-hoi', name: 'quốc hội' },
  { issuer: 'thu-tuong', name: 'thủ tướng chính phủ' },
  { issuer: 'thu-tuong', name: 'thủ tướng' },
  { issuer: 'chinh-phu', name: 'chính phủ' },
  { issuer: 'bo', name: 'bộ thông tin và truyền thông' },
  { issuer: 'bo', name: 'bộ tt&tt' },
  { issuer: 'bo', name: 'bộ tttt' },
  { issuer: 'bo', name: 'bộ khoa học và công nghệ' },
  { issuer: 'bo', name: 'bộ kh&cn' },
  { issuer: 'bo', name: 'bộ công an' },
  { issuer: 'bo', name: 'bộ nội vụ' },
  { issuer: 'bo', name: 'bộ tài chính' },
  { issuer: 'bo', name: 'bộ kế hoạch và đầu tư' },
  { issuer: 'bo', name: 'bộ công thương' },
  { issuer: 'bo', name: 'bộ y tế' },
  { issuer: 'bo', name: 'bộ giáo dục và đào tạo' },
  { issuer: 'bo', name: 'bộ nông nghiệp và phát triển nông thôn' },
  { issuer: 'bo', name: 'bộ nông nghiệp và môi trường' },
  { issuer: 'bo', name: 'bộ tài nguyên và môi trường' },
  { issuer: 'bo', name: 'bộ giao thông vận tải' },
  { issuer: 'bo', name: 'bộ xây dựng' },
  { issuer: 'bo', name: 'bộ tư pháp' },
];

/** Names that look like an issuer but are a subject (`Chính phủ số`, `Chính phủ điện tử`): never read as issuers. */
export const ISSUER_LOOKALIKES: readonly string[] = ['chính phủ số', 'chính phủ điện tử', 'chính phủ kiến tạo'];

/** Issuer codes after the type abbreviation in a document number: `NQ/TU`, `KH-UBND`, `QĐ-TTg`, `NQ-CP`. */
export const NUMBER_ISSUER_CODES: Readonly<Record<string, Issuer>> = {
  TU: 'tinh-uy',
  ThU: 'tinh-uy',
  TW: 'trung-uong',
  TƯ: 'trung-uong',
  HĐND: 'hdnd',
  UBND: 'ubnd',
  TTg: 'thu-tuong',
  CP: 'chinh-phu',
  QH: 'quoc-hoi',
};

/** Ministry codes in numbers start with B (`BTTTT`, `BKHCN`, `BCA`). */
export const MINISTRY_CODE = /^B[A-ZĐ]{1,6}$/u;

/**
 * Owners that are many bodies at once: an instrument of theirs is a kind of instrument, not one instrument.
 * Regular-expression sources over the canonical view (new-style tones: `uỷ`).
 */
export const GENERIC_OWNER_PATTERNS: readonly string[] = [
  'tỉnh\\s*/\\s*thành',
  'tỉnh uỷ\\s*[,/]\\s*thành uỷ',
  '(?:các|mỗi|những|nhiều|\\d+)\\s+(?:tỉnh uỷ|thành uỷ|tỉnh|thành phố|địa phương|bộ|ngành)',
];
