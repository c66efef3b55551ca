// The publication date from a page's dateline, as an ISO date. A dateline is a line labelled as one
// (`Đăng ngày 02 - 04 - 2021`, `Thứ năm - 08/04/2021 05:04`), a short line that is only a date and time
// (`20.9.2021`, `Thứ Tư, ngày 5 tháng 3 năm 2024 10:20`), or the place and date line of an official document
// (`Bắc Ninh, ngày 15 tháng 4 năm 2022`). A date without a year (`Ngày 1.4`) gives nothing, and so does a date
// inside running text (`Ngày 5/2/2022, UBND tỉnh ban hành…`).
import type { CanonicalBlock } from './blocks.js';
import { canonicalize, nfc } from './canonical.js';
import { DATELINE_FILLER, DATELINE_LABELS } from './data/datelines.js';

const LABELS = DATELINE_LABELS.map((l) => canonicalize(l.normalize('NFC')));
const FILLER = new Set(DATELINE_FILLER.map((w) => canonicalize(w.normalize('NFC'))));
// Datelines stand near the top of a page.
const DATELINE_BLOCKS = 25;
const MAX_DATELINE_LENGTH = 80;
// Room between a label and its date: `Cập nhật lúc: 08:30, ` or `Thứ năm - `.
const LABEL_REACH = 24;

const NUMERIC_DATE = /(?<!\d)(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?((?:19|20)\d\d)(?!\d)/u;
const WORDED_DATE = /(?<![\p{L}\d])(?:ngày )?(\d{1,2}) tháng (\d{1,2}) năm ((?:19|20)\d\d)(?!\d)/u;
// The place and date line of an official document: `Gia Lai, ngày 19 tháng 01 năm 2026`.
const PLACE_AND_DATE = /^[^\d,]{2,40}, ngày \d{1,2} tháng \d{1,2} năm \d{4}\.?$/u;
const ISO_DATE = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/u;
// Every written form holds such a year: most lines hold none, and this one quick scan tells.
const YEAR = /(?:19|20)\d\d/;

interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first valid date in `text`, in any of the written forms. */
export function findDate(text: string): FoundDate | null {
  if (!YEAR.test(text)) return null;
  const candidates: FoundDate[] = [];
  for (const [re, order] of [
    [NUMERIC_DATE, 'dmy'],
    [WORDED_DATE, 'dmy'],
    [ISO_DATE, 'ymd'],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const [d, mo, y] = order === 'dmy' ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    const iso = isoDate(Number(y), Number(mo), Number(d));
    if (iso) candidates.push({ iso, index: m.index, length: m[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date of one dateline block, or null when the block is not a dateline. */
export function datelineDate(block: string): string | null {
  if (block.length > MAX_DATELINE_LENGTH * 3) return null;
  return datelineDateOfCanonical(canonicalize(nfc(block)));
}

/** `datelineDate` of a block whose NFC canonical view is `text`. */
function datelineDateOfCanonical(text: string): string | null {
  const date = findDate(text);
  if (!date) return null;
  const before = text.slice(0, date.index);
  const labelled = LABELS.some((label) => {
    const at = before.lastIndexOf(label);
    return at >= 0 && (at === 0 || !/\p{L}/u.test(before[at - 1])) && date.index - at - label.length <= LABEL_REACH;
  });
  if (labelled || PLACE_AND_DATE.test(text)) return date.iso;
  if (text.length > MAX_DATELINE_LENGTH) return null;
  const rest = text.slice(0, date.index) + ' ' + text.slice(date.index + date.length);
  const words = rest.split(/[^\p{L}]+/u).filter(Boolean);
  return words.every((w) => FILLER.has(w)) ? date.iso : null;
}

/** The publication date stated in the first blocks of a page. */
export function publishedFromBlocks(blocks: readonly CanonicalBlock[]): string | null {
  for (const block of blocks.slice(0, DATELINE_BLOCKS)) {
    const text = block.text.text;
    if (text.length > MAX_DATELINE_LENGTH * 3) continue;
    // A block's canonical view is the one of its NFC text when the block is NFC (cleaned blocks nearly always are).
    const date = block.nfcStable || nfc(text) === text ? datelineDateOfCanonical(block.canonical) : datelineDate(text);
    if (date) return date;
  }
  return null;
}

/** A machine date from page metadata (`2024-03-05T10:20:00+07:00`, `05/03/2024 10:20`) as an ISO date. */
export function isoFromMeta(value: string): string | null {
  return findDate(canonicalize(nfc(value)))?.iso ?? null;
}
