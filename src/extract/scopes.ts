// Scopes: a year or a kind stated once governs the figures after it in the paragraph (or the list it continues)
// until another is stated — `một số mục tiêu chính đến năm 2025 là: …`, `Mục tiêu đến năm 2030: …`,
// `hiện có … và đến năm 2025 phấn đấu …`. Horizons in instrument titles and visions open nothing.
import type { Kind } from '../output/schema.js';
import type { KindCue } from './kind.js';
import { isGoverningYear, kindOfYear, type YearMention } from './years.js';

export interface ScopeState {
  kind: Kind | null;
  year: number | null;
}

interface ScopeEvent {
  at: number;
  apply: (s: ScopeState) => ScopeState;
}

export interface ScopeSettings {
  reference: number | null;
  publicationYear: number | null;
  horizon: number | null;
}

export class ScopeReader {
  private readonly events: ScopeEvent[];

  constructor(years: YearMention[], cues: KindCue[], settings: ScopeSettings) {
    const events: ScopeEvent[] = [];
    for (const y of years) {
      if (!isGoverningYear(y) || y.titleLike) continue;
      const kind = kindOfYear(y, settings.reference, settings.horizon);
      // A past year governs what follows only when it opens a clause (`Đến tháng 12/2023, …`); a target year always.
      if (kind === 'actual' && !y.opensClause) continue;
      events.push({ at: y.start, apply: () => ({ kind, year: y.year }) });
    }
    for (const c of cues) {
      if (!c.opensScope) continue;
      if (c.tense === 'target') events.push({ at: c.start, apply: (s) => ({ kind: 'target', year: s.kind === 'target' ? s.year : null }) });
      else if (c.tense === 'current') events.push({ at: c.start, apply: () => ({ kind: 'actual', year: settings.publicationYear }) });
      else events.push({ at: c.start, apply: (s) => ({ kind: 'actual', year: s.kind === 'actual' ? s.year : null }) });
    }
    this.events = events.sort((a, b) => a.at - b.at);
  }

  /** The scope in force at `at`, reading from `chainStart` (the paragraph, or the list it continues). */
  at(chainStart: number, at: number): ScopeState {
    let state: ScopeState = { kind: null, year: null };
    for (const e of this.events) {
      if (e.at < chainStart) continue;
      if (e.at >= at) break;
      state = e.apply(state);
    }
    return state;
  }
}
