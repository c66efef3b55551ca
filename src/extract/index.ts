// Extract: rule-based Vietnamese extractors over the cleaned views, producing candidates in view offsets.
import type { IngestedDocument } from '../ingest/types.js';
import type { FigureCandidate, InstrumentCandidate } from './types.js';

export function extractFigures(_doc: IngestedDocument): FigureCandidate[] {
  return [];
}

export function extractInstruments(_doc: IngestedDocument): InstrumentCandidate[] {
  return [];
}
