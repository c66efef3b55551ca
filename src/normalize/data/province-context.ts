// Words around a province name that decide what it names (PROVINCES.md §5.2–5.5, §5.10). All written in the
// canonical view's form: lower case, new-style tones (`uỷ`, `hoà`), `Đ` look-alikes folded.

/** A prefix naming the unit's level: `tỉnh Hưng Yên`, `UBND tỉnh`, `Tỉnh uỷ Quảng Bình`, `TP.HCM`. */
export const PROVINCE_CUES: readonly { words: string; level: 'province' | 'city' | 'any' }[] = [
  { words: 'tỉnh uỷ', level: 'province' },
  { words: 'tỉnh', level: 'province' },
  { words: 'tinh', level: 'province' },
  { words: 'thành uỷ', level: 'city' },
  { words: 'thành phố', level: 'city' },
  { words: 'thanh pho', level: 'city' },
  { words: 'tp', level: 'city' },
  { words: 't.p', level: 'city' },
  { words: 'thủ đô', level: 'city' },
  { words: 'ubnd', level: 'any' },
  { words: 'hđnd', level: 'any' },
  { words: 'uỷ ban nhân dân', level: 'any' },
  { words: 'hội đồng nhân dân', level: 'any' },
];

/** English texts put the level after the name: `Can Tho City`, `Quang Ninh province`. */
export const ENGLISH_LEVEL_SUFFIXES: readonly string[] = ['city', 'province'];

/** `tại điểm cầu Hưng Yên`: where officials followed a national meeting, not whose figures are reported. */
export const VENUE_CUES: readonly string[] = ['điểm cầu'];

/**
 * Words before a name that make it something other than the province: a lower-level unit with the same name
 * (`phường Thái Bình`, `huyện Quảng Ninh`), a street or river (`đường Hòa Bình`, `sông Đồng Nai`; not `cầu`, which
 * ends `yêu cầu`), an institution, or a person (`chị Huế`, `anh Thái Bình`, `đồng chí`).
 */
export const NOT_PROVINCE_BEFORE: readonly string[] = [
  'phường',
  'xã',
  'p.',
  'x.',
  'huyện',
  'quận',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'khu phố',
  'thôn',
  'ấp',
  'đường',
  'phố',
  'đại lộ',
  'xa lộ',
  'quốc lộ',
  'sông',
  'bia',
  'đại học',
  'đh',
  'ông',
  'bà',
  'anh',
  'chị',
  'cô',
  'chú',
  'em',
  'cháu',
  'đồng chí',
];

/**
 * Lower-level units that open an address chain (`Phường Bỉm Sơn, Tỉnh Thanh Hóa`): a province closing the chain says
 * where someone lives or sits, not what the text is about.
 */
export const ADDRESS_UNITS: readonly string[] = [
  'phường',
  'xã',
  'huyện',
  'quận',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'p.',
  'q.',
];

/** Words after a name that make it part of a company or club name (`Nghệ An Group`, `Hải Phòng FC`). */
export const NOT_PROVINCE_AFTER: readonly string[] = ['group', 'fc', 'jsc', 'corp', 'corporation', 'holdings'];

/**
 * Vietnamese family names and the commonest middle names: a name directly after them is a person's given name
 * (`Trương Hòa Bình`, `Nguyễn Thị Hà Giang`, `Nguyễn Duy Hưng`), unless a prefix such as `tỉnh` anchors it.
 */
export const PERSON_NAME_STARTS: readonly string[] = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương',
  'lý', 'đinh', 'trương', 'lâm', 'mai', 'trịnh', 'đoàn', 'lương', 'tạ', 'chu', 'vương', 'đào', 'tô', 'lưu', 'kiều',
  'phùng', 'quách', 'thị', 'văn',
];

/** Location words that let an ALL-CAPS common-word name (`TẠI THÁI BÌNH`) read as the province. */
export const LOCATIVES: readonly string[] = ['tại', 'ở', 'về'];

/** After a name in a post-2025 text: the pre-2025 unit is meant (`Bình Dương (cũ)`, `Quảng Trị trước đây`). */
export const FORMER_UNIT_AFTER: readonly string[] = ['(cũ)', 'cũ', 'trước đây', '(trước sáp nhập)', 'trước sáp nhập'];
/** Before a name in a post-2025 text: `khu vực Bình Dương` is the former province's area. */
export const FORMER_UNIT_BEFORE: readonly string[] = ['khu vực'];
/** After a name in a pre-2025 text: the merged unit is meant (`tỉnh Quảng Trị (mới)`). */
export const NEW_UNIT_AFTER: readonly string[] = ['(mới)', '(sau sáp nhập)'];
