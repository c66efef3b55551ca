import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize, toNfc } from '../../src/ingest/canonical.js';
import { MappedText } from '../../src/ingest/mapped-text.js';
import { PROVINCES_2008 } from '../../src/normalize/data/provinces-2008.js';
import { PROVINCES_2025 } from '../../src/normalize/data/provinces-2025.js';
import {
  findProvinceMentions,
  findProvinceMentionsIn,
  provinceUnit,
  unitForName,
} from '../../src/normalize/provinces.js';
import type { ProvinceEra } from '../../src/output/schema.js';

interface ExpectedMention {
  text: string;
  start: number;
  code: string;
  era: ProvinceEra;
  cued?: boolean;
  venue?: boolean;
  address?: boolean;
}

interface SpecCase {
  text: string;
  era: ProvinceEra;
  mentions: ExpectedMention[];
}

const spec = JSON.parse(readFileSync(new URL('../specs/provinces.json', import.meta.url), 'utf8')) as {
  cases: SpecCase[];
};

/** The views ingest hands on: NFC (from any normal form) and the canonical view with the same offsets. */
function views(text: string): { nfc: string; canonical: string } {
  const nfc = toNfc(MappedText.identity(text)).text;
  return { nfc, canonical: canonicalize(nfc) };
}

describe('findProvinceMentions (spec corpus)', () => {
  it.each(spec.cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const { nfc, canonical } = views(c.text);
    const found = findProvinceMentions(nfc, canonical, c.era);
    const got = found.map((m, i) => {
      const want = c.mentions[i];
      const text = nfc.slice(m.start, m.end);
      const row: Record<string, unknown> = { text, start: m.start, code: m.code, era: m.era };
      // Flags are compared only where the spec states them.
      for (const flag of ['cued', 'venue', 'address'] as const) if (want && flag in want) row[flag] = m[flag];
      return row;
    });
    expect(got).toEqual(c.mentions.map((m) => ({ ...m, text: m.text.normalize('NFC') })));
  });
});

describe('findProvinceMentions', () => {
  it('reads the same name against each map', () => {
    const text = 'UBND tỉnh Lào Cai và UBND tỉnh Yên Bái';
    expect(findProvinceMentionsIn(text, '2008').map((m) => [m.code, m.era])).toEqual([
      ['10', '2008'],
      ['15', '2008'],
    ]);
    expect(findProvinceMentionsIn(text, '2025').map((m) => [m.code, m.era])).toEqual([
      ['15', '2025'],
      ['15', '2008'],
    ]);
  });

  it('marks only the mention after `điểm cầu` as a venue', () => {
    const found = findProvinceMentionsIn('Tại điểm cầu Hưng Yên, Chủ tịch UBND tỉnh Hưng Yên phát biểu.', '2008');
    expect(found.map((m) => [m.start, m.venue, m.cued])).toEqual([
      [13, true, false],
      [42, false, true],
    ]);
  });

  it('stays linear on long runs of digits, dots, commas, spaces and percent signs', () => {
    const noise = '1.234,5 % '.repeat(100_000) + 'tỉnh Hưng Yên';
    const found = findProvinceMentionsIn(noise, '2008');
    expect(found.map((m) => m.code)).toEqual(['33']);
  });

  it('does not let a separator run join two words far apart', () => {
    expect(findProvinceMentionsIn('Bà Rịa' + ' '.repeat(20) + 'Vũng Tàu', '2008')).toEqual([]);
  });
});

describe('provinceUnit', () => {
  it('gives the unit a code means in each era, with its 2025 successor', () => {
    expect(provinceUnit('44', '2008')).toMatchObject({ name: 'Quảng Bình', province2025: '44', type: 'tinh' });
    expect(provinceUnit('44', '2025')).toMatchObject({ name: 'Quảng Trị', era: '2025', province2025: '44' });
    expect(provinceUnit('27', '2008')).toMatchObject({ name: 'Bắc Ninh', province2025: '24' });
    expect(provinceUnit('74', '2008')).toMatchObject({ name: 'Bình Dương', province2025: '79' });
    expect(provinceUnit('46', '2008')).toMatchObject({ name: 'Thừa Thiên Huế', becameCity: '2025-01-01' });
    expect(provinceUnit('46', '2025')).toMatchObject({ name: 'Huế', type: 'thanh-pho' });
    expect(provinceUnit('75', '2025')).toMatchObject({ name: 'Đồng Nai', becameCity: '2026-04-30' });
  });

  it('knows no retired code in the 34-unit map and no invented code in either', () => {
    expect(provinceUnit('27', '2025')).toBeUndefined();
    expect(provinceUnit('74', '2025')).toBeUndefined();
    expect(provinceUnit('28', '2008')).toBeUndefined();
    expect(provinceUnit('99', '2025')).toBeUndefined();
  });

  it('reads a name carried by a new unit against the new map', () => {
    expect(unitForName('45', '2025')).toEqual({ code: '44', era: '2025' });
    expect(unitForName('45', '2008')).toEqual({ code: '45', era: '2008' });
    expect(unitForName('34', '2025')).toEqual({ code: '34', era: '2008' });
  });
});

describe('province maps', () => {
  it('has 63 units before 1 July 2025 and 34 after, codes unique', () => {
    expect(new Set(PROVINCES_2008.map((p) => p.code)).size).toBe(63);
    expect(new Set(PROVINCES_2025.map((p) => p.code)).size).toBe(34);
  });

  it('merges every old unit into a new one, 11 of them unchanged', () => {
    const codes2025 = new Set(PROVINCES_2025.map((p) => p.code));
    for (const p of PROVINCES_2008) expect(codes2025.has(p.successor), p.name).toBe(true);
    const formedFrom = new Map<string, number>();
    for (const p of PROVINCES_2008) formedFrom.set(p.successor, (formedFrom.get(p.successor) ?? 0) + 1);
    expect([...formedFrom.values()].filter((n) => n === 1)).toHaveLength(11);
  });

  it('gives every new unit the name of an old unit that went into it', () => {
    const old = new Map(PROVINCES_2008.map((p) => [p.code, p]));
    for (const p of PROVINCES_2025) {
      const namesake = old.get(p.namesake);
      expect(namesake?.successor, p.name).toBe(p.code);
      if (p.code !== '46') expect(namesake?.name, p.code).toBe(p.name);
    }
  });
});
