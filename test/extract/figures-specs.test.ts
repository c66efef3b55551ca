// Runs the figure spec corpora (test/specs/figures-*.json): each case is a text and the figures it must give —
// evidence text and position, value, year, kind, and where given unit, comparator, level, owner and metric words —
// or none at all. Rule traces are printed only when a case fails.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import type { FigureCandidate } from '../../src/extract/types.js';
import { specDocument } from './figure-spec-doc.js';

interface ExpectedFigure {
  evidence: string;
  value: number;
  year: number | null;
  kind: 'target' | 'actual';
  unit?: string;
  comparator?: string;
  level?: string | null;
  valueMax?: number;
  /** `document`, `national`, or a province code. */
  owner?: string;
  metricIncludes?: string;
}

interface SpecCase {
  name: string;
  text: string;
  published?: string;
  expected: ExpectedFigure[];
}

const specDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'specs');
const files = readdirSync(specDir).filter((f) => f.startsWith('figures-') && f.endsWith('.json'));

function ownerOf(c: FigureCandidate): string {
  return c.owner.kind === 'province' ? c.owner.code : c.owner.kind;
}

function describeFigure(text: string, c: FigureCandidate): string {
  return `${JSON.stringify(text.slice(c.start, c.end))} @${c.start} ${c.kind} ${c.year} ${c.comparator}${c.value} ${c.unit} lvl=${c.level} owner=${ownerOf(c)} metric=${JSON.stringify(c.metric)}\n      trace: ${c.trace.join(' ')}`;
}

function matches(text: string, c: FigureCandidate, e: ExpectedFigure): boolean {
  if (text.slice(c.start, c.end) !== e.evidence || c.start !== text.indexOf(e.evidence)) return false;
  if (c.value !== e.value || c.year !== e.year || c.kind !== e.kind) return false;
  if (e.unit !== undefined && c.unit !== e.unit) return false;
  if (e.comparator !== undefined && c.comparator !== e.comparator) return false;
  if (e.level !== undefined && c.level !== e.level) return false;
  if (e.valueMax !== undefined && c.valueMax !== e.valueMax) return false;
  if (e.owner !== undefined && ownerOf(c) !== e.owner) return false;
  if (e.metricIncludes !== undefined && !c.metric.includes(e.metricIncludes)) return false;
  return true;
}

for (const file of files) {
  const cases = JSON.parse(readFileSync(join(specDir, file), 'utf8')) as SpecCase[];
  describe(file, () => {
    for (const spec of cases) {
      it(spec.name, () => {
        const figures = extractFigures(specDocument(spec.text, spec.published ?? null));
        const unmatched = [...figures];
        const missing: ExpectedFigure[] = [];
        for (const e of spec.expected) {
          const i = unmatched.findIndex((c) => matches(spec.text, c, e));
          if (i >= 0) unmatched.splice(i, 1);
          else missing.push(e);
        }
        const report =
          `missing:\n${missing.map((e) => `  ${JSON.stringify(e)}`).join('\n') || '  none'}\n` +
          `unexpected:\n${unmatched.map((c) => `  ${describeFigure(spec.text, c)}`).join('\n') || '  none'}\n` +
          `all figures:\n${figures.map((c) => `  ${describeFigure(spec.text, c)}`).join('\n') || '  none'}`;
        expect(missing.length === 0 && unmatched.length === 0, report).toBe(true);
      });
    }
  });
}
