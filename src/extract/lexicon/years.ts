// Words around a year that say what the year is: a deadline, a period, a horizon, a comparison, a term of office.

/** Before `năm 2025` / `2025`: the year is a deadline (`đến năm 2025`, `vào năm 2025`, `đến hết năm 2025`). */
export const DEADLINE_PREPOSITIONS: readonly string[] = ['đến hết', 'tới hết', 'đến', 'tới', 'vào', 'trong', 'hết', 'cuối'];

/** Before a year: a document's horizon, not the scope of the figures around it. */
export const VISION_WORDS: readonly string[] = ['tầm nhìn', 'định hướng'];

/** Before a year: a comparison base (`so với năm 2021`, `trước năm 2020`), never the figure's year. */
export const COMPARISON_WORDS: readonly string[] = ['so với cùng kỳ', 'so với', 'trước', 'sau', 'từ', 'kể từ', 'cùng kỳ'];

/** Before a period `2020 - 2025`: a term of office, not a target. */
export const TERM_WORDS: readonly string[] = ['nhiệm kỳ', 'khóa', 'khoá'];

/** Names of instruments: a year right after one belongs to its title (`Chương trình … giai đoạn 2021 – 2025`). */
export const INSTRUMENT_NOUNS: readonly string[] = [
  'nghị quyết',
  'chương trình',
  'kế hoạch',
  'đề án',
  'chiến lược',
  'quyết định',
  'quy hoạch',
  'chỉ thị',
  'dự án',
];

/** Verbs that turn an instrument's year into a scope (`Nghị quyết … xác định đến năm 2025, …`). */
export const SCOPE_VERBS: readonly string[] = ['xác định', 'đặt mục tiêu', 'phấn đấu', 'mục tiêu', 'đề ra', 'hướng tới', 'hướng đến', 'chỉ tiêu'];

/** Before a year: a published report or ranking of that year (`Báo cáo … 2022`, `bảng xếp hạng DTI năm 2022`). */
export const REPORT_NOUNS: readonly string[] = [
  'báo cáo',
  'bảng xếp hạng',
  'kết quả công bố',
  'kết quả đánh giá',
  // `Theo kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022`: the index named with the year it measured.
  'kết quả chỉ số',
  'kết quả xếp hạng',
  'kết quả dti',
  'chỉ số chuyển đổi số',
  'chỉ số dti',
];
