// The targets matrix: one row per unit with targets, one column per indicator, administrative level and year, so
// that every cell sits under the national target for the same indicator and year.
import { nationalTargetFor } from '../../normalize/indicators.js';
import type { ProvinceUnit } from '../../normalize/provinces.js';
import type { Level, NationalTarget, Unit } from '../schema.js';
import type { ReportModel, TargetEntry } from './model.js';

export interface MatrixColumn {
  key: string;
  indicator: string;
  level: Level | null;
  year: number | null;
  unit: Unit;
  national: NationalTarget | null;
}

export interface MatrixRow {
  unit: ProvinceUnit;
  /** Column key → the targets for it (several when documents disagree or repeat). */
  cells: Map<string, TargetEntry[]>;
  /** How many of the row's targets aim lower than the nation. */
  lowerCount: number;
}

export interface TargetsMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const LEVEL_ORDER: (Level | null)[] = [null, 'province', 'district', 'commune', 'ministry'];

function columnKey(entry: TargetEntry): string | null {
  const { indicator, level, year, kind } = entry.target;
  if (kind !== 'target' || !indicator || !entry.placement) return null;
  return `${indicator}|${level ?? ''}|${year ?? ''}`;
}

function byColumnOrder(a: MatrixColumn, b: MatrixColumn): number {
  return (
    a.indicator.localeCompare(b.indicator) ||
    LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
    (a.year ?? Infinity) - (b.year ?? Infinity)
  );
}

export function buildTargetsMatrix(model: ReportModel): TargetsMatrix {
  const columns = new Map<string, MatrixColumn>();
  const rows: MatrixRow[] = [];
  for (const coverage of model.units) {
    const row: MatrixRow = { unit: coverage.unit, cells: new Map(), lowerCount: 0 };
    for (const entry of coverage.targets) {
      const key = columnKey(entry);
      if (!key) continue;
      const { indicator, level, year, unit } = entry.target;
      const column = columns.get(key);
      if (!column) {
        // The catalogue's national target heads the column; a document's own reading only fills a gap.
        const national = nationalTargetFor(indicator!, year, level) ?? entry.national;
        columns.set(key, { key, indicator: indicator!, level, year, unit, national });
      } else column.national ??= entry.national;
      row.cells.set(key, [...(row.cells.get(key) ?? []), entry]);
      if (entry.verdict === 'lower') row.lowerCount++;
    }
    if (row.cells.size) rows.push(row);
  }
  return { columns: [...columns.values()].sort(byColumnOrder), rows };
}
