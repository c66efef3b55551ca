// Normalize: candidates in view offsets → contract objects (province codes, indicator ids, source evidence).
import type { FigureCandidate, InstrumentCandidate } from '../extract/types.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { ChitieuDocument, Evidence } from '../output/schema.js';
import { documentPlace } from './document-province.js';
import { normalizeInstruments } from './instruments.js';
import { provinceFields } from './provinces.js';
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
  const { targets, warnings } = normalizeTargets(doc, figures, place);
  // Object.assign, not a spread inside the literal: that form is some 10× slower in V8.
  return Object.assign(provinceFields(place.code, place.era), {
    targets,
    instruments: normalizeInstruments(doc, instruments, place),
    warnings,
  });
}
