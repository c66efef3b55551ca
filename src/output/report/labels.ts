// Vietnamese wording of the contract's enumerations, as the report shows them to ministry staff.
import type { Comparator, InstrumentStatus, InstrumentType, Issuer, Kind, Level, ProvinceEra } from '../schema.js';

export const INSTRUMENT_TYPE_LABELS: Record<InstrumentType, string> = {
  'nghi-quyet': 'Nghị quyết',
  'ke-hoach': 'Kế hoạch',
  'chuong-trinh': 'Chương trình',
  'de-an': 'Đề án',
  'quyet-dinh': 'Quyết định',
  'chien-luoc': 'Chiến lược',
  'chi-thi': 'Chỉ thị',
};

export const INSTRUMENT_STATUS_LABELS: Record<InstrumentStatus, string> = {
  draft: 'dự thảo',
  issued: 'đã ban hành',
  referenced: 'được viện dẫn',
};

export const ISSUER_LABELS: Record<Issuer, string> = {
  'tinh-uy': 'Tỉnh ủy',
  hdnd: 'HĐND tỉnh',
  ubnd: 'UBND tỉnh',
  'bo-chinh-tri': 'Bộ Chính trị',
  'trung-uong': 'Ban Chấp hành Trung ương',
  'quoc-hoi': 'Quốc hội',
  'chinh-phu': 'Chính phủ',
  'thu-tuong': 'Thủ tướng Chính phủ',
  bo: 'Bộ, ngành',
};

/** A centrally-run city's own bodies: `Thành ủy Đà Nẵng`, `UBND thành phố`. */
export const CITY_ISSUER_LABELS: Partial<Record<Issuer, string>> = {
  'tinh-uy': 'Thành ủy',
  hdnd: 'HĐND thành phố',
  ubnd: 'UBND thành phố',
};

/** The sign written before a value; `eq` and `range` have none. */
export const COMPARATOR_SIGNS: Record<Comparator, string> = {
  eq: '',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  approx: '≈',
  range: '',
};

export const LEVEL_LABELS: Record<Level, string> = {
  ministry: 'cấp bộ',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
};

export const KIND_LABELS: Record<Kind, string> = {
  target: 'mục tiêu',
  actual: 'kết quả',
};

export const MAP_LABELS: Record<ProvinceEra, string> = {
  '2008': 'bản đồ 63 tỉnh, thành phố (trước 1/7/2025)',
  '2025': 'bản đồ 34 tỉnh, thành phố (từ 1/7/2025)',
};
