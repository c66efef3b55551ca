// Mentions of one instrument joined: the same number; a title that contains the other's words; a bare noun
// (`Nghị quyết đề ra …`, `thực hiện Kế hoạch`) with the instrument of its type named last. Then each instrument's
// subject, status and owner are decided over all its mentions: the making news (issued, then draft) outranks a
// reference, and a reference with no number of its own joins the instrument of its type whose making is reported.
import type { InstrumentStatus } from '../../output/schema.js';
import type { MentionReading } from './reading.js';
import { compatibleTitles } from './title-words.js';

export interface InstrumentGroup {
  mentions: MentionReading[];
}

const RANK: Record<InstrumentStatus, number> = { referenced: 0, draft: 1, issued: 2 };

/** Where a mention belongs: `national`, a province code, or `document` (the document's own province). */
function ownerKey(m: MentionReading, documentCode: string | null): string {
  if (m.national) return 'national';
  return m.province?.code ?? documentCode ?? 'document';
}

export function groupOwner(g: InstrumentGroup, documentCode: string | null): string {
  const explicit = g.mentions.find((m) => m.national || m.province);
  return explicit ? ownerKey(explicit, documentCode) : (documentCode ?? 'document');
}

const groupNumber = (g: InstrumentGroup): string | null => g.mentions.find((m) => m.number)?.number?.key ?? null;

function horizonsAgree(a: readonly number[], b: readonly number[]): boolean {
  return !a.length || !b.length || a.some((y) => b.includes(y));
}

function fits(g: InstrumentGroup, m: MentionReading, documentCode: string | null): boolean {
  const first = g.mentions[0];
  if (first.type !== m.type) return false;
  const number = groupNumber(g);
  if (number && m.number) return number === m.number.key;
  if (groupOwner(g, documentCode) !== ownerKey(m, documentCode)) return false;
  return g.mentions.every((o) => horizonsAgree(o.horizon, m.horizon)) && g.mentions.some((o) => compatibleTitles(o.words, m.words));
}

/** Mentions (in text order) → instruments. */
export function groupMentions(mentions: readonly MentionReading[], documentCode: string | null): InstrumentGroup[] {
  const groups: InstrumentGroup[] = [];
  for (const m of mentions) {
    let target: InstrumentGroup | undefined;
    if (!m.words.size && !m.number) {
      // A bare noun refers back to the instrument of its type named last.
      target = [...groups].reverse().find((g) => g.mentions[0].type === m.type && m.national === g.mentions.some((o) => o.national));
    }
    target ??= [...groups].reverse().find((g) => fits(g, m, documentCode));
    if (target) target.mentions.push(m);
    else groups.push({ mentions: [m] });
  }
  return groups;
}

export function groupStatus(g: InstrumentGroup): InstrumentStatus {
  return g.mentions.reduce<InstrumentStatus>((best, m) => (RANK[m.status] > RANK[best] ? m.status : best), 'referenced');
}

/** Is the instrument about digital transformation? Its titles say; with none, its sentences or the document do. */
export function isDigital(g: InstrumentGroup, digitalDocument: boolean): boolean {
  if (g.mentions.some((m) => m.subject === 'digital')) return true;
  if (g.mentions.some((m) => m.subject === 'other')) return false;
  return digitalDocument || g.mentions.some((m) => m.digitalSentence);
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
  const made = groups.filter((g) => groupStatus(g) !== 'referenced');
  for (const g of groups) {
    if (groupStatus(g) === 'referenced') {
      const number = groupNumber(g);
      const home = made.find(
        (h) =>
          h.mentions[0].type === g.mentions[0].type &&
          groupOwner(h, documentCode) === groupOwner(g, documentCode) &&
          (!number || !groupNumber(h) || groupNumber(h) === number),
      );
      if (home) {
        home.mentions.push(...g.mentions);
        continue;
      }
    }
    out.push(g);
  }
  for (const g of out) g.mentions.sort((a, b) => a.nounStart - b.nounStart);
  return out;
}
