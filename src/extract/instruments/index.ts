// Instruments: provincial resolutions, plans, programs, schemes, decisions, strategies and directives on digital
// transformation, with type, status, issuer, number, date, horizon and title. Each noun that names an instrument is
// read on its own (running-text.ts, document-form.ts), the mentions of one instrument are joined (coreference.ts),
// and only instruments about digital transformation are kept.
import type { IngestedDocument } from '../../ingest/types.js';
import { documentPlace } from '../../normalize/document-province.js';
import { findProvinceMentions } from '../../normalize/provinces.js';
import type { InstrumentCandidate, OwnerHint } from '../types.js';
import { findYearMentions } from '../years.js';
import { foldReferences, groupMentions, groupStatus, isDigital, isUnidentified, type InstrumentGroup } from './coreference.js';
import { readDocumentForm } from './document-form.js';
import { findInstrumentNouns } from './noun-mentions.js';
import type { DocumentContext, MentionReading } from './reading.js';
import { readRunningMention } from './running-text.js';
import { speaksOftenOfDigitalTransformation } from './subject.js';

/** A document that speaks of digital transformation this often gives a bare instrument noun its subject. */
const DIGITAL_DOCUMENT_TERMS = 3;

export function extractInstruments(doc: IngestedDocument): InstrumentCandidate[] {
  const nfc = doc.view.text;
  const canonical = doc.canonical;
  const place = documentPlace(doc);
  const { nouns, anyNouns } = findInstrumentNouns(nfc, canonical);
  const ctx: DocumentContext = {
    nfc,
    canonical,
    blocks: doc.blocks,
    nouns,
    anyNouns,
    provinces: findProvinceMentions(nfc, canonical, place.textEra),
    years: findYearMentions(canonical),
  };
  const readings: MentionReading[] = [];
  ctx.nouns.forEach((mention, i) => {
    const reading = readDocumentForm(ctx, mention) ?? readRunningMention(ctx, i);
    if (reading) readings.push(reading);
  });
  inheritApproverIssuer(readings);
  // Asked only for an instrument no title or sentence decides, so counted only then.
  let digitalDocument: boolean | undefined;
  const isDigitalDocument = (): boolean => (digitalDocument ??= speaksOftenOfDigitalTransformation(canonical, DIGITAL_DOCUMENT_TERMS));
  const groups = foldReferences(groupMentions(readings, place.code), place.code);
  return groups.filter((g) => !isUnidentified(g) && isDigital(g, isDigitalDocument)).map((g) => toCandidate(g, isDigitalDocument));
}

/**
 * An instrument approved or issued inside another's title (`QUYẾT ĐỊNH / Về việc phê duyệt Đề án …`, `Quyết định số
 * 15/QĐ-UBND phê duyệt Chương trình …`) has the issuer of the instrument that approves it, when it names none.
 */
function inheritApproverIssuer(readings: MentionReading[]): void {
  readings.forEach((r, k) => {
    if (r.issuer || r.status !== 'issued' || k === 0) return;
    const approver = readings[k - 1];
    if (approver.issuer && approver.start < r.start && r.start < approver.end) r.issuer = approver.issuer;
  });
}

function toCandidate(g: InstrumentGroup, digitalDocument: () => boolean): InstrumentCandidate {
  const status = groupStatus(g);
  const primary = g.mentions.find((m) => m.status === status) ?? g.mentions[0];
  const ordered = [primary, ...g.mentions.filter((m) => m !== primary)];
  const issuer = ordered.find((m) => m.issuer)?.issuer ?? null;
  // The title of the making news, else of a mention that names the subject, else the longest.
  const titled =
    (primary.title ? primary : undefined) ??
    ordered.find((m) => m.title && m.subject === 'digital') ??
    g.mentions.filter((m) => m.title).sort((a, b) => (b.title?.length ?? 0) - (a.title?.length ?? 0))[0];
  const byTitle = g.mentions.some((m) => m.subject === 'digital');
  return {
    start: primary.start,
    end: primary.end,
    mentions: ordered.map((m) => ({ start: m.start, end: m.end })),
    type: primary.type,
    status,
    issuer,
    owner: ownerOf(g),
    localOwner: g.mentions.some((m) => m.localOwner),
    number: ordered.find((m) => m.number)?.number?.text ?? null,
    date: ordered.find((m) => m.date)?.date ?? null,
    horizon: horizonOf(g),
    title: titled?.title ?? null,
    confidence: byTitle ? 0.9 : digitalDocument() ? 0.6 : 0.5,
    trace: traceOf(ordered),
  };
}

/** The years of every mention's horizon, each once, in order. */
function horizonOf(g: InstrumentGroup): number[] {
  const years: number[] = [];
  for (const m of g.mentions) for (const year of m.horizon) if (!years.includes(year)) years.push(year);
  if (years.length > 1) years.sort((a, b) => a - b);
  return years;
}

/** The mentions' traces one after another (a loop: `flatMap` is slow in V8). */
function traceOf(mentions: readonly MentionReading[]): string[] {
  const trace: string[] = [];
  for (const m of mentions) trace.push(...m.trace);
  return trace;
}

function ownerOf(g: InstrumentGroup): OwnerHint {
  if (g.mentions.some((m) => m.national)) return { kind: 'national' };
  const named = g.mentions.find((m) => m.province)?.province;
  return named ? { kind: 'province', code: named.code, era: named.era, start: named.start, end: named.end } : { kind: 'document' };
}
