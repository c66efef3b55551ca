// The nouns that name an instrument, and the abbreviations its number carries (`09-NQ/TU`, `186/KH-UBND`).
import type { InstrumentType } from '../../output/schema.js';

export interface TypeNoun {
  type: InstrumentType;
  /** The noun as written in running text, lower case. */
  noun: string;
  /** The abbreviation used inside document numbers, as written. */
  abbreviation: string;
}

export const TYPE_NOUNS: readonly TypeNoun[] = [
  { type: 'nghi-quyet', noun: 'nghị quyết', abbreviation: 'NQ' },
  { type: 'ke-hoach', noun: 'kế hoạch', abbreviation: 'KH' },
  { type: 'chuong-trinh', noun: 'chương trình', abbreviation: 'CTr' },
  { type: 'de-an', noun: 'đề án', abbreviation: 'ĐA' },
  { type: 'quyet-dinh', noun: 'quyết định', abbreviation: 'QĐ' },
  { type: 'chien-luoc', noun: 'chiến lược', abbreviation: 'CL' },
  { type: 'chi-thi', noun: 'chỉ thị', abbreviation: 'CT' },
];

/** Abbreviations that stand for the noun in running text when a number follows (`NQ 09-NQ/TU`, `QĐ số 749`). */
export const ABBREVIATIONS_IN_TEXT: readonly TypeNoun[] = [
  { type: 'nghi-quyet', noun: 'nq', abbreviation: 'NQ' },
  { type: 'ke-hoach', noun: 'kh', abbreviation: 'KH' },
  { type: 'quyet-dinh', noun: 'qđ', abbreviation: 'QĐ' },
];

/** Bodies named after an instrument noun (`Sở Kế hoạch và Đầu tư`): the word before them, lower case. */
export const BODY_HEADS: readonly string[] = ['sở', 'bộ', 'phòng', 'vụ', 'cục', 'viện', 'ban'];

/** Words right after `Chương trình`, `Kế hoạch` … that make it an event or a show, not an instrument. */
export const EVENT_HEADS: readonly string[] = [
  'ngày hội',
  'hội thảo',
  'hội nghị',
  'tọa đàm',
  'cuộc thi',
  'lễ',
  'tập huấn',
  'giao lưu',
  'truyền hình',
  'phát thanh',
  'nghệ thuật',
  'khuyến mãi',
  'học bổng',
  'kỳ họp',
  'làm việc',
  'và đầu tư',
];
