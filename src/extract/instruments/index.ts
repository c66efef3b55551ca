// Instruments: provincial resolutions, plans, programs, schemes, decisions, strategies and directives on digital
// transformation, with type, status, issuer, number, date, horizon and title.
// STUB: the instruments work fills it in.
import type { IngestedDocument } from '../../ingest/types.js';
import type { InstrumentCandidate } from '../types.js';

export function extractInstruments(_doc: IngestedDocument): InstrumentCandidate[] {
  return [];
}
