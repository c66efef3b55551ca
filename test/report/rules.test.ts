// The report's two rule families, driven by their spec corpora: how a province target stands against the national
// one, and how a figure is written for Vietnamese readers.
import { describe, expect, it } from 'vitest';
import { compareWithNational, type Aim, type Verdict } from '../../src/output/report/compare.js';
import { formatFigure, type FigureLike } from '../../src/output/report/format.js';
import comparisons from './specs/national-comparison.json' with { type: 'json' };
import formats from './specs/figure-format.json' with { type: 'json' };

interface ComparisonCase {
  why: string;
  province: Aim;
  national: { value: number; comparator: Aim['comparator'] };
  verdict: Verdict;
}

describe('province target against the national target', () => {
  it.each(comparisons as ComparisonCase[])('$why → $verdict', ({ province, national, verdict }) => {
    expect(compareWithNational(province, { ...national, year: 2025, source: 'QĐ 749/QĐ-TTg' })).toBe(verdict);
  });
});

describe('figures in Vietnamese', () => {
  it.each(formats as { figure: FigureLike; text: string }[])('$text', ({ figure, text }) => {
    expect(formatFigure(figure)).toBe(text);
  });
});
