// The province a document is mainly about, and the map (era) its place names are read against.
// STUB: the interface other modules code against; the provinces work fills it in.
import type { IngestedDocument } from '../ingest/types.js';
import type { ProvinceEra } from '../output/schema.js';

export interface DocumentPlace {
  era: ProvinceEra;
  /** Null for a national document or one about no province. */
  code: string | null;
}

export function documentPlace(_doc: IngestedDocument): DocumentPlace {
  return { era: '2008', code: null };
}
