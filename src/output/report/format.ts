// Figures as Vietnamese readers write them: `≥ 6,5%`, `10.000`, `nhóm 20 dẫn đầu`.
import type { Comparator, Unit } from '../schema.js';
import { COMPARATOR_SIGNS } from './labels.js';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

export interface FigureLike {
  value: number;
  valueMax?: number;
  comparator: Comparator;
  unit?: Unit;
}

function withUnit(text: string, unit: Unit | undefined): string {
  if (unit === 'percent') return `${text}%`;
  if (unit === 'score') return `${text} điểm`;
  return text;
}

export function formatFigure({ value, valueMax, comparator, unit }: FigureLike): string {
  if (comparator === 'range' && valueMax !== undefined) {
    return withUnit(`${formatNumber(value)}–${formatNumber(valueMax)}`, unit);
  }
  if (unit === 'rank' && comparator === 'lte') return `nhóm ${formatNumber(value)} dẫn đầu`;
  if (unit === 'rank' && comparator === 'eq') return `hạng ${formatNumber(value)}`;
  if (unit === 'rank-change') return `${COMPARATOR_SIGNS[comparator]} ${formatNumber(value)} bậc`.trim();
  const sign = COMPARATOR_SIGNS[comparator];
  const figure = withUnit(formatNumber(value), unit);
  return unit === 'rank' ? `hạng ${sign} ${figure}` : sign ? `${sign} ${figure}` : figure;
}

/** `2021-04-02` → `02/04/2021`; partial dates keep their parts. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return [day, month, year].filter(Boolean).join('/');
}
