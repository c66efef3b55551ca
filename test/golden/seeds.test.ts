// Golden test: the library on the bundled seed articles, matched against fixtures/gold/seeds.jsonl with the same
// one-to-one strict matching as the evaluation scorer (required gold first; indicator and level checked only where
// the gold names them; a leftover that repeats a matched claim on every scored field is a repeat, not spurious).
// Every evidence span must round-trip to its source text.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, type ChitieuDocument, type Target } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface GoldLine {
  doc: string;
  type?: string;
  province: string | null;
  indicator?: string | null;
  level?: string | null;
  value: number;
  unit?: string;
  year: number | null;
  kind?: string;
  optional?: boolean;
}

interface Pred {
  doc: string;
  t: Target;
}

const gold: GoldLine[] = readFileSync(join(root, 'fixtures', 'gold', 'seeds.jsonl'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('//'))
  .map((l) => JSON.parse(l) as GoldLine)
  .filter((g) => (g.type ?? 'target') === 'target');

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

function matches(g: GoldLine, p: Pred): boolean {
  const t = p.t;
  if (g.doc !== p.doc || (g.province ?? null) !== t.province || !near(g.value, t.value)) return false;
  if ((g.unit ?? 'percent') !== t.unit || (g.year ?? null) !== t.year || (g.kind ?? 'target') !== t.kind) return false;
  if (g.indicator != null && g.indicator !== t.indicator) return false;
  if (g.level != null && g.level !== t.level) return false;
  return true;
}

const key = (p: Pred) => [p.doc, p.t.province, p.t.indicator, p.t.level, p.t.value, p.t.unit, p.t.year, p.t.kind].join('|');

function score(preds: Pred[]) {
  const used = new Set<number>();
  const pairs: Array<[GoldLine, Pred]> = [];
  const misses: GoldLine[] = [];
  for (const g of [...gold].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false))) {
    const i = preds.findIndex((p, j) => !used.has(j) && matches(g, p));
    if (i >= 0) {
      used.add(i);
      pairs.push([g, preds[i]]);
    } else if (!g.optional) misses.push(g);
  }
  const matchedKeys = new Set(pairs.map(([, p]) => key(p)));
  const spurious = preds.filter((p, i) => !used.has(i) && !matchedKeys.has(key(p)) && !gold.some((g) => g.optional && matches(g, p)));
  const tp = pairs.length;
  const precision = tp / (tp + spurious.length || 1);
  const recall = tp / (tp + misses.length || 1);
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, misses, spurious };
}

describe('seed articles (golden)', () => {
  const documents: ChitieuDocument[] = extract(join(root, 'seeds'));
  const sources = new Map(documents.map((d) => [d.id, readFileSync(d.source, 'utf8')]));
  const preds: Pred[] = documents.flatMap((d) => d.targets.map((t) => ({ doc: d.id, t })));

  it('reaches strict F1 ≥ 0.95 against the seeds gold', () => {
    const { f1, misses, spurious } = score(preds);
    const show = (x: object) => `  ${JSON.stringify(x)}`;
    const report = `strict F1 ${f1.toFixed(3)}\nmissed:\n${misses.map(show).join('\n')}\nspurious:\n${spurious
      .map((p) => show({ doc: p.doc, ...p.t, sentence: undefined }))
      .join('\n')}`;
    expect(f1, report).toBeGreaterThanOrEqual(0.95);
  });

  it('gives evidence that round-trips to the source text', () => {
    const bad = preds.filter(({ doc, t }) => sources.get(doc)?.slice(t.evidence.start, t.evidence.end) !== t.evidence.text);
    expect(bad.map((p) => p.t.evidence)).toEqual([]);
    for (const { doc, t } of preds) {
      for (const m of t.mentions ?? []) expect(sources.get(doc)?.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('finds the figures of every seed article', () => {
    for (const d of documents) expect(d.targets.length, d.id).toBeGreaterThan(0);
  });
});
