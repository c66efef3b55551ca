// Province gazetteer: finds the province-level units a text names and answers questions about them. Names are
// matched on the canonical view (tone style, `Đ` look-alikes and case folded) in one left-to-right pass over a trie,
// longest form first; the NFC view decides case (`Hòa Bình` the province, `hòa bình` peace); the words around a name
// decide what it names (PROVINCES.md §5).
import { literalAlternation } from '../extract/phrases.js';
import { firstMatchNotAfter, precededBy } from '../extract/word-start.js';
import { asciiFold, canonicalize } from '../ingest/canonical.js';
import type { ProvinceEra } from '../output/schema.js';
import { PROVINCE_ALIASES, PROVINCE_LOOKALIKES } from './data/province-aliases.js';
import {
  ADDRESS_UNITS,
  ENGLISH_LEVEL_SUFFIXES,
  FORMER_UNIT_AFTER,
  FORMER_UNIT_BEFORE,
  LOCATIVES,
  NEW_UNIT_AFTER,
  NOT_PROVINCE_AFTER,
  NOT_PROVINCE_BEFORE,
  PERSON_NAME_STARTS,
  PROVINCE_CUES,
  VENUE_CUES,
} from './data/province-context.js';
import { PROVINCES_2008, type ProvinceType } from './data/provinces-2008.js';
import { PROVINCES_2025 } from './data/provinces-2025.js';
import { unitTest } from '../ingest/unit-class.js';

export interface ProvinceUnit {
  code: string;
  /** Official name with diacritics, e.g. `Hưng Yên`, `Thành phố Hồ Chí Minh`. */
  name: string;
  era: ProvinceEra;
  /** Code of the 34-unit province the unit belongs to since 1 July 2025. */
  province2025: string;
  /** `tinh` or `thanh-pho` (centrally run) when the era began; see `becameCity`. */
  type: ProvinceType;
  /** ISO date a province became a centrally-run city within the era (Huế 2025-01-01, Đồng Nai 2026-04-30). */
  becameCity?: string;
}

export interface ProvinceMention {
  /** Offsets into the text searched (the view: NFC and canonical share offsets). */
  start: number;
  end: number;
  code: string;
  era: ProvinceEra;
  /** A prefix names the unit's own level (`tỉnh Hưng Yên`, `UBND tỉnh`, `Tỉnh uỷ Quảng Bình`, `TP.HCM`). */
  cued: boolean;
  /** Named as where officials attended a meeting (`tại điểm cầu Hưng Yên`): not the owner of figures around it. */
  venue: boolean;
  /** Closes an address (`Phường Bỉm Sơn, Tỉnh Thanh Hóa`): where someone lives or sits, not the subject. */
  address: boolean;
}

type FormKind = 'name' | 'abbreviation' | 'cue-only' | 'lookalike';

interface Form {
  kind: FormKind;
  /** 63-unit code; empty for a lookalike. */
  code: string;
  commonWord: boolean;
  /** The form itself says the level (`TPHCM`, `HCMC`). */
  selfCued: boolean;
}

/** Keyed by UTF-16 unit: no one-character string is built per step of the search. */
interface TrieNode {
  next: Map<number, TrieNode>;
  form?: Form;
}

const isWordChar = unitTest(/[\p{L}\p{M}\p{N}]/u);
const isLetter = unitTest(/\p{L}/u);
/** Inside a name, a run of spaces or dashes is one separator: `Bà Rịa - Vũng Tàu`, `Bà Rịa–Vũng Tàu`, `TT-Huế`. */
const isSeparator = unitTest(/[ \t\u00a0\-\u2010\u2011\u2013\u2014]/);
const SEPARATOR_RUN = /[ \t\u00a0\-\u2010\u2011\u2013\u2014]+/g;
const MAX_SEPARATOR_RUN = 5;
const CONTEXT_WINDOW = 40;

const UNITS_2008 = new Map(PROVINCES_2008.map((p) => [p.code, p]));
const UNITS_2025 = new Map(PROVINCES_2025.map((p) => [p.code, p]));
/** 63-unit code → the 34-unit province carrying the same name. */
const NAMESAKE_2025 = new Map(PROVINCES_2025.map((p) => [p.namesake, p]));

function formKey(written: string): string {
  return canonicalize(written.normalize('NFC')).replace(SEPARATOR_RUN, ' ');
}

/** `Hưng Yên` → `Hung Yen`: the form texts without diacritics (and host names) use. */

/** Every key put in the trie. */
const FORM_KEYS = new Set<string>();

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const insert = (written: string, form: Form): void => {
    let node = root;
    const key = formKey(written);
    FORM_KEYS.add(key);
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    // A derived ASCII form never displaces a written form that folds to the same key (`Long An`).
    if (!node.form || (node.form.kind === 'cue-only' && form.kind !== 'cue-only')) node.form = form;
  };
  const aliases = new Map(PROVINCE_ALIASES.map((a) => [a.code, a]));
  for (const unit of PROVINCES_2008) {
    const alias = aliases.get(unit.code);
    const commonWord = alias?.commonWord ?? false;
    const names = [...(alias?.officialNameIsPrefixed ? [] : [unit.name]), ...(alias?.names ?? [])];
    const cueOnly = alias?.cueOnly ?? [];
    for (const written of [...names, ...cueOnly]) {
      const ascii = asciiFold(written);
      if (ascii !== written) insert(ascii, { kind: 'cue-only', code: unit.code, commonWord, selfCued: false });
    }
    for (const written of cueOnly) insert(written, { kind: 'cue-only', code: unit.code, commonWord, selfCued: false });
    for (const written of names) insert(written, { kind: 'name', code: unit.code, commonWord, selfCued: false });
    for (const written of alias?.abbreviations ?? []) {
      insert(written, { kind: 'abbreviation', code: unit.code, commonWord, selfCued: false });
    }
    for (const written of alias?.cityAbbreviations ?? []) {
      insert(written, { kind: 'abbreviation', code: unit.code, commonWord, selfCued: true });
    }
  }
  for (const written of PROVINCE_LOOKALIKES) {
    insert(written, { kind: 'lookalike', code: '', commonWord: false, selfCued: false });
  }
  return root;
}

const SPACE = 0x20;
const TRIE = buildTrie();
/**
 * The first word (leading run of word characters) of every form, with the trie node it leads to. A form ends on a
 * word boundary and whatever follows its first word in it is no word character, so a form starts only at a text word
 * equal to one of these, and the search goes on from its node.
 */
const FIRST_WORD_NODES = new Map<string, TrieNode>();
for (const key of FORM_KEYS) {
  let node = TRIE;
  let end = 0;
  for (; end < key.length && isWordChar(key, end); end++) node = node.next.get(key.charCodeAt(end))!;
  FIRST_WORD_NODES.set(key.slice(0, end), node);
}
/** A 16-bit hash of a word, built unit by unit while the word is read: no string is cut for most words. */
const hashStep = (hash: number, unit: number): number => (hash * 31 + unit) & 0xffff;
const FIRST_WORD_HASHES = new Uint8Array(0x10000);
for (const word of FIRST_WORD_NODES.keys()) {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  FIRST_WORD_HASHES[hash] = 1;
}

/** The patterns read before a name start a word: `firstMatchNotAfter` checks that no word character precedes them. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * `(?<![\p{L}\p{M}\p{N}])(word|…)[trailing]*$` read from the end of a window: with its trailing run taken off, the
 * window ends with one of the words (the longest, as the leftmost match), and no word character comes before it. A
 * regex would try every position of the window. No word may end with a trailing character.
 */
export function wordBeforeEnd(words: readonly string[], trailing: string): (window: string) => string | undefined {
  const trailingUnits = [...trailing].map((c) => c.charCodeAt(0));
  const byLastUnit = new Map<number, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const last = word.charCodeAt(word.length - 1);
    if (trailingUnits.includes(last)) throw new Error(`a word read before the end ends with a trailing character: ${word}`);
    byLastUnit.set(last, [...(byLastUnit.get(last) ?? []), word]);
  }
  return (window) => {
    let end = window.length;
    while (end > 0 && trailingUnits.includes(window.charCodeAt(end - 1))) end--;
    for (const word of byLastUnit.get(window.charCodeAt(end - 1)) ?? []) {
      const start = end - word.length;
      if (start >= 0 && window.startsWith(word, start) && !precededBy(WORD_CHAR, window, start)) return word;
    }
    return undefined;
  };
}

const BOUNDARY_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const GAP = '[ \\t\\u00a0.:]*';

const CUE_WORDS = literalAlternation(PROVINCE_CUES.map((c) => c.words));
const cueBefore = wordBeforeEnd(PROVINCE_CUES.map((c) => c.words), ' \t\u00a0.:');
const CUE_LEVEL = new Map(PROVINCE_CUES.map((c) => [c.words, c.level]));
const VENUE_BEFORE = new RegExp(`(?:${literalAlternation(VENUE_CUES)})${GAP}(?:\\S+${GAP})?$`, 'gu');
const blockedBefore = wordBeforeEnd(NOT_PROVINCE_BEFORE, ' \t\u00a0');
const BLOCKED_AFTER = new RegExp(`^[ \\t\\u00a0]+(?:${literalAlternation(NOT_PROVINCE_AFTER)})${BOUNDARY_AFTER}`, 'u');
const ENGLISH_LEVEL_AFTER = new RegExp(
  `^[ \\t\\u00a0]+(?:${literalAlternation(ENGLISH_LEVEL_SUFFIXES)})${BOUNDARY_AFTER}`,
  'u',
);
const LOCATIVE_BEFORE = new RegExp(`(?:${literalAlternation(LOCATIVES)})[ \\t\\u00a0]+$`, 'gu');
const FORMER_AFTER = new RegExp(`^[ \\t\\u00a0]*(?:${literalAlternation(FORMER_UNIT_AFTER)})(?![\\p{L}\\p{M}])`, 'u');
const FORMER_BEFORE = new RegExp(`(?:${literalAlternation(FORMER_UNIT_BEFORE)})[ \\t\\u00a0]+$`, 'gu');
/** `phường Bỉm Sơn, tỉnh …`: a lower unit, its name (bounded), a comma, an optional level prefix. */
const ADDRESS_BEFORE = new RegExp(
  `(?:${literalAlternation(ADDRESS_UNITS)})[ \\t\\u00a0]?[^,;()\\n]{1,30},` +
    `[ \\t\\u00a0]*(?:(?:${CUE_WORDS})${GAP})?$`,
  'gu',
);
const NEW_AFTER = new RegExp(`^[ \\t\\u00a0]*(?:${literalAlternation(NEW_UNIT_AFTER)})`, 'u');
const PERSON_STARTS = new Set(PERSON_NAME_STARTS);

/** `re` matches `text` where no word character precedes the match. */
const startsWordAt = (re: RegExp, text: string): boolean => firstMatchNotAfter(re, WORD_CHAR, text) !== null;

/** The longest form that ends on a word boundary and starts with the text word ending at `wordEnd`, read to `node`. */
function longestFormAfter(canonical: string, wordEnd: number, firstWordNode: TrieNode): { end: number; form: Form } | null {
  let node = firstWordNode;
  let i = wordEnd;
  let bestEnd = wordEnd;
  let bestForm = node.form;
  while (i < canonical.length) {
    if (isSeparator(canonical, i)) {
      const child = node.next.get(SPACE);
      if (!child) break;
      let j = i;
      while (j < canonical.length && j - i < MAX_SEPARATOR_RUN && isSeparator(canonical, j)) j++;
      if (j < canonical.length && isSeparator(canonical, j)) break;
      node = child;
      i = j;
      continue;
    }
    const child = node.next.get(canonical.charCodeAt(i));
    if (!child) break;
    node = child;
    i++;
    if (node.form && !(i < canonical.length && isWordChar(canonical, i))) {
      bestEnd = i;
      bestForm = node.form;
    }
  }
  return bestForm ? { end: bestEnd, form: bestForm } : null;
}

const isUpper = (c: string): boolean => c !== c.toLowerCase();
const SURROGATE = /[\ud800-\udfff]/;

/** Every syllable capitalised (`Hòa Bình`, `TT-Huế`, `ĐẮK LẮK`); `hòa bình` and `Hòa bình` are the common word. */
function isCapitalised(written: string, kind: FormKind): boolean {
  if (kind === 'abbreviation') return isUpper(written.charAt(0));
  // A syllable is a run of letters; in a name with no surrogate, each unit is a character and is tested alone.
  if (SURROGATE.test(written)) return (written.match(/\p{L}+/gu) ?? []).every((s) => isUpper(s.charAt(0)));
  for (let k = 0; k < written.length; k++) {
    const opensSyllable = isLetter(written, k) && (k === 0 || !isLetter(written, k - 1));
    if (opensSyllable && !isUpper(written.charAt(k))) return false;
  }
  return true;
}

const isAllCaps = (written: string): boolean => !/\p{Ll}/u.test(written) && /\p{Lu}/u.test(written);

/** Only punctuation or a line start before `pos`: the word there opens a sentence (`Tại Hưng Yên, …`). */
function opensSentence(nfc: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && /[ \t\u00a0]/.test(nfc[i - 1])) i--;
  return i === 0 || /[\n.!?:;"“”'‘’(\[\-–—•…|]/.test(nfc[i - 1]);
}

/**
 * The name continues a longer proper name: up to three capitalised words right before it, one of them a family or
 * middle name (`Trương Hòa Bình`, `Nguyễn Duy Hưng Yên…`), or a run that does not open the sentence (`Tập đoàn
 * Tiên Sơn Thanh Hóa`). A single capitalised word opening a sentence (`Tại Hưng Yên`) leaves the name alone. In
 * ALL-CAPS text only family names count, every word there being capitalised.
 */
function continuesProperName(nfc: string, canonical: string, start: number, allCaps: boolean): boolean {
  let pos = start;
  let words = 0;
  for (; words < 3; words++) {
    if (pos < 2 || !/[ \u00a0]/.test(nfc[pos - 1])) break;
    const wordEnd = pos - 1;
    let wordStart = wordEnd;
    while (wordStart > 0 && isLetter(nfc, wordStart - 1)) wordStart--;
    const word = nfc.slice(wordStart, wordEnd);
    const capitalised = allCaps ? isAllCaps(word) : /^\p{Lu}\p{Ll}*$/u.test(word);
    if (!word || !capitalised) break;
    if (PERSON_STARTS.has(canonical.slice(wordStart, wordEnd))) return true;
    pos = wordStart;
  }
  if (allCaps || words === 0) return false;
  return words > 1 || !opensSentence(nfc, pos);
}

function isCityIn(code: string, era: ProvinceEra): boolean {
  const unit = era === '2008' ? UNITS_2008.get(code) : UNITS_2025.get(code);
  return !!unit && (unit.type === 'thanh-pho' || !!unit.becameCity);
}

type EraMarker = 'former' | 'new' | null;

/** `Bình Dương (cũ)`, `khu vực Quảng Nam` after the change name the old unit; `Quảng Trị (mới)` the new one. */
function eraMarker(before: string, after: string, era: ProvinceEra): EraMarker {
  if (FORMER_AFTER.test(after) || (era === '2025' && startsWordAt(FORMER_BEFORE, before))) return 'former';
  return NEW_AFTER.test(after) ? 'new' : null;
}

/** The unit a name means when read against `era`; markers such as `(cũ)` and `(mới)` override the era. */
function resolveUnit(code2008: string, era: ProvinceEra, marker: EraMarker): { code: string; era: ProvinceEra } {
  const namesake = NAMESAKE_2025.get(code2008);
  if (marker !== 'former' && namesake && (era === '2025' || marker === 'new')) {
    return { code: namesake.code, era: '2025' };
  }
  // A merged-away province named after the change keeps its old unit (OUTPUT.md "Provinces").
  return { code: code2008, era: '2008' };
}

/** The unit a 63-unit name means when read against `era`, with no marker: `Quảng Trị` (45) in 2025 is 44. */
export function unitForName(code2008: string, era: ProvinceEra): { code: string; era: ProvinceEra } {
  return resolveUnit(code2008, era, null);
}

function judge(
  nfc: string,
  canonical: string,
  start: number,
  end: number,
  form: Form,
  era: ProvinceEra,
): ProvinceMention | null {
  const written = nfc.slice(start, end);
  if (!isCapitalised(written, form.kind)) return null;
  const before = canonical.slice(Math.max(0, start - CONTEXT_WINDOW), start);
  const after = canonical.slice(end, end + CONTEXT_WINDOW);
  // Each pattern holds a literal the window must contain: looked for first, the pattern runs only where it may match.
  const venue = VENUE_CUES.some((c) => before.includes(c)) && startsWordAt(VENUE_BEFORE, before);
  const cue = cueBefore(before);
  const englishLevel = ENGLISH_LEVEL_AFTER.test(after);
  const allCaps = isAllCaps(written);
  if (!cue) {
    if (!venue && blockedBefore(before) !== undefined) return null;
    if (BLOCKED_AFTER.test(after)) return null;
    if (form.kind === 'cue-only' && !englishLevel) return null;
    if (continuesProperName(nfc, canonical, start, allCaps)) return null;
    if (form.commonWord && allCaps && !startsWordAt(LOCATIVE_BEFORE, before)) return null;
  }
  const unit = resolveUnit(form.code, era, eraMarker(before, after, era));
  // `thành phố Hưng Yên` before 2025 was the district-level city inside the province: the province, not cued.
  const level = cue ? CUE_LEVEL.get(cue) : undefined;
  const levelFits = level !== undefined && (level !== 'city' || isCityIn(unit.code, unit.era));
  const cued = form.selfCued || englishLevel || levelFits;
  // The address pattern needs a comma: most names have none before them, and the test then costs nothing.
  const address = before.includes(',') && startsWordAt(ADDRESS_BEFORE, before);
  return { start, end, code: unit.code, era: unit.era, cued, venue, address };
}

interface MentionSearch {
  nfc: string;
  canonical: string;
  era: ProvinceEra;
  mentions: readonly ProvinceMention[];
}

/** The last few searches: one document is searched by the province, figure and instrument readers alike. */
const recentSearches: MentionSearch[] = [];
const RECENT_SEARCHES = 4;

/** Every province-level unit named in the text, traps excluded (`hòa bình` as a word, `Thái Bình Dương`, streets). */
export function findProvinceMentions(nfc: string, canonical: string, era: ProvinceEra): ProvinceMention[] {
  const recent = recentSearches.find((s) => s.era === era && s.canonical === canonical && s.nfc === nfc);
  if (recent) return recent.mentions.map((m) => ({ ...m }));
  const mentions = searchProvinceMentions(nfc, canonical, era);
  recentSearches.unshift({ nfc, canonical, era, mentions: mentions.map((m) => ({ ...m })) });
  recentSearches.length = Math.min(recentSearches.length, RECENT_SEARCHES);
  return mentions;
}

function searchProvinceMentions(nfc: string, canonical: string, era: ProvinceEra): ProvinceMention[] {
  const mentions: ProvinceMention[] = [];
  let i = 0;
  while (i < canonical.length) {
    if (!isWordChar(canonical, i)) {
      i++;
      continue;
    }
    // `i` opens a run of word characters (a word): a form starts only there, and only at one of the forms' first words.
    let hash = hashStep(0, canonical.charCodeAt(i));
    let wordEnd = i + 1;
    for (; wordEnd < canonical.length && isWordChar(canonical, wordEnd); wordEnd++) {
      hash = hashStep(hash, canonical.charCodeAt(wordEnd));
    }
    const firstWordNode =
      FIRST_WORD_HASHES[hash] === 1 && isLetter(canonical, i) ? FIRST_WORD_NODES.get(canonical.slice(i, wordEnd)) : undefined;
    const hit = firstWordNode ? longestFormAfter(canonical, wordEnd, firstWordNode) : null;
    if (hit?.form.kind === 'lookalike') {
      i = hit.end;
      continue;
    }
    const mention = hit && judge(nfc, canonical, i, hit.end, hit.form, era);
    // A rejected form may still hide a name further in (`Thành phố Hồ Chí Minh` → `Hồ Chí Minh` after its cue).
    i = mention ? hit.end : wordEnd;
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/** Convenience for a plain string (tests, titles): builds the canonical view itself. */
export function findProvinceMentionsIn(text: string, era: ProvinceEra): ProvinceMention[] {
  const nfc = text.normalize('NFC');
  return findProvinceMentions(nfc, canonicalize(nfc), era);
}

export function provinceUnit(code: string, era: ProvinceEra): ProvinceUnit | undefined {
  if (era === '2008') {
    const unit = UNITS_2008.get(code);
    if (!unit) return undefined;
    return { code, name: unit.name, era, province2025: unit.successor, type: unit.type, becameCity: unit.becameCity };
  }
  const unit = UNITS_2025.get(code);
  return unit && { code, name: unit.name, era, province2025: code, type: unit.type, becameCity: unit.becameCity };
}

/** The four province fields every output object carries, for a code read against a map (all null for none). */
export interface ProvinceFields {
  province: string | null;
  provinceName: string | null;
  provinceEra: ProvinceEra | null;
  province2025: string | null;
}

export function provinceFields(code: string | null, era: ProvinceEra): ProvinceFields {
  const unit = code ? provinceUnit(code, era) : undefined;
  return {
    province: code,
    provinceName: unit?.name ?? null,
    provinceEra: code ? era : null,
    province2025: unit?.province2025 ?? null,
  };
}
