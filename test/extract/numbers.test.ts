// Drives the quantity spec corpus: each input sentence → the exact list of quantities found (none for negatives).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../src/extract/numbers/index.js';
import { canonicalize } from '../../src/ingest/canonical.js';

interface SpecCase {
  input: string;
  expected: Array<Pick<Quantity, 'value' | 'unit' | 'comparator'> & Partial<Quantity> & { text: string }>;
}

const specs: SpecCase[] = JSON.parse(readFileSync(new URL('../specs/numbers.json', import.meta.url), 'utf8'));

function found(input: string) {
  const nfc = input.normalize('NFC');
  return findQuantities(nfc, canonicalize(nfc)).map((q) => {
    const seen: Record<string, unknown> = { text: nfc.slice(q.start, q.end), value: q.value, unit: q.unit, comparator: q.comparator };
    for (const key of ['valueMax', 'counted', 'rank', 'outOf'] as const) if (q[key] !== undefined) seen[key] = q[key];
    return seen;
  });
}

describe('quantity spec corpus', () => {
  it.each(specs.map((s) => [s.input, s] as const))('%s', (_input, spec) => {
    expect(found(spec.input), spec.input).toEqual(spec.expected);
  });
});
