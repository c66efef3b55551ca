// Instrument candidates → contract instruments (province codes, source evidence), one instrument once.
// STUB: the instruments work fills it in.
import type { InstrumentCandidate } from '../extract/types.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { Instrument } from '../output/schema.js';
import type { DocumentPlace } from './document-province.js';

export function normalizeInstruments(
  _doc: IngestedDocument,
  _instruments: InstrumentCandidate[],
  _place: DocumentPlace,
): Instrument[] {
  return [];
}
