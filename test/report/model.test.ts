// The coverage model over the hand-made fixture that mirrors the five seed articles: four provinces with
// evidence, the rest listed as without, and the roll-up into the 34-unit map.
import { describe, expect, it } from 'vitest';
import { buildTargetsMatrix } from '../../src/output/report/matrix.js';
import { buildReportModel, chooseMap, hasEvidence, type ReportModel } from '../../src/output/report/model.js';
import { unitsOfMap } from '../../src/output/report/units.js';
import { fixtureDocuments } from './fixtures.js';

const seeds = fixtureDocuments('seed-situation.jsonl');

function instrumentsOf(model: ReportModel, name: string) {
  const unit = model.units.find((u) => u.unit.name === name);
  if (!unit) throw new Error(`no unit ${name} on the ${model.map.map} map`);
  return unit.instruments.map(({ instrument: i, placement }) => [i.type, i.status, i.issuer, placement?.formerUnit?.name ?? null]);
}

describe('units of a map', () => {
  it('lists 63 units before July 2025 and 34 after, in code order', () => {
    const old = unitsOfMap('2008');
    const current = unitsOfMap('2025');
    expect(old).toHaveLength(63);
    expect(current).toHaveLength(34);
    expect(old[0]).toMatchObject({ code: '01', name: 'Hà Nội' });
    expect(old.map((u) => u.code)).toEqual([...old.map((u) => u.code)].sort());
  });
});

describe('coverage on the 63-unit map', () => {
  const model = buildReportModel(seeds);

  it('chooses the 2008 map for texts written before July 2025', () => {
    expect(model.map.map).toBe('2008');
    expect(model.units).toHaveLength(63);
  });

  it('shows the instruments of the four provinces with evidence', () => {
    expect(model.units.filter(hasEvidence).map((u) => u.unit.name)).toEqual([
      'Vĩnh Phúc',
      'Hưng Yên',
      'Quảng Bình',
      'Thừa Thiên Huế',
    ]);
    // The national article's referenced plan of Hưng Yên counts for Hưng Yên too.
    expect(instrumentsOf(model, 'Hưng Yên')).toEqual([
      ['chuong-trinh', 'draft', 'tinh-uy', null],
      ['ke-hoach', 'referenced', null, null],
    ]);
    expect(instrumentsOf(model, 'Quảng Bình')).toEqual([['nghi-quyet', 'issued', 'tinh-uy', null]]);
    expect(instrumentsOf(model, 'Vĩnh Phúc')).toEqual([
      ['de-an', 'draft', null, null],
      ['nghi-quyet', 'draft', null, null],
    ]);
    expect(instrumentsOf(model, 'Thừa Thiên Huế')).toEqual([['nghi-quyet', 'draft', 'tinh-uy', null]]);
  });

  it('keeps the 59 units without evidence in the table', () => {
    const without = model.units.filter((u) => !hasEvidence(u));
    expect(without).toHaveLength(59);
    expect(without.map((u) => u.unit.name)).toContain('Quảng Trị');
    expect(without.every((u) => u.documents.length === 0 && u.targets.length === 0)).toBe(true);
  });

  it('flags Quảng Bình’s tối thiểu 6,5% labour-productivity growth against the national ≥ 7%', () => {
    const quangBinh = model.units.find((u) => u.unit.code === '44')!;
    const flagged = quangBinh.targets.filter((e) => e.verdict === 'lower').map((e) => [e.target.indicator, e.target.value]);
    expect(flagged).toEqual([
      ['econ.labour-productivity.growth', 6.5],
      ['infra.fiber.household-share', 75],
    ]);
    const hungYen = model.units.find((u) => u.unit.code === '33')!;
    expect(hungYen.targets.some((e) => e.verdict === 'lower')).toBe(false);
  });

  it('leaves national figures out of the province rows', () => {
    const national = model.targets.filter((e) => e.target.province === null);
    expect(national).toHaveLength(1);
    expect(national[0].placement).toBeNull();
    expect(model.unplaced.targets).toHaveLength(0);
  });

  it('builds the matrix from province targets only, one column per indicator, level and year', () => {
    const matrix = buildTargetsMatrix(model);
    expect(matrix.rows.map((r) => r.unit.name)).toEqual(['Vĩnh Phúc', 'Hưng Yên', 'Quảng Bình', 'Thừa Thiên Huế']);
    const labour2025 = matrix.columns.find((c) => c.key === 'econ.labour-productivity.growth||2025')!;
    expect(labour2025.national).toMatchObject({ value: 7, comparator: 'gte' });
    const quangBinh = matrix.rows.find((r) => r.unit.code === '44')!;
    expect(quangBinh.cells.get(labour2025.key)!.map((e) => e.target.value)).toEqual([6.5]);
    expect(quangBinh.lowerCount).toBe(2);
    // The actual count of enterprises in Huế (kind actual) is no target.
    expect(matrix.columns.some((c) => c.year === 2021)).toBe(false);
    expect(matrix.columns.map((c) => c.key)).toContain('gov.work-records.online-processing-share|province|2025');
  });
});

describe('coverage on the 34-unit map', () => {
  const model = buildReportModel(seeds, '2025');

  it('rolls the four old provinces up into Hưng Yên, Quảng Trị, Phú Thọ and Huế', () => {
    expect(model.units).toHaveLength(34);
    const withEvidence = model.units.filter(hasEvidence);
    expect(withEvidence.map((u) => [u.unit.code, u.unit.name])).toEqual([
      ['25', 'Phú Thọ'],
      ['33', 'Hưng Yên'],
      ['44', 'Quảng Trị'],
      ['46', 'Huế'],
    ]);
    expect(model.units.filter((u) => !hasEvidence(u))).toHaveLength(30);
  });

  it('says which old unit each piece of evidence came from', () => {
    expect(instrumentsOf(model, 'Quảng Trị')).toEqual([['nghi-quyet', 'issued', 'tinh-uy', 'Quảng Bình']]);
    expect(instrumentsOf(model, 'Phú Thọ')).toEqual([
      ['de-an', 'draft', null, 'Vĩnh Phúc'],
      ['nghi-quyet', 'draft', null, 'Vĩnh Phúc'],
    ]);
    const quangTri = model.units.find((u) => u.unit.code === '44')!;
    expect(quangTri.formerUnits.map((u) => u.name)).toEqual(['Quảng Bình']);
    expect(quangTri.targets.every((e) => e.placement?.formerUnit?.name === 'Quảng Bình')).toBe(true);
  });
});

describe('choice of map', () => {
  it('takes the 34-unit map as soon as a text is written on it', () => {
    const docs = [...seeds, ...fixtureDocuments('after-2025.jsonl')];
    expect(chooseMap(docs).map).toBe('2025');
    const model = buildReportModel(docs);
    expect(model.units.filter(hasEvidence).map((u) => u.unit.name)).toContain('Tây Ninh');
  });

  it('cannot put a 2025 unit on the 63-unit map, and says so', () => {
    const model = buildReportModel(fixtureDocuments('after-2025.jsonl'), '2008');
    expect(model.units.filter(hasEvidence)).toHaveLength(0);
    expect(model.unplaced.instruments).toHaveLength(1);
    expect(model.unplaced.targets).toHaveLength(1);
  });

  it('obeys an explicit --map', () => {
    expect(chooseMap(seeds, '2025')).toMatchObject({ map: '2025' });
  });
});

describe('national target beside a province target', () => {
  it('falls back on the catalogue for the indicator, year and level when the extraction attached none', () => {
    const hungYen = seeds.find((d) => d.province === '33')!;
    const district = {
      ...hungYen.targets.find((t) => t.level === 'province')!,
      level: 'district' as const,
      value: 70,
      nationalTarget: null,
    };
    const model = buildReportModel([{ ...hungYen, targets: [district] }]);
    const [entry] = model.targets;
    expect(entry.national).toMatchObject({ value: 80, year: 2025 });
    expect(entry.verdict).toBe('lower');
  });
});

describe('rank targets beside national ones', () => {
  const quangBinh = seeds.find((d) => d.province === '44')!;
  const rank = quangBinh.targets.find((t) => t.unit === 'rank')!;
  const verdictOf = (indicator: string, national: { value: number; year: number }) => {
    const target = { ...rank, indicator, nationalTarget: { ...national, comparator: 'lte' as const, source: 'thử' } };
    return buildReportModel([{ ...quangBinh, targets: [target] }]).targets[0].verdict;
  };

  it('compares a province ranking with a national target for the same ranking of provinces', () => {
    expect(verdictOf('rank.dti.digital-government', { value: 20, year: 2025 })).toBe('lower');
    expect(verdictOf('rank.dti', { value: 40, year: 2025 })).toBe('higher');
  });

  it('never sets a place among provinces against Việt Nam’s place among countries', () => {
    expect(verdictOf('rank.cybersecurity', { value: 20, year: 2025 })).toBe('not-comparable');
  });
});
