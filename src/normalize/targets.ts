// Figure candidates → contract targets: owner to province code, metric to indicator id, view spans to source
// evidence; one claim stated twice becomes one target with both spans.
// STUB: the extraction work fills it in.
import type { FigureCandidate } from '../extract/types.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { Diagnostic, Target } from '../output/schema.js';
import type { DocumentPlace } from './document-province.js';

export function normalizeTargets(
  _doc: IngestedDocument,
  _figures: FigureCandidate[],
  _place: DocumentPlace,
): { targets: Target[]; warnings: Diagnostic[] } {
  return { targets: [], warnings: [] };
}
