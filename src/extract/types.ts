// What extraction hands to normalisation: figures and instruments in view offsets, with the words they rest on.
import type { Comparator, InstrumentStatus, InstrumentType, Issuer, Kind, Level, Unit } from '../output/schema.js';

/** Who a figure or instrument belongs to, as the text says it (resolved to codes by normalisation). */
export type OwnerHint =
  | { kind: 'province'; code: string; era: '2008' | '2025'; start: number; end: number }
  | { kind: 'national' }
  | { kind: 'document' };

export interface FigureCandidate {
  /** View span of the evidence: at least the number and the metric phrase. */
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: Unit;
  comparator: Comparator;
  year: number | null;
  kind: Kind;
  /** The metric phrase as written (NFC), predicate included. */
  metric: string;
  level: Level | null;
  owner: OwnerHint;
  /** View span of the sentence the figure came from. */
  sentence: { start: number; end: number };
  confidence: number;
  /** Which rules fired, for test failure messages. */
  trace: string[];
}

export interface InstrumentCandidate {
  start: number;
  end: number;
  type: InstrumentType;
  status: InstrumentStatus;
  issuer: Issuer | null;
  owner: OwnerHint;
  number: string | null;
  date: string | null;
  horizon: number[];
  title: string | null;
  /**
   * The instrument names its owner only as `tỉnh`/`thành phố` (`Kế hoạch chuyển đổi số tỉnh năm 2024`, `của UBND
   * tỉnh`): the province the document speaks from, its host when the document itself is national.
   */
  localOwner?: boolean;
  /** View spans of every mention of the instrument, the first being [start, end). */
  mentions?: Array<{ start: number; end: number }>;
  confidence: number;
  trace: string[];
}
