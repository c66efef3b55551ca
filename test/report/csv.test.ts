// The spreadsheet exports: one row per unit, one row per matrix figure, text that stays text.
import { describe, expect, it } from 'vitest';
import { coverageCsv, targetsCsv } from '../../src/output/report/csv.js';
import { buildReportModel } from '../../src/output/report/model.js';
import { fixtureDocuments } from './fixtures.js';

/** RFC 4180 records; enough for what csv-stringify writes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n') record.push(field), records.push(record), (record = []), (field = '');
    else field += c;
  }
  return records;
}

describe('CSV exports', () => {
  const seeds = buildReportModel(fixtureDocuments('seed-situation.jsonl'));

  it('writes every unit of the map, with or without evidence, for Excel (BOM)', () => {
    const text = coverageCsv(seeds);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header.slice(0, 5)).toEqual(['Mã', 'Tỉnh, thành phố', 'Bản đồ', 'Gồm đơn vị cũ', 'Có bằng chứng']);
    expect(rows).toHaveLength(63);
    expect(rows.filter((r) => r[4] === 'không')).toHaveLength(59);
    const quangBinh = rows.find((r) => r[0] === '44')!;
    expect(quangBinh[6]).toBe('Nghị quyết, đã ban hành, Tỉnh ủy, 2025/2030');
  });

  it('writes the matrix one figure a row, with the national target and the verdict', () => {
    const [header, ...rows] = parseCsv(targetsCsv(seeds).slice(1));
    const at = (name: string) => header.indexOf(name);
    const labour = rows.find((r) => r[at('Mã tỉnh')] === '44' && r[at('Mã chỉ tiêu')] === 'econ.labour-productivity.growth')!;
    expect([labour[at('So sánh')], labour[at('Giá trị')], labour[at('Năm')]]).toEqual(['gte', '6.5', '2025']);
    expect([labour[at('So sánh QG')], labour[at('Giá trị QG')], labour[at('So với QG')]]).toEqual(['gte', '7', 'lower']);
    expect(rows.every((r) => r[at('Tài liệu')].startsWith('bai-viet/'))).toBe(true);
  });

  it('rolls up into the 2025 units and names the old one', () => {
    const [header, ...rows] = parseCsv(targetsCsv(buildReportModel(fixtureDocuments('seed-situation.jsonl'), '2025')).slice(1));
    const fromVinhPhuc = rows.filter((r) => r[header.indexOf('Từ đơn vị cũ')] === 'Vĩnh Phúc');
    expect(new Set(fromVinhPhuc.map((r) => r[1]))).toEqual(new Set(['Phú Thọ']));
  });

  it('keeps a crafted formula as text', () => {
    const hostile = buildReportModel(fixtureDocuments('hostile.json'));
    const cells = parseCsv(coverageCsv(hostile).slice(1)).flat().concat(parseCsv(targetsCsv(hostile).slice(1)).flat());
    expect(cells.filter((c) => /^[=+@-]/.test(c))).toEqual([]);
    expect(cells.filter((c) => c.startsWith("'=HYPERLINK"))).toHaveLength(1);
  });
});
