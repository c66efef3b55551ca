// Drives the instrument spec corpus: each real-style text → the exact list of instruments (none for negatives), with
// the fields each case lists; evidence must round-trip to the source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractInstruments } from '../../src/extract/instruments/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import type { Instrument } from '../../src/output/schema.js';
import { ingestString } from '../ingest/helpers.js';

type Expected = Partial<Pick<Instrument, 'type' | 'status' | 'issuer' | 'province' | 'number' | 'date' | 'horizon'>> & {
  evidence?: string;
  mentions?: number;
};
interface SpecCase {
  name: string;
  text: string;
  expect: Expected[];
}

const corpus: { cases: SpecCase[] } = JSON.parse(readFileSync(new URL('../specs/instruments.json', import.meta.url), 'utf8'));

function instrumentsOf(text: string) {
  const doc = ingestString('spec.txt', text);
  const found = normalizeDocument(doc, [], extractInstruments(doc)).instruments;
  for (const i of found) for (const e of i.mentions ?? [i.evidence]) expect(doc.sourceText.slice(e.start, e.end)).toBe(e.text);
  return found;
}

/** The fields a case lists, read off an instrument. */
function seen(i: Instrument, expected: Expected): Expected {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected) as Array<keyof Expected>) {
    if (key === 'evidence') out.evidence = i.evidence.text;
    else if (key === 'mentions') out.mentions = i.mentions?.length ?? 1;
    else out[key] = i[key];
  }
  return out as Expected;
}

describe('instrument spec corpus', () => {
  it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (_name, spec) => {
    const found = instrumentsOf(spec.text);
    expect(found.map((i, k) => seen(i, spec.expect[k] ?? { type: i.type, status: i.status })), spec.text).toEqual(spec.expect);
  });
});
