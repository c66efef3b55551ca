// The province a document is mainly about, and the map (era) its place names are read against. The era comes from the
// publication date, else from what only one map allows (`chính quyền địa phương hai cấp`, `xếp hạng 31/34` after
// 1 July 2025; `cấp huyện`, `Sở Thông tin và Truyền thông`, `x/63` before). The province is the one the title,
// the lead and the cued mentions (`UBND tỉnh Vĩnh Phúc`) name most, unless the subject is national: the Government
// or a ministry, many provinces side by side, or a province named only as a meeting's venue.
import { asciiFold, canonicalize } from '../ingest/canonical.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { ProvinceEra } from '../output/schema.js';
import { findProvinceMentions, unitForName, type ProvinceMention } from './provinces.js';
import {
  DATELINE_AFTER_NAME,
  NATIONAL_ISSUER_HEAD,
  NEWS_DATELINE_AFTER_NAME,
  NATIONAL_SUBJECT_CUES,
  POST_MERGE_CUES,
  PRE_MERGE_CUES,
  PROVINCIAL_VOICE_CUES,
  type WeightedCue,
} from './data/province-document-cues.js';
import { PROVINCES_2008 } from './data/provinces-2008.js';

export interface DocumentPlace {
  /** The map `code` belongs to: `textEra`, except for a post-2025 text about a former province (`Bình Dương (cũ)`). */
  era: ProvinceEra;
  /** Null for a national document or one about no province. */
  code: string | null;
  /** The map the text was written under: read its place names against this one (`findProvinceMentions`). */
  textEra: ProvinceEra;
  /**
   * The province whose outlet or officials speak, when it differs from `code`: a provincial portal reporting a
   * national meeting it followed `tại điểm cầu Hưng Yên` has `code` null and `host` that province. Read `tỉnh`,
   * `UBND tỉnh` without a name against it. Equal to `code` otherwise.
   */
  host: string | null;
}

const MERGE_DATE = '2025-07-01';
/** How far into the body the lead runs at most: the dateline and first sentences name the subject. */
const LEAD_LENGTH = 600;
/** A first line this short reads as the title. */
const TITLE_MAX_LENGTH = 250;
/** Blocks at the top that may carry the title or an official text's issuing body. */
const HEAD_BLOCKS = 6;

const WEIGHT = {
  mention: 1,
  cued: 2,
  title: 4,
  lead: 1,
  dateline: 3,
  outlet: 2,
  nationalIssuer: 8,
} as const;

/** Less than a cued name, a name in the title or lead, or two names: a province met in passing is no subject. */
const MIN_SUBJECT_SCORE = 2;

/** Several provinces none of which dominates: a national comparison (`Bắc Ninh … 56,83%, Hải Phòng …`). */
const EVEN_SPREAD = { provinces: 4, topShare: 0.4 } as const;

interface CueList {
  cues: { re: RegExp; weight: number }[];
  /** Every cue of the list as one alternation: where it first matches, none of the cues matches earlier. */
  any: RegExp;
}

const compile = (cues: readonly WeightedCue[]): CueList => ({
  cues: cues.map((c) => ({ re: new RegExp(c.pattern, 'gu'), weight: c.weight })),
  any: new RegExp(cues.map((c) => `(?:${c.pattern})`).join('|'), 'gu'),
});
const POST_MERGE = compile(POST_MERGE_CUES);
const PRE_MERGE = compile(PRE_MERGE_CUES);
const NATIONAL_SUBJECT = compile(NATIONAL_SUBJECT_CUES);
const PROVINCIAL_VOICE = compile(PROVINCIAL_VOICE_CUES);
const NATIONAL_ISSUER = new RegExp(NATIONAL_ISSUER_HEAD, 'u');
const DATELINE = new RegExp(DATELINE_AFTER_NAME, 'u');
const NEWS_DATELINE = new RegExp(NEWS_DATELINE_AFTER_NAME, 'u');
/** A cue counts at most this many times: one long list must not outvote everything else. */
const MAX_CUE_REPEATS = 3;

/** One scan finds where the first cue of the list stands: most texts hold none, and then no cue is scanned for. */
function cueScore(text: string, list: CueList): number {
  list.any.lastIndex = 0;
  const first = list.any.exec(text);
  if (!first) return 0;
  let score = 0;
  for (const { re, weight } of list.cues) {
    re.lastIndex = first.index;
    let count = 0;
    while (count < MAX_CUE_REPEATS && re.exec(text)) count++;
    score += count * weight;
  }
  return score;
}

/** The era a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) falls in; null when a bare `2025` leaves it open. */
export function eraOfDate(date: string | null): ProvinceEra | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  if (m[2] === undefined) return m[1] < '2025' ? '2008' : m[1] > '2025' ? '2025' : null;
  return `${m[1]}-${m[2]}` < MERGE_DATE.slice(0, 7) ? '2008' : '2025';
}

/** The era of a document: its publication date, else what its text allows, else the 63-unit map. */
export function documentEra(doc: Pick<IngestedDocument, 'published' | 'canonical'>): ProvinceEra {
  const dated = eraOfDate(doc.published);
  if (dated) return dated;
  // Without a post-merge cue the pre-merge cues cannot change the answer: they are not looked for.
  const post = cueScore(doc.canonical, POST_MERGE);
  return post > 0 && post > cueScore(doc.canonical, PRE_MERGE) ? '2025' : '2008';
}

/** `baohungyen.vn`, `quangninh.gov.vn`: an outlet whose host name spells a province. */
const OUTLET_NAMES = PROVINCES_2008.map((p) => ({
  code: p.code,
  joined: asciiFold(p.name).toLowerCase().replace(/^thanh pho /, '').replace(/[^a-z]/g, ''),
})).sort((a, b) => b.joined.length - a.joined.length);

function outletProvince(doc: Pick<IngestedDocument, 'url' | 'outlet'>): string | null {
  if (!doc.url && !doc.outlet) return null; // most texts name neither
  const host = [doc.url, doc.outlet]
    .map((s) => (s ?? '').toLowerCase().replace(/^[a-z]+:\/\//, '').split('/')[0])
    .join(' ');
  const hit = OUTLET_NAMES.find((p) => host.includes(p.joined));
  return hit?.code ?? null;
}

interface Head {
  /** View offset where the title line ends and the body begins (0 when the text has no title line). */
  titleEnd: number;
  /** Where the lead ends: the first paragraph after the title, at most `LEAD_LENGTH` long. */
  leadEnd: number;
  /** The top lines as written (NFC), one per block. */
  lines: string[];
}

/** The title line: the first block marked as a title or heading near the top, else a short first line. */
function headOf(doc: IngestedDocument): Head {
  const top = doc.blocks.slice(0, HEAD_BLOCKS);
  const lines = top.map((b) => doc.view.text.slice(b.start, b.end).trim());
  const marked = top.find((b) => b.kind === 'title' || b.kind === 'heading');
  const first = top[0];
  const titleEnd = marked ? marked.end : first && first.end - first.start <= TITLE_MAX_LENGTH ? first.end : 0;
  const lead = doc.blocks.find((b) => b.start >= titleEnd);
  const leadEnd = Math.min(lead ? lead.end : titleEnd, titleEnd + LEAD_LENGTH);
  return { titleEnd, leadEnd, lines };
}

/** The name opens a dateline: `Trà Vinh, ngày 10 tháng 8 năm 2022`, `HƯNG YÊN - Sáng 3/4, …`. */
function isDateline(canonical: string, m: ProvinceMention): boolean {
  const after = canonical.slice(m.end, m.end + 12);
  if (DATELINE.test(after)) return true;
  const before = canonical.slice(Math.max(0, m.start - 3), m.start);
  const opensLine = m.start <= 3 ? /^[ \t(]*$/.test(before) : /\n[ \t(]*$/.test(before);
  return opensLine && NEWS_DATELINE.test(after);
}

/** The unit a mention scores for: the document's own map, so `Bình Dương (cũ)` stays apart from TP.HCM. */
const unitKey = (m: ProvinceMention): string => `${m.era}:${m.code}`;

/** Places already read: the figure, instrument and normalize stages each ask for the same document's. */
const PLACES = new WeakMap<IngestedDocument, DocumentPlace>();

export function documentPlace(doc: IngestedDocument): DocumentPlace {
  let place = PLACES.get(doc);
  if (!place) PLACES.set(doc, (place = readDocumentPlace(doc)));
  return { ...place };
}

function readDocumentPlace(doc: IngestedDocument): DocumentPlace {
  const era = documentEra(doc);
  const nfc = doc.view.text;
  const mentions = findProvinceMentions(nfc, doc.canonical, era);
  const head = headOf(doc);
  const leadEnd = head.leadEnd;

  const scores = new Map<string, number>();
  const add = (key: string, weight: number): void => void scores.set(key, (scores.get(key) ?? 0) + weight);
  const venues = new Map<string, number>();
  for (const m of mentions) {
    if (m.address) continue;
    if (m.venue) {
      venues.set(unitKey(m), (venues.get(unitKey(m)) ?? 0) + 1);
      continue;
    }
    let weight = WEIGHT.mention;
    if (m.cued) weight += WEIGHT.cued;
    if (m.start < head.titleEnd) weight += WEIGHT.title;
    else if (m.start < leadEnd) weight += WEIGHT.lead;
    if (isDateline(doc.canonical, m)) weight += WEIGHT.dateline;
    add(unitKey(m), weight);
  }
  // A title kept apart from the text (page metadata) counts as the title line would.
  const separateTitle = head.titleEnd === 0 && doc.title ? doc.title.normalize('NFC') : '';
  for (const m of findProvinceMentions(separateTitle, canonicalize(separateTitle), era)) {
    if (!m.venue && !m.address) add(unitKey(m), WEIGHT.mention + (m.cued ? WEIGHT.cued : 0) + WEIGHT.title);
  }
  const outlet = outletProvince(doc);
  const outletUnit = outlet ? unitForName(outlet, era) : null;
  const outletKey = outletUnit ? `${outletUnit.era}:${outletUnit.code}` : undefined;
  if (outletKey) add(outletKey, WEIGHT.outlet);

  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [top] = ranked;
  const venue = [...venues].sort((a, b) => b[1] - a[1])[0]?.[0];
  const hostOf = (key: string | undefined): string | null => (key ? key.slice(key.indexOf(':') + 1) : null);

  const titleText = head.titleEnd > 0 ? doc.canonical.slice(0, head.titleEnd) : canonicalize(separateTitle);
  // National subjects are looked for a little further than the first paragraph, past page furniture.
  const leadText = doc.canonical.slice(head.titleEnd, head.titleEnd + LEAD_LENGTH);
  let national = 2 * cueScore(titleText, NATIONAL_SUBJECT) + cueScore(leadText, NATIONAL_SUBJECT);
  if (head.lines.some((line) => NATIONAL_ISSUER.test(line))) national += WEIGHT.nationalIssuer;
  const isSubject = (voice: number): boolean => {
    const score = top[1] + voice;
    const total = ranked.reduce((sum, [, s]) => sum + s, voice);
    const evenSpread = ranked.length >= EVEN_SPREAD.provinces && score / total < EVEN_SPREAD.topShare;
    return score >= MIN_SUBJECT_SCORE && !evenSpread && national <= score;
  };
  // Unnamed references to "the province" strengthen whichever province the text names most. They only ever help
  // it, so they are counted (over the whole text) only when the province is not the subject without them.
  if (!top || !(isSubject(0) || isSubject(cueScore(doc.canonical, PROVINCIAL_VOICE)))) {
    return { era, code: null, textEra: era, host: hostOf(venue ?? outletKey) };
  }
  const [unitEra, code] = top[0].split(':') as [ProvinceEra, string];
  return { era: unitEra, code, textEra: era, host: code };
}
