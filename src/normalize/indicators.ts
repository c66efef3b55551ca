// Indicator catalogue matching: a metric phrase → a catalogue id, and the national targets behind an id.
// STUB: the interface other modules code against; the indicators work fills it in.
import type { NationalTarget, Unit } from '../output/schema.js';

export interface IndicatorMatch {
  id: string | null;
  /** 0..1: how sure the match is. */
  score: number;
  method: 'exact' | 'folded' | 'fuzzy' | 'none';
}

export function matchIndicator(_metric: string, _unit: Unit): IndicatorMatch {
  return { id: null, score: 0, method: 'none' };
}

export function nationalTargetFor(_id: string, _year: number | null): NationalTarget | null {
  return null;
}
