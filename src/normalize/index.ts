// Normalize: candidates in view offsets → contract objects (province codes, indicator ids, source evidence).
import type { FigureCandidate, InstrumentCandidate } from '../extract/types.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { ChitieuDocument, Evidence } from '../output/schema.js';
import { documentPlace } from './document-province.js';
import { normalizeInstruments } from './instruments.js';
import { provinceUnit } from './provinces.js';
import { normalizeTargets } from './targets.js';

/** The source evidence of view span [start, end): `sourceText.slice(start, end) === text`. */
export function evidenceOf(doc: IngestedDocument, start: number, end: number): Evidence {
  const span = doc.view.sourceSpan(start, end);
  return { text: doc.sourceText.slice(span.start, span.end), start: span.start, end: span.end };
}

export function normalizeDocument(
  doc: IngestedDocument,
  figures: FigureCandidate[],
  instruments: InstrumentCandidate[],
): Pick<ChitieuDocument, 'province' | 'provinceName' | 'provinceEra' | 'province2025' | 'targets' | 'instruments' | 'warnings'> {
  const place = documentPlace(doc);
  const unit = place.code ? provinceUnit(place.code, place.era) : undefined;
  const { targets, warnings } = normalizeTargets(doc, figures, place);
  return {
    province: place.code,
    provinceName: unit?.name ?? null,
    provinceEra: place.code ? place.era : null,
    province2025: unit?.province2025 ?? null,
    targets,
    instruments: normalizeInstruments(doc, instruments, place),
    warnings,
  };
}
