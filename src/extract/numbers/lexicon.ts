// Word lists the quantity finder reads, as typed data. Every entry is written in the canonical view's spelling:
// lower case, NFC, new-style tones (`hoà`, `uỷ`), so one entry covers `Hòa`/`Hoà`.
import type { QuantityComparator } from './types.js';

/** Scale words after a number: `533 triệu giao dịch`, `10 nghìn`, `2 tỷ`. Chains multiply (`1 nghìn tỷ`). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  'nghìn': 1e3,
  'ngàn': 1e3,
  'triệu': 1e6,
  'tỷ': 1e9,
  'tỉ': 1e9,
};

/** Words that turn a scale word into something else: `tỷ lệ` (ratio), `tỷ trọng` (share). */
export const NOT_SCALE_AFTER: readonly string[] = ['lệ', 'trọng', 'suất', 'giá'];

/** Percent written as words, longest first (`điểm phần trăm` = percentage points, counted as percent). */
export const PERCENT_WORDS: readonly string[] = ['điểm phần trăm', 'phần trăm', 'percent', 'per cent', 'percentage points'];

/** The score unit: `0,71 điểm`. */
export const SCORE_WORD = 'điểm';

/** Words that make `điểm` a place, not a score: `3 điểm cầu`, `120 điểm phát wifi`. */
export const SCORE_COMPOUND_AFTER: readonly string[] = [
  'cầu',
  'du lịch',
  'truy cập',
  'phát',
  'wifi',
  'wi-fi',
  'giao dịch',
  'bưu',
  'tiếp nhận',
  'phục vụ',
  'trường',
  'thu',
  'kết nối',
  'dân cư',
  'nóng',
  'sáng',
  'đến',
  'đỗ',
  'bán',
  'trưng bày',
  'tiêm',
  'kiểm tra',
  'cung cấp',
  'hỗ trợ',
  'mua',
  'dừng',
  'thanh toán',
  'cho',
  'số hoá',
];

/** Currency words after a number (and its scale): money is not a figure, so the quantity is dropped. */
export const MONEY_AFTER: readonly string[] = ['đồng', 'vnđ', 'vnd', 'usd', 'us$', 'đô la', 'euro', 'eur', 'yên', 'nhân dân tệ', 'đ'];

/** Currency signs before a number: `$5`, `US$ 2`. */
export const MONEY_BEFORE: readonly string[] = ['$', 'us$', 'usd', 'vnd', '€'];

interface ComparatorWord {
  words: string;
  comparator: QuantityComparator;
  /** The number after it is a ranking place (`nhóm 15 tỉnh`). */
  rank?: true;
}

/**
 * Comparator words right before a number, longest first where one contains another. `từ` alone is a lower bound
 * (`chiếm từ 20%`), unless a range end follows (`từ 80% đến 90%`). `nhóm`/`top` make a rank an upper bound
 * (`thuộc nhóm 15 tỉnh dẫn đầu` = rank ≤ 15).
 */
export const COMPARATORS_BEFORE: readonly ComparatorWord[] = [
  { words: 'không vượt quá', comparator: 'lte' },
  { words: 'không quá', comparator: 'lte' },
  { words: 'tối đa', comparator: 'lte' },
  { words: 'không dưới', comparator: 'gte' },
  { words: 'không thấp hơn', comparator: 'gte' },
  { words: 'không ít hơn', comparator: 'gte' },
  { words: 'tối thiểu', comparator: 'gte' },
  { words: 'ít nhất', comparator: 'gte' },
  { words: 'thấp nhất', comparator: 'gte' },
  { words: 'từ', comparator: 'gte' },
  { words: 'cao hơn', comparator: 'gt' },
  { words: 'nhiều hơn', comparator: 'gt' },
  { words: 'trên', comparator: 'gt' },
  { words: 'hơn', comparator: 'gt' },
  { words: 'vượt', comparator: 'gt' },
  { words: 'thấp hơn', comparator: 'lt' },
  { words: 'ít hơn', comparator: 'lt' },
  { words: 'dưới', comparator: 'lt' },
  { words: 'xấp xỉ', comparator: 'approx' },
  { words: 'khoảng', comparator: 'approx' },
  { words: 'chừng', comparator: 'approx' },
  { words: 'gần', comparator: 'approx' },
  { words: 'chưa đạt trên', comparator: 'lte' },
  { words: 'không đạt trên', comparator: 'lte' },
  { words: 'chưa vượt quá', comparator: 'lte' },
  { words: 'chưa vượt', comparator: 'lte' },
  { words: 'chưa đến', comparator: 'lt' },
  { words: 'chưa tới', comparator: 'lt' },
  { words: 'nhóm', comparator: 'lte', rank: true },
  { words: 'một trong', comparator: 'lte', rank: true },
  { words: '1 trong', comparator: 'lte', rank: true },
  // English, for the English pages of provincial portals.
  { words: 'at least', comparator: 'gte' },
  { words: 'no less than', comparator: 'gte' },
  { words: 'more than', comparator: 'gt' },
  { words: 'over', comparator: 'gt' },
  { words: 'less than', comparator: 'lt' },
  { words: 'under', comparator: 'lt' },
  { words: 'at most', comparator: 'lte' },
  { words: 'up to', comparator: 'lte' },
  { words: 'no more than', comparator: 'lte' },
  { words: 'about', comparator: 'approx' },
  { words: 'around', comparator: 'approx' },
  { words: 'approximately', comparator: 'approx' },
  { words: 'nearly', comparator: 'approx' },
  { words: 'one of', comparator: 'lte', rank: true },
  { words: 'top', comparator: 'lte', rank: true },
  { words: 'tốp', comparator: 'lte', rank: true },
];

/** Words that may sit between comparator words and the number without breaking the chain: `ở mức trên 80%`. */
export const COMPARATOR_CHAIN_FILLERS: readonly string[] = ['mức'];

/** Comparator words right after a quantity: `50% trở lên`. */
export const COMPARATORS_AFTER: readonly ComparatorWord[] = [
  { words: 'trở lên', comparator: 'gte' },
  { words: 'trở xuống', comparator: 'lte' },
  { words: 'trở lại', comparator: 'lte' },
  { words: 'or more', comparator: 'gte' },
  { words: 'or higher', comparator: 'gte' },
  { words: 'or less', comparator: 'lte' },
];

/** Words joining the two ends of a range after the first number: `từ 80% đến 90%`, `10 - 20%`. */
export const RANGE_JOINER_WORDS: readonly string[] = ['đến', 'tới'];

/**
 * Words right before a bare number that make it a label, not a quantity: a year, a date, a document number, a
 * version, an ordinal, a service level, a page or an article. `số` may sit between (`Nghị quyết số 09`, `mã số 5`).
 */
export const LABEL_BEFORE: readonly string[] = [
  'năm',
  'tháng',
  'ngày',
  'quý',
  'tuần',
  'lúc',
  'giờ',
  'sáng',
  'trưa',
  'chiều',
  'tối',
  'đêm',
  'hôm',
  'thứ',
  'khoá',
  'kỳ',
  'nhiệm kỳ',
  'giai đoạn',
  'phiên bản',
  'version',
  'công nghiệp',
  'web',
  'mức độ',
  'mức',
  'cấp độ',
  'nghị quyết',
  'quyết định',
  'nghị định',
  'thông tư',
  'chỉ thị',
  'kết luận',
  'công văn',
  'kế hoạch',
  'thông báo',
  'tờ trình',
  'văn bản',
  'đề án',
  'lần',
  'luật',
  'hướng dẫn',
  'điều',
  'khoản',
  'điểm',
  'chương',
  'mục',
  'phụ lục',
  'trang',
  'tầng',
  'phòng',
  'tập',
  'mã',
  'quốc lộ',
  'tỉnh lộ',
  'đường',
  'hotline',
  'điện thoại',
  'đt',
  'fax',
  'zalo',
  'đường dây nóng',
  'tổng đài',
];

/** `thứ N` is an ordinal (`lần thứ 2`) unless one of these says it is a ranking place (`xếp thứ 5`). */
export const RANK_BEFORE_ORDINAL: readonly string[] = ['xếp', 'đứng', 'xếp hạng', 'hạng', 'vị trí', 'vị thứ', 'thứ hạng'];

/** Words right before a bare number that make it a ranking place: `xếp hạng 15`, `vị trí 3`, `ranked 12`. */
export const RANK_BEFORE_NUMBER: readonly string[] = ['xếp hạng', 'hạng', 'vị trí', 'thứ hạng', 'vị thứ', 'ranked', 'rank'];

/** Words before `N/M` that make it a ranking place out of M (`xếp hạng 25/63`), not a fraction. */
export const RANK_BEFORE_FRACTION: readonly string[] = [
  'xếp hạng',
  'xếp hạng thứ',
  'xếp thứ',
  'đứng thứ',
  'hạng',
  'vị trí',
  'vị trí thứ',
  'thứ hạng',
  'thứ',
];

/**
 * Nouns after a bare number that make it a count of plan items, meetings or a duration — not a figure:
 * `7 giải pháp`, `26 chỉ tiêu`, `3 trụ cột`, `5 năm`.
 */
export const NOT_FIGURE_COUNTED: readonly string[] = [
  'giải pháp',
  'nhóm giải pháp',
  'nhiệm vụ',
  'nhóm nhiệm vụ',
  'chỉ tiêu',
  'mục tiêu',
  'trụ cột',
  'đột phá',
  'quan điểm',
  'định hướng',
  'lĩnh vực',
  'hội nghị',
  'cuộc họp',
  'cuộc',
  'buổi',
  'phiên',
  'điều',
  'khoản',
  'chương',
  'năm',
  'tháng',
  'ngày',
  'tuần',
  'quý',
  'giờ',
  'phút',
  'giây',
  'tiếng',
  'thập kỷ',
  'thế kỷ',
  'tuổi',
  'đường',
  'phố',
  'ngõ',
  'ngách',
  'hẻm',
  'ký tự',
  'kí tự',
  'cấp',
  'chỉ số thành phần',
  'chỉ số chính',
  'nội dung',
  'người đang online',
  'khách đang online',
  'đang online',
];

/** Nouns after `trên N` that make N the base of a rate (`thành viên trên 100 dân`), not a quantity. */
export const RATE_BASE_COUNTED: readonly string[] = ['dân', 'người dân', 'dân số'];

/** Digits written as words. `tư`, `lăm`, `mốt` only follow a tens word (`hai mươi tư`, `mười lăm`, `ba mươi mốt`). */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  'một': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4,
  'năm': 5,
  'sáu': 6,
  'bảy': 7,
  'bẩy': 7,
  'tám': 8,
  'chín': 9,
  'tư': 4,
  'lăm': 5,
  'mốt': 1,
};

/** Digit words that cannot open a number. */
export const DIGIT_WORDS_AFTER_TENS_ONLY: readonly string[] = ['tư', 'lăm', 'mốt'];

/** Words that build a number from digit words: `mười` (10), `mươi` (×10), `trăm` (×100), `linh`/`lẻ` (no tens). */
export const NUMBER_BUILDING_WORDS = {
  ten: 'mười',
  tens: 'mươi',
  hundreds: 'trăm',
  noTens: ['linh', 'lẻ'] as readonly string[],
} as const;

/** `thứ nhất` = 1 in a rank (`xếp thứ nhất`); other ordinals are digit words (`thứ hai`). */
export const FIRST_ORDINAL = 'nhất';

/** Words where what a number counts ends: `đứng thứ 6 và 7`, `50 nghìn nhân lực số và 20 ngàn kỹ sư`. */
export const COUNTED_STOP_WORDS: readonly string[] = ['và', 'hoặc', 'so với'];
