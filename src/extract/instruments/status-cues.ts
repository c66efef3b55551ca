// The words that tell where an instrument stands (ANNOTATION.md "Instruments"). Lower case, as written.
import type { InstrumentStatus } from '../../output/schema.js';

/** The making news outranks a reference: issued, then draft (ANNOTATION.md, "Instruments"). */
export const STATUS_RANK: Readonly<Record<InstrumentStatus, number>> = { referenced: 0, draft: 1, issued: 2 };

export interface StatusCue {
  status: InstrumentStatus;
  phrase: string;
  /** How far before the instrument noun the cue may stand and still govern it, in characters. */
  reach: number;
}

/** Cues that stand before the instrument noun: `đã ban hành Nghị quyết`, `dự thảo Đề án`, `thực hiện Kế hoạch`. */
export const CUES_BEFORE: readonly StatusCue[] = [
  { status: 'issued', phrase: 'ký ban hành', reach: 80 },
  { status: 'issued', phrase: 'ban hành', reach: 80 },
  { status: 'issued', phrase: 'thông qua', reach: 60 },
  { status: 'issued', phrase: 'phê duyệt', reach: 60 },
  { status: 'issued', phrase: 'đã ra', reach: 30 },
  { status: 'issued', phrase: 'vừa ra', reach: 30 },
  { status: 'issued', phrase: 'mới ra', reach: 30 },
  { status: 'issued', phrase: 'đã ký', reach: 40 },
  { status: 'issued', phrase: 'vừa ký', reach: 40 },
  { status: 'issued', phrase: 'vừa có', reach: 15 },
  { status: 'issued', phrase: 'đã có', reach: 15 },
  { status: 'draft', phrase: 'dự thảo', reach: 60 },
  { status: 'draft', phrase: 'xây dựng', reach: 45 },
  { status: 'draft', phrase: 'soạn thảo', reach: 45 },
  { status: 'draft', phrase: 'lấy ý kiến', reach: 60 },
  { status: 'draft', phrase: 'góp ý', reach: 45 },
  { status: 'draft', phrase: 'cho ý kiến', reach: 45 },
  { status: 'draft', phrase: 'trình', reach: 45 },
  { status: 'draft', phrase: 'hoàn thiện', reach: 45 },
  { status: 'draft', phrase: 'thẩm định', reach: 45 },
  { status: 'draft', phrase: 'nghe báo cáo', reach: 60 },
  { status: 'referenced', phrase: 'thực hiện', reach: 45 },
  { status: 'referenced', phrase: 'triển khai', reach: 45 },
  { status: 'referenced', phrase: 'quán triệt', reach: 45 },
  { status: 'referenced', phrase: 'căn cứ', reach: 45 },
  { status: 'referenced', phrase: 'theo', reach: 20 },
  { status: 'referenced', phrase: 'tại', reach: 20 },
  { status: 'referenced', phrase: 'trong', reach: 20 },
  { status: 'referenced', phrase: 'sơ kết', reach: 45 },
  { status: 'referenced', phrase: 'tổng kết', reach: 45 },
];

/** Nouns ending in `trình` that are no cue to submit (`chương trình`, `quy trình`). */
export const TRINH_COMPOUNDS: readonly string[] = ['chương', 'quy', 'lộ', 'tờ', 'công', 'giáo', 'tiến', 'hành', 'đệ', 'lập', 'phương'];

/**
 * Words just before an issuing verb that make it a wish or a condition, not news (`cần ban hành`, `khi ban hành`,
 * `sự cần thiết ban hành`): such a mention is only a reference.
 */
export const PROSPECTIVE_MARKERS: readonly string[] = [
  'cần thiết',
  'cần',
  'sẽ',
  'khi',
  'để',
  'sớm',
  'chưa',
  'xem xét',
  'tiến tới',
  'dự kiến',
  'đề nghị',
  'kiến nghị',
  'phải',
  'nếu',
];

/** Verbs after the instrument in a passive clause: `… đã được Bí thư Tỉnh ủy ký ban hành`. */
export const PASSIVE_ISSUED_VERBS: readonly string[] = ['ký ban hành', 'ban hành', 'thông qua', 'phê duyệt'];
export const PASSIVE_DRAFT_VERBS: readonly string[] = ['xây dựng', 'lấy ý kiến', 'soạn thảo', 'trình', 'hoàn thiện'];
