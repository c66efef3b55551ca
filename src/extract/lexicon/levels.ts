// Administrative levels (`cấp bộ/tỉnh/huyện/xã`) and the words that stop a level from qualifying a figure.
import type { Level } from '../../output/schema.js';

export const LEVEL_WORDS: ReadonlyArray<{ word: string; level: Level }> = [
  { word: 'bộ', level: 'ministry' },
  { word: 'tỉnh', level: 'province' },
  { word: 'thành phố', level: 'province' },
  { word: 'huyện', level: 'district' },
  { word: 'xã', level: 'commune' },
];

/**
 * A level after these names a range or who is served, or belongs to an index's name (`Chỉ số chuyển đổi số cấp
 * tỉnh`), so it does not qualify what is counted.
 */
export const LEVEL_BLOCKERS: readonly string[] = ['từ', 'đến', 'tới', 'phục vụ', 'lãnh đạo', 'mỗi đơn vị', 'mỗi', 'chỉ số chuyển đổi số', 'chỉ số'];
