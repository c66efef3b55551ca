// Extract: rule-based Vietnamese extractors over the cleaned views, producing candidates in view offsets.
import type { IngestedDocument } from '../ingest/types.js';
import { extractInstruments } from './instruments/index.js';
import type { FigureCandidate } from './types.js';

export { extractInstruments };

export function extractFigures(_doc: IngestedDocument): FigureCandidate[] {
  return [];
}
