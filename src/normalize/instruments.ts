// Instrument candidates → contract instruments: the owner resolved to a province (the one the instrument names, else
// the document's, else the host's for `của tỉnh`), national instruments with province null, evidence in source
// offsets, one instrument once.
import { STATUS_RANK } from '../extract/instruments/status-cues.js';
import type { InstrumentCandidate } from '../extract/types.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { Instrument } from '../output/schema.js';
import type { DocumentPlace } from './document-province.js';
import { evidenceOf } from './index.js';
import { provinceFields } from './provinces.js';

export function normalizeInstruments(doc: IngestedDocument, instruments: InstrumentCandidate[], place: DocumentPlace): Instrument[] {
  const out: Instrument[] = [];
  const seen = new Map<string, Instrument>();
  for (const c of instruments) {
    const { code, era } = ownerPlace(c, place);
    const spans = c.mentions?.length ? c.mentions : [{ start: c.start, end: c.end }];
    const mentions = spans.map((s) => evidenceOf(doc, s.start, s.end));
    // The same instrument found twice (one number, or one type and title for one owner) is reported once.
    const key = [c.type, code, c.number ?? c.title ?? `#${c.start}`].join('|');
    const earlier = seen.get(key);
    if (earlier) {
      // The making news, when it comes second, becomes the evidence.
      const outranks = STATUS_RANK[c.status] > STATUS_RANK[earlier.status];
      earlier.mentions = outranks ? [...mentions, ...(earlier.mentions ?? [])] : [...(earlier.mentions ?? []), ...mentions];
      if (outranks) [earlier.status, earlier.evidence] = [c.status, mentions[0]];
      continue;
    }
    const province = provinceFields(code, era);
    // One literal with every key in output order: V8 builds it in one step (a spread or Object.assign adds key by key).
    const instrument: Instrument = {
      type: c.type,
      status: c.status,
      issuer: c.issuer,
      province: province.province,
      provinceName: province.provinceName,
      provinceEra: province.provinceEra,
      province2025: province.province2025,
      number: c.number,
      date: c.date,
      horizon: c.horizon,
      title: c.title,
      evidence: mentions[0],
      mentions,
      confidence: c.confidence,
    };
    seen.set(key, instrument);
    out.push(instrument);
  }
  return out;
}

function ownerPlace(c: InstrumentCandidate, place: DocumentPlace): { code: string | null; era: DocumentPlace['era'] } {
  if (c.owner.kind === 'national') return { code: null, era: place.era };
  if (c.owner.kind === 'province') return { code: c.owner.code, era: c.owner.era };
  // A national document read from a province (`tại điểm cầu Hưng Yên`) owns the instruments it calls `của tỉnh`.
  return { code: place.code ?? (c.localOwner ? place.host : null), era: place.era };
}
