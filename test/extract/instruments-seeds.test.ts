// The library on the five seed articles gives exactly their gold instruments: province, type and status, and the
// issuer where the gold states one. National instruments cited in passing must carry no province.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

interface GoldInstrument {
  doc: string;
  type: 'instrument';
  province: string;
  instrument: string;
  status: string;
  issuer: string | null;
}

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const gold: GoldInstrument[] = readFileSync(root('fixtures/gold/seeds.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('{'))
  .map((line) => JSON.parse(line))
  .filter((g) => g.type === 'instrument');
const documents = extract([root('seeds')]);
const NATIONAL = new Set(['bo-chinh-tri', 'trung-uong', 'quoc-hoi', 'chinh-phu', 'thu-tuong', 'bo']);

describe('instruments on the seed articles', () => {
  it.each(documents.map((d) => [d.id, d] as const))('%s', (id, doc) => {
    const provincial = doc.instruments.filter((i) => i.province !== null);
    const expected = gold.filter((g) => g.doc === id);
    expect(provincial.map((i) => `${i.province}|${i.type}|${i.status}`).sort()).toEqual(
      expected.map((g) => `${g.province}|${g.instrument}|${g.status}`).sort(),
    );
    for (const g of expected.filter((e) => e.issuer)) {
      expect(provincial.find((i) => i.type === g.instrument)?.issuer, `${id} ${g.instrument}`).toBe(g.issuer);
    }
    for (const i of doc.instruments.filter((x) => x.issuer && NATIONAL.has(x.issuer))) expect(i.province).toBeNull();
  });
});
