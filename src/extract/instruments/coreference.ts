// Mentions of one instrument joined: the same number; a title that contains the other's words; a bare noun
// (`Nghị quyết đề ra …`, `thực hiện Kế hoạch`) with the instrument of its type named last. Then each instrument's
// subject, status and owner are decided over all its mentions: the making news (issued, then draft) outranks a
// reference, and a reference with no number of its own joins the instrument of its type whose making is reported.
import type { InstrumentStatus, InstrumentType } from '../../output/schema.js';
import type { MentionReading } from './reading.js';
import { STATUS_RANK } from './status-cues.js';
import { compatibleTitles } from './title-words.js';

/** One instrument: its mentions, and what they say together, kept up to date as mentions join. */
export interface InstrumentGroup {
  type: InstrumentType;
  mentions: MentionReading[];
  /** The first mention that names an owner (the nation or a province), null while none has. */
  owner: MentionReading | null;
  national: boolean;
  number: string | null;
  /** The distinct horizons and title word sets of its mentions (empty ones left out). */
  horizons: number[][];
  titles: Array<Set<string>>;
}

/** How many of the latest instruments a mention is compared with: a document is read in linear time. */
const RECENT_GROUPS = 64;

/** Where a mention belongs: `national`, a province code, or `document` (the document's own province). */
function ownerKey(m: MentionReading, documentCode: string | null): string {
  if (m.national) return 'national';
  return m.province?.code ?? documentCode ?? 'document';
}

function groupOwner(g: InstrumentGroup, documentCode: string | null): string {
  return g.owner ? ownerKey(g.owner, documentCode) : (documentCode ?? 'document');
}

function newGroup(m: MentionReading): InstrumentGroup {
  const g: InstrumentGroup = { type: m.type, mentions: [], owner: null, national: false, number: null, horizons: [], titles: [] };
  join(g, m);
  return g;
}

function join(g: InstrumentGroup, m: MentionReading): void {
  g.mentions.push(m);
  if (!g.owner && (m.national || m.province)) g.owner = m;
  g.national ||= m.national;
  g.number ??= m.number?.key ?? null;
  if (m.horizon.length && !g.horizons.some((h) => sameYears(h, m.horizon))) g.horizons.push(m.horizon);
  if (m.words.size && !g.titles.some((t) => t.size === m.words.size && compatibleTitles(t, m.words))) g.titles.push(m.words);
}

function sameYears(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((year, k) => year === b[k]);
}

function horizonsAgree(a: readonly number[], b: readonly number[]): boolean {
  return !a.length || !b.length || a.some((y) => b.includes(y));
}

function fits(g: InstrumentGroup, m: MentionReading, documentCode: string | null): boolean {
  if (g.type !== m.type) return false;
  if (g.number && m.number) return g.number === m.number.key;
  if (groupOwner(g, documentCode) !== ownerKey(m, documentCode)) return false;
  if (!g.horizons.every((h) => horizonsAgree(h, m.horizon))) return false;
  return !g.titles.length || !m.words.size || g.titles.some((t) => compatibleTitles(t, m.words));
}

/** The latest of `groups[oldest…]` that passes `test`, looked for from the last back. */
function latestGroup(groups: readonly InstrumentGroup[], oldest: number, test: (g: InstrumentGroup) => boolean): InstrumentGroup | undefined {
  for (let k = groups.length - 1; k >= oldest; k--) if (test(groups[k])) return groups[k];
  return undefined;
}

/** Mentions (in text order) → instruments. */
export function groupMentions(mentions: readonly MentionReading[], documentCode: string | null): InstrumentGroup[] {
  const groups: InstrumentGroup[] = [];
  for (const m of mentions) {
    const oldest = Math.max(0, groups.length - RECENT_GROUPS);
    let target: InstrumentGroup | undefined;
    // A bare noun refers back to the instrument of its type named last.
    if (!m.words.size && !m.number) target = latestGroup(groups, oldest, (g) => g.type === m.type && m.national === g.national);
    target ??= latestGroup(groups, oldest, (g) => fits(g, m, documentCode));
    if (target) join(target, m);
    else groups.push(newGroup(m));
  }
  return groups;
}

export function groupStatus(g: InstrumentGroup): InstrumentStatus {
  return g.mentions.reduce<InstrumentStatus>((best, m) => (STATUS_RANK[m.status] > STATUS_RANK[best] ? m.status : best), 'referenced');
}

/**
 * Is the instrument about digital transformation? Its titles say; with none, its sentences or the document do
 * (`digitalDocument`, asked only then).
 */
export function isDigital(g: InstrumentGroup, digitalDocument: () => boolean): boolean {
  if (g.mentions.some((m) => m.subject === 'digital')) return true;
  if (g.mentions.some((m) => m.subject === 'other')) return false;
  return digitalDocument() || g.mentions.some((m) => m.digitalSentence());
}

/**
 * An instrument no word identifies: every mention a bare noun (no title, number, horizon or issuer) that no status
 * cue governs, as in a menu (`Văn bản › Kế hoạch`) or a caption.
 */
export function isUnidentified(g: InstrumentGroup): boolean {
  return g.mentions.every((m) => !m.governed && !m.words.size && !m.number && !m.horizon.length && !m.issuer && !m.title);
}

/** A group only referenced, with no number of its own, joins the reported making of an instrument of its type. */
export function foldReferences(groups: InstrumentGroup[], documentCode: string | null): InstrumentGroup[] {
  const out: InstrumentGroup[] = [];
  const made = groups.filter((g) => groupStatus(g) !== 'referenced').slice(0, RECENT_GROUPS);
  for (const g of groups) {
    if (groupStatus(g) === 'referenced') {
      const home = made.find(
        (h) =>
          h.type === g.type &&
          groupOwner(h, documentCode) === groupOwner(g, documentCode) &&
          (!g.number || !h.number || h.number === g.number),
      );
      if (home) {
        for (const m of g.mentions) join(home, m);
        continue;
      }
    }
    out.push(g);
  }
  for (const g of out) if (g.mentions.length > 1) g.mentions.sort((a, b) => a.nounStart - b.nounStart);
  return out;
}
