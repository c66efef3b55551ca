// Scopes: a year or a kind stated once governs the figures after it in the paragraph (or the list it continues)
// until another is stated — `một số mục tiêu chính đến năm 2025 là: …`, `Mục tiêu đến năm 2030: …`,
// `hiện có … và đến năm 2025 phấn đấu …`. Horizons in instrument titles and visions open nothing.
import type { Kind } from '../output/schema.js';
import type { KindCue } from './kind.js';
import { firstAtOrAfter } from './spans.js';
import { isGoverningYear, kindOfYear, type YearMention } from './years.js';

export interface ScopeState {
  kind: Kind | null;
  year: number | null;
}

interface ScopeEvent {
  start: number;
  apply: (s: ScopeState) => ScopeState;
}

export interface ScopeSettings {
  reference: number | null;
  publicationYear: number | null;
  horizon: number | null;
}

export class ScopeReader {
  private eventsRead?: ScopeEvent[];
  // Figures are read in text order: the last reading is resumed rather than replayed from the paragraph start.
  private cursor = { chainStart: -1, at: -1, index: 0, state: { kind: null, year: null } as ScopeState };

  constructor(
    private readonly years: YearMention[],
    private readonly cues: KindCue[],
    private readonly settings: ScopeSettings,
  ) {}

  /** The years and cues that open a scope, in order: read when a figure first asks (a text without figures never). */
  private get events(): ScopeEvent[] {
    return (this.eventsRead ??= this.readEvents());
  }

  private readEvents(): ScopeEvent[] {
    const settings = this.settings;
    const events: ScopeEvent[] = [];
    for (const y of this.years) {
      if (!isGoverningYear(y) || y.titleLike) continue;
      const kind = kindOfYear(y, settings.reference, settings.horizon);
      // A past year governs what follows only when it opens a clause (`Đến tháng 12/2023, …`) or names the results
      // being reported (`Theo kết quả Chỉ số DTI năm 2022 …`); a target year always.
      if (kind === 'actual' && !y.opensClause && !(y.role === 'plain' && y.reportLike)) continue;
      events.push({ start: y.start, apply: () => ({ kind, year: y.year }) });
    }
    for (const c of this.cues) {
      if (!c.opensScope) continue;
      if (c.tense === 'target') events.push({ start: c.start, apply: (s) => ({ kind: 'target', year: s.kind === 'target' ? s.year : null }) });
      else if (c.tense === 'current') events.push({ start: c.start, apply: () => ({ kind: 'actual', year: settings.publicationYear }) });
      else events.push({ start: c.start, apply: (s) => ({ kind: 'actual', year: s.kind === 'actual' ? s.year : null }) });
    }
    return events.sort((a, b) => a.start - b.start);
  }

  /** The scope in force at `at`, reading from `chainStart` (the paragraph, or the list it continues). */
  at(chainStart: number, at: number): ScopeState {
    let { index, state } = this.cursor;
    if (this.cursor.chainStart !== chainStart || at < this.cursor.at) {
      index = firstAtOrAfter(this.events, chainStart);
      state = { kind: null, year: null };
    }
    while (index < this.events.length && this.events[index].start < at) state = this.events[index++].apply(state);
    this.cursor = { chainStart, at, index, state };
    return state;
  }
}
