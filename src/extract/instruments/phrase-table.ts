// Tables keyed by a lexicon phrase (single-spaced), read with the text of a phrase hit.
import { singleSpaced } from '../../ingest/white-space.js';

/**
 * The entry of `table` for a phrase hit written `text`, its white space folded: a hit is nearly always written with
 * single spaces already, so it is first looked up as it stands (a key is its own fold).
 */
export function entryOfPhrase<V>(table: ReadonlyMap<string, V>, text: string): V | undefined {
  return table.get(text) ?? table.get(singleSpaced(text));
}
