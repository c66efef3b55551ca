// Normalize: candidates in view offsets → contract objects (province codes, indicator ids, source evidence).
import type { FigureCandidate, InstrumentCandidate } from '../extract/types.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { ChitieuDocument, Evidence, Instrument, Target } from '../output/schema.js';

export function evidenceOf(doc: IngestedDocument, start: number, end: number): Evidence {
  const span = doc.view.sourceSpan(start, end);
  return { text: doc.sourceText.slice(span.start, span.end), start: span.start, end: span.end };
}

export function normalizeDocument(
  doc: IngestedDocument,
  figures: FigureCandidate[],
  instruments: InstrumentCandidate[],
): Pick<ChitieuDocument, 'province' | 'targets' | 'instruments' | 'warnings'> {
  const targets: Target[] = [];
  const out: Instrument[] = [];
  void figures;
  void instruments;
  return { province: null, targets, instruments: out, warnings: [] };
}
