// Years in the text and what they are: a deadline (`đến năm 2025`), a period (`giai đoạn 2021-2025` → 2025), a
// horizon (`tầm nhìn đến năm 2030`), a plain year (`năm 2023 đạt`), a month (`đến tháng 6/2024`), a date, a
// comparison base (`so với năm 2021`) or a term of office (`nhiệm kỳ 2020 - 2025`). Also the document's reference
// year (publication, else its latest dated event) and its default target year (the nearest horizon it names).
import type { Kind } from '../output/schema.js';
import {
  COMPARISON_WORDS,
  DEADLINE_PREPOSITIONS,
  INSTRUMENT_NOUNS,
  REPORT_NOUNS,
  SCOPE_VERBS,
  TERM_WORDS,
  VISION_WORDS,
} from './lexicon/years.js';
import { firstAtOrAfter } from './spans.js';
import { findPhrases, hasPhrase, phraseBody, phraseRegex } from './phrases.js';
import { firstMatchNotAfter, LETTER_OR_DIGIT, matchesNotAfter } from './word-start.js';

export type YearRole = 'deadline' | 'period' | 'vision' | 'plain' | 'month' | 'month-deadline' | 'date' | 'comparison' | 'term' | 'bare';

export interface YearMention {
  start: number;
  end: number;
  year: number;
  role: YearRole;
  /** Part of an instrument's name (`Chương trình … giai đoạn 2021 – 2025`): the document's horizon, not a scope. */
  titleLike: boolean;
  /** Followed by `,` or `:`: the year opens what follows (`Đến năm 2025, …`, `Mục tiêu đến năm 2030: …`). */
  opensClause: boolean;
  /** Named as the year of a report or ranking (`Báo cáo … 2022`, `bảng xếp hạng DTI năm 2022`). */
  reportLike: boolean;
}

const Y = '((?:19|20)\\d\\d)';
// Leading look-behinds are checked by `matchesNotAfter` (word-start.ts), as the character class before the regex.
const PERIOD_NOT_AFTER = /[\p{N}/.]/u;
const PERIOD = new RegExp(`${Y}\\s{0,3}[-–—]\\s{0,3}${Y}(?![\\p{N}/])`, 'gu');
// A date in figures (`31/10/2025`) or in words (`ngày 31 tháng 10 năm 2025`): two scans, since neither kind can start
// inside the other (one holds no letter, the other starts with one and has no separator after its numbers).
const NUMERIC_DATE_NOT_AFTER = /[\p{N}/.]/u;
const NUMERIC_DATE = new RegExp(`\\d{1,2}\\s{0,2}[/.-]\\s{0,2}\\d{1,2}\\s{0,2}[/.-]\\s{0,2}${Y}(?!\\p{N})`, 'gu');
const WORDED_DATE = new RegExp(`ngày\\s{1,3}\\d{1,2}\\s{1,3}tháng\\s{1,3}\\d{1,2}\\s{1,3}năm\\s{1,3}${Y}`, 'gu');
const MONTH = new RegExp(`tháng\\s{1,3}\\d{1,2}\\s{0,2}(?:/|\\s{0,2}năm\\s)\\s{0,2}${Y}(?!\\p{N})`, 'gu');
const AS_OF_BEFORE = /(?:(?:tính\s+)?(?:đến|tới)\s+(hết\s+)?|(hết|cuối)\s+)ngày\s+$/u;
const QUARTER_NOT_AFTER = /\p{L}/u;
// What a reading as of a part of a year must hold besides `quý`.
const MONTHS_OF_YEAR = /tháng\s{1,3}(?:đầu|cuối)\s{1,3}năm/u;
const QUARTER = new RegExp(`(?:hết\\s+|cuối\\s+|trong\\s+)?(?:quý\\s{1,3}(?:iv|iii|ii|i|[1-4])\\s{0,2}(?:/|năm)|\\d{1,2}\\s{1,3}tháng\\s{1,3}(?:đầu|cuối)\\s{1,3}năm)\\s{0,2}${Y}(?!\\p{N})`, 'gu');
const YEAR_NOT_AFTER = /[\p{L}\p{N}/.,]/u;
const YEAR = new RegExp(`${Y}(?![\\p{N}/])`, 'gu');

// Words right before a year, read back from its start: a sticky look-behind tried once, at the end of the text before
// the year, rather than a pattern ending in `$` tried at every position of that text.
const BEFORE_END = (source: string): RegExp => new RegExp(`(?<=(?<![\\p{L}\\p{N}])${source})$`, 'uy');
const ENDS_WITH = (words: readonly string[]): RegExp => BEFORE_END(`${phraseBody(words)}\\s*`);
const VISION_BEFORE = BEFORE_END(`${phraseBody(VISION_WORDS)}(?:\\s+(?:đến|tới))?\\s*(?:năm\\s*)?`);
const COMPARISON_BEFORE = ENDS_WITH(COMPARISON_WORDS);
const DEADLINE_BEFORE = ENDS_WITH(DEADLINE_PREPOSITIONS);
const TERM_BEFORE = BEFORE_END(`${phraseBody(TERM_WORDS)}[^,;.]{0,12}`);
const endsWithWord = (re: RegExp, before: string): boolean => {
  re.lastIndex = before.length;
  return re.test(before);
};
const PERIOD_WORD_BEFORE = /(?:giai đoạn|thời kỳ|thời gian)\s*(?:từ\s*)?(?:năm\s*)?$/u;
const INSTRUMENT = phraseRegex(INSTRUMENT_NOUNS, 'gu');
const SCOPE_VERB = phraseRegex(SCOPE_VERBS);
const NUMBER_THEN_COMMA = /^\s*(?:số\s*)?\d{1,5}\s*[-/][\p{L}\p{N}/-]{0,20}\s*,/u;
const REPORT = phraseRegex(REPORT_NOUNS);

// Figures and instruments both read the years of a document: the last answer is kept for the next caller.
let lastRead: { canon: string; years: YearMention[] } | null = null;

/** Every year mention in `canon` (the canonical view), in text order. Callers must not change the list. */
export function findYearMentions(canon: string): YearMention[] {
  if (lastRead?.canon !== canon) lastRead = { canon, years: readYearMentions(canon) };
  return lastRead.years;
}

// Characters already read as part of a year phrase (a flag per character: linear however many years there are). One
// buffer serves every document of ordinary size, cleared after use: allocating one costs more than some scans.
const REUSED_FLAGS_LENGTH = 1 << 16;
const reusedFlags = new Uint8Array(REUSED_FLAGS_LENGTH);

function readYearMentions(canon: string): YearMention[] {
  if (canon.length > REUSED_FLAGS_LENGTH) return readYearMentionsFlagging(canon, new Uint8Array(canon.length));
  try {
    return readYearMentionsFlagging(canon, reusedFlags);
  } finally {
    reusedFlags.fill(0, 0, canon.length);
  }
}

function readYearMentionsFlagging(canon: string, taken: Uint8Array): YearMention[] {
  const out: YearMention[] = [];
  const free = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (taken[k]) return false;
    return true;
  };
  const add = (m: Omit<YearMention, 'titleLike' | 'opensClause' | 'reportLike'>) => {
    taken.fill(1, m.start, m.end);
    out.push(new ReadYearMention(canon, m.start, m.end, m.year, m.role));
  };
  const numericDates = matchesNotAfter(NUMERIC_DATE, NUMERIC_DATE_NOT_AFTER, canon);
  const wordedDates = [...canon.matchAll(WORDED_DATE)];
  for (const m of [...numericDates, ...wordedDates].sort((a, b) => a.index - b.index)) {
    // `Đến ngày 31/10/2025, … đạt 72,4%` is a reading as of that day, like a month; a bare date (a dateline, an
    // instrument's date of issue) governs nothing.
    const asOf = AS_OF_BEFORE.exec(canon.slice(Math.max(0, m.index - 16), m.index));
    if (!asOf) {
      add({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), role: 'date' });
      continue;
    }
    const role: YearRole = asOf[1] || asOf[2] === 'hết' ? 'month-deadline' : 'month';
    add({ start: m.index - asOf[0].length, end: m.index + m[0].length, year: Number(m[1]), role });
  }
  // `Hết quý III/2022`, `quý 2 năm 2024`, `6 tháng đầu năm 2024`: readings as of a part of a year. Each holds `quý`
  // or `tháng đầu/cuối năm`; most texts have neither, and the scan, which may start at any `hết`, `trong` or digit,
  // is costly.
  const quarters = canon.includes('quý') || MONTHS_OF_YEAR.test(canon) ? matchesNotAfter(QUARTER, QUARTER_NOT_AFTER, canon) : [];
  for (const m of quarters) {
    if (!free(m.index, m.index + m[0].length)) continue;
    add({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), role: 'month' });
  }
  for (const m of matchesNotAfter(PERIOD, PERIOD_NOT_AFTER, canon)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const before = canon.slice(Math.max(0, m.index - 30), m.index);
    const role: YearRole = endsWithWord(TERM_BEFORE, before) ? 'term' : 'period';
    add({ start: m.index, end: m.index + m[0].length, year: Number(m[2]), role });
  }
  for (const m of canon.matchAll(MONTH)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const before = canon.slice(Math.max(0, m.index - 12), m.index);
    // `đến hết tháng 6/2025` is a deadline; `đến tháng 6/2024 là 18,5%` is a reading as of that month.
    const deadline = /hết\s*$/u.test(before);
    const lead = before.search(/(?:(?:đến|tới)\s+)?(?:hết\s+)?$/u);
    const start = lead >= 0 && lead < before.length ? m.index - before.length + lead : m.index;
    add({ start, end: m.index + m[0].length, year: Number(m[1]), role: deadline ? 'month-deadline' : 'month' });
  }
  for (const m of matchesNotAfter(YEAR, YEAR_NOT_AFTER, canon)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    let before = canon.slice(Math.max(0, m.index - 40), m.index);
    // `năm` and the white space after it taken off (`trimEnd` takes what `\s` matches).
    const spoken = before.trimEnd();
    const hasYearWord = spoken.endsWith('năm');
    if (hasYearWord) before = spoken.slice(0, -'năm'.length);
    let role: YearRole;
    if (endsWithWord(VISION_BEFORE, before)) role = 'vision';
    else if (endsWithWord(COMPARISON_BEFORE, before)) role = 'comparison';
    else if (endsWithWord(DEADLINE_BEFORE, before)) role = 'deadline';
    else if (PERIOD_WORD_BEFORE.test(before)) role = 'period';
    else role = hasYearWord ? 'plain' : 'bare';
    const lead = hasYearWord || role !== 'bare' ? leadStart(canon, m.index, role) : m.index;
    add({ start: lead, end: m.index + m[0].length, year: Number(m[1]), role });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A year mention whose flags are read from the text around it when first asked: each holds for a few roles only (a
 * title's year matters when it governs, a report's when it is plain or bare), and most mentions are never asked.
 */
class ReadYearMention implements YearMention {
  private knownTitleLike?: boolean;
  private knownOpensClause?: boolean;
  private knownReportLike?: boolean;

  constructor(
    private readonly canon: string,
    readonly start: number,
    readonly end: number,
    readonly year: number,
    readonly role: YearRole,
  ) {}

  get titleLike(): boolean {
    return (this.knownTitleLike ??= isTitleLike(this.canon, this.start));
  }

  get opensClause(): boolean {
    return (this.knownOpensClause ??= opensClause(this.canon, this.end));
  }

  get reportLike(): boolean {
    return (this.knownReportLike ??= isReportLike(this.canon, this.start));
  }
}

// Where the words that make up a year phrase begin (`đến hết năm 2025` starts at `đến`).
const LEAD_WORDS: Partial<Record<YearRole, RegExp>> = {
  vision: /(?:tầm nhìn|định hướng)(?:\s+(?:đến|tới))?\s*(?:năm\s*)?$/u,
  comparison: /(?:so với cùng kỳ|so với|trước|sau|kể từ|từ|cùng kỳ)\s*(?:năm\s*)?$/u,
  deadline: /(?:đến hết|tới hết|đến|tới|vào|trong|hết|cuối)\s*(?:năm\s*)?$/u,
  period: /(?:giai đoạn|thời kỳ|thời gian)\s*(?:từ\s*)?(?:năm\s*)?$/u,
  plain: /năm\s*$/u,
};

function leadStart(canon: string, yearStart: number, role: YearRole): number {
  const before = canon.slice(Math.max(0, yearStart - 40), yearStart);
  const offset = yearStart - before.length;
  const re = LEAD_WORDS[role];
  const i = re ? before.search(re) : -1;
  return i >= 0 ? offset + i : yearStart;
}

function opensClause(canon: string, end: number): boolean {
  return /^\s*(?:[,:]|là\s*:|gồm(?: có)?\s*:)/u.test(canon.slice(end, end + 12));
}

// A year after an instrument noun in the same clause, with no verb that makes it a scope in between.
function isTitleLike(canon: string, start: number): boolean {
  const from = Math.max(0, start - 160);
  const window = canon.slice(from, start);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf('. '), window.lastIndexOf('\n'));
  const clause = window.slice(cut + 1);
  const instruments = findPhrases(INSTRUMENT, clause);
  if (!instruments.length) return false;
  const last = instruments[instruments.length - 1].end;
  // `Nghị quyết 57-NQ/TW, … cho biết năm 2024 …`: a title ends at the instrument's number and a comma.
  if (NUMBER_THEN_COMMA.test(clause.slice(last))) return false;
  return !hasPhrase(SCOPE_VERB, clause, last);
}

function isReportLike(canon: string, start: number): boolean {
  const window = canon.slice(Math.max(0, start - 80), start);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf('. '), window.lastIndexOf('\n'));
  return hasPhrase(REPORT, window, cut + 1);
}

/**
 * The year the document speaks from: its publication year, else the latest dated event it reports (a date, a month),
 * else null.
 */
export function referenceYear(published: string | null, mentions: YearMention[]): number | null {
  const pub = published ? Number(published.slice(0, 4)) : NaN;
  if (Number.isFinite(pub)) return pub;
  const dated = mentions.filter((m) => m.role === 'date' || m.role === 'month');
  return dated.length ? Math.max(...dated.map((m) => m.year)) : null;
}

// Horizons: deadlines, periods and an instrument named with its year (`Kế hoạch chuyển đổi số năm 2024` sets that
// year's targets), visions aside, not before the reference year.
function isHorizon(m: YearMention, reference: number | null): boolean {
  const kind = m.role === 'deadline' || m.role === 'period' || (m.role === 'plain' && m.titleLike);
  return kind && (reference === null || m.year >= reference);
}

/** The nearest deadline or period the document names anywhere (an instrument's year only dates what follows it). */
export function defaultTargetYear(mentions: YearMention[], reference: number | null): number | null {
  const horizons = mentions.filter((m) => isHorizon(m, reference) && m.role !== 'plain').map((m) => m.year);
  return horizons.length ? Math.min(...horizons) : null;
}

/**
 * The year of a target nothing else dates: the nearest horizon named before it, else the document's deadline. A plan
 * cited after the figures (`… trong Kế hoạch chuyển đổi số tỉnh năm 2024`) does not date them.
 */
export function horizonBefore(mentions: YearMention[], reference: number | null): (pos: number) => number | null {
  const fallback = defaultTargetYear(mentions, reference);
  const points: Array<{ start: number; year: number }> = [];
  let best: number | null = null;
  for (const m of mentions) {
    if (!isHorizon(m, reference)) continue;
    best = best === null ? m.year : Math.min(best, m.year);
    points.push({ start: m.start, year: best });
  }
  return (pos) => {
    const i = firstAtOrAfter(points, pos) - 1;
    return i >= 0 ? points[i].year : fallback;
  };
}

/** The year of the report or ranking a document quotes, when it names exactly one. */
export function reportYear(mentions: YearMention[]): number | null {
  const years = new Set(mentions.filter((m) => (m.role === 'bare' || m.role === 'plain') && m.reportLike).map((m) => m.year));
  return years.size === 1 ? [...years][0] : null;
}

/** Whether a year read alone makes its figure a target or an actual, seen from the document's reference year. */
export function kindOfYear(m: YearMention, reference: number | null, fallbackHorizon: number | null): Kind {
  const deadline = m.role === 'deadline' || m.role === 'period';
  if (reference === null) {
    if (deadline) return 'target';
    if (m.role === 'month-deadline') return 'target';
    return fallbackHorizon !== null && m.year >= fallbackHorizon ? 'target' : 'actual';
  }
  if (m.year > reference) return 'target';
  if (m.year < reference) return 'actual';
  return deadline ? 'target' : 'actual';
}

/** Year mentions that can govern figures (horizons, comparisons, terms and dates cannot). */
export function isGoverningYear(m: YearMention): boolean {
  return m.role === 'deadline' || m.role === 'period' || m.role === 'plain' || m.role === 'month' || m.role === 'month-deadline';
}
