import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatBody, serializerFor } from '../../src/output/formats.js';
import { OutputSchema, type ChitieuDocument, type Target } from '../../src/output/schema.js';

const target: Target = {
  province: '33', provinceName: 'Hưng Yên', provinceEra: '2008', province2025: '33', indicator: null,
  metric: 'hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng', level: 'province', value: 90, unit: 'percent',
  comparator: 'gte', year: 2025, kind: 'target', confidence: 0.9,
  evidence: { text: 'ít nhất 90% hồ sơ công việc, "cấp tỉnh"', start: 120, end: 160 },
};
const doc = (id: string, targets: Target[]): ChitieuDocument => ({
  id, source: `bai/${id}.txt`, sha256: '0'.repeat(64), language: 'vie', title: null, published: '2024-05-02',
  province: '33', instruments: [], targets, warnings: [], errors: [],
});

/** The documents written as inputs of `perInput` documents each (the batch serialises input by input). */
function write(format: 'json' | 'jsonl' | 'csv', docs: ChitieuDocument[], perInput = 1): string {
  const s = serializerFor(format);
  let out = s.head();
  for (let i = 0; i < docs.length; i += perInput) {
    const input = docs.slice(i, i + perInput);
    out += s.lead(input.length) + formatBody(format, input.map((d) => JSON.stringify(d)));
  }
  return out + s.tail();
}

describe('output formats', () => {
  it('writes json that parses to the contract, with or without documents', () => {
    expect(OutputSchema.parse(JSON.parse(write('json', []))).documents).toEqual([]);
    const docs = [doc('a', [target]), doc('b', []), doc('c', [target])];
    expect(OutputSchema.parse(JSON.parse(write('json', docs))).documents).toEqual(docs);
    expect(write('json', docs, 2)).toBe(write('json', docs));
  });

  it('writes jsonl as one document a line', () => {
    const docs = [doc('a', []), doc('b', []), doc('c', [])];
    expect(write('jsonl', docs).split('\n').map((l) => l && JSON.parse(l).id)).toEqual(['a', 'b', 'c', '']);
    expect(write('jsonl', docs, 2)).toBe(write('jsonl', docs));
  });

  it('writes csv as one target a row, quoting evidence with commas and quotes', () => {
    const csv = write('csv', [doc('a', [target, { ...target, value: 45, valueMax: 55, comparator: 'range' }]), doc('b', [])]);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('a,bai/a.txt,2024-05-02,33,Hưng Yên,2008,33,,');
    expect(lines[1]).toContain(',90,,percent,gte,2025,target,,0.9,120,160,"ít nhất 90% hồ sơ công việc, ""cấp tỉnh"""');
    expect(lines[2]).toContain(',45,55,percent,range,');
  });
});
