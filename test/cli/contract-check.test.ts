// The fast contract check (src/output/contract-check.ts) must pass and refuse exactly what zod's DocumentSchema does,
// and pass documents on exactly as zod does (the contract's keys, in its order), since the output is written from it.
// It reads the published JSON Schema, which must be what the zod definitions generate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { checkDocument } from '../../src/output/contract-check.js';
import * as schemas from '../../src/output/schema.js';
import { SEEDS } from './corpus.js';
import { ROOT } from './run-cli.js';

/** Keys in order, an undefined value kept as a marker: what JSON.stringify hides but a caller could see. */
const layout = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<undefined>' : v));

function expectSameAsZod(value: unknown): void {
  const parsed = schemas.DocumentSchema.safeParse(value);
  const checked = checkDocument(value);
  expect(checked === undefined, layout(value)).toBe(!parsed.success);
  if (parsed.success) expect(layout(checked)).toBe(layout(parsed.data));
}

const ENUM_VALUES = [
  schemas.ProvinceEraSchema, schemas.LevelSchema, schemas.UnitSchema, schemas.ComparatorSchema, schemas.KindSchema,
  schemas.InstrumentTypeSchema, schemas.InstrumentStatusSchema, schemas.IssuerSchema,
].flatMap((e) => e.options as string[]);
const REPLACEMENTS: unknown[] = [
  undefined, null, '', 'x', 0, 1, -1, 0.5, 1.5, 2 ** 60, NaN, Infinity, -Infinity, true, [], {}, [{}], ...ENUM_VALUES,
];

/** Every path to a value inside `value` (objects and arrays included). */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = [...at, Array.isArray(value) ? Number(k) : k];
    return [path, ...paths(v, path)];
  });
}

function withChange(doc: unknown, path: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void) {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]);
  return copy;
}

describe('the published JSON Schema', () => {
  it('is what the zod definitions generate (after a change: node bin/chitieu.js schema > schema/chitieu.schema.json)', () => {
    const published = JSON.parse(readFileSync(join(ROOT, 'schema/chitieu.schema.json'), 'utf8'));
    expect(published).toEqual(schemas.outputJsonSchema());
  });
});

describe('the fast contract check', { timeout: 120_000 }, () => {
  const docs = extract(SEEDS);
  // One document with every field of the contract filled in, from a seed that has a target and an instrument.
  const seed = docs.find((d) => d.provinceName && d.targets.length && d.instruments.length)!;
  const [target] = seed.targets;
  const [instrument] = seed.instruments;
  const nationalTarget = { value: 1, comparator: 'gte', year: 2025, source: 'QĐ 749/QĐ-TTg' };
  const diagnostic = { code: 'X', message: 'y' };
  const rich = {
    ...seed,
    targets: [target, { ...target, level: 'province', valueMax: 30, mentions: [target.evidence], sentence: 's', nationalTarget }],
    instruments: [instrument, { ...instrument, provinceName: 'X', provinceEra: '2008', province2025: '01', mentions: [instrument.evidence], confidence: 0.5, horizon: [2025, 2030] }],
    warnings: [diagnostic],
    errors: [diagnostic],
  };

  it('passes every seed document on as zod does', () => {
    expect(seed).toBeDefined();
    for (const doc of docs) expectSameAsZod({ extra: 1, ...doc });
  });

  it('agrees with zod when any value is replaced, removed or added', () => {
    for (const path of paths(rich)) {
      for (const replacement of REPLACEMENTS) expectSameAsZod(withChange(rich, path, (p, k) => (p[k] = replacement)));
      expectSameAsZod(withChange(rich, path, (p, k) => delete p[k]));
      expectSameAsZod(withChange(rich, path, (p) => (p.extra = 'x')));
    }
  });
});
