// `Tỉnh ủy` or `Thành ủy`: the issuer as the place named its bodies when the instrument was made.
import { describe, expect, it } from 'vitest';
import { issuerLabel } from '../../src/output/report/issuer-label.js';
import { buildReportModel } from '../../src/output/report/model.js';
import type { ChitieuDocument, Instrument } from '../../src/output/schema.js';
import { fixtureDocuments } from './fixtures.js';

const [hue] = fixtureDocuments('seed-situation.jsonl').filter((d) => d.province === '46');

function labelOf(change: Partial<Instrument>, published: string | null, map?: '2008' | '2025'): string {
  const doc: ChitieuDocument = { ...hue, published, instruments: [{ ...hue.instruments[0], ...change }] };
  return issuerLabel(buildReportModel([doc], map).instruments[0]);
}

describe('issuer labels', () => {
  it('names a province’s Party committee Tỉnh ủy', () => {
    expect(labelOf({}, '2021-09-14')).toBe('Tỉnh ủy');
  });

  it('names it Thành ủy once Huế is a centrally-run city (1 Jan 2025)', () => {
    expect(labelOf({ date: '2025-03-01' }, null)).toBe('Thành ủy');
    expect(labelOf({ issuer: 'ubnd' }, '2025-02-10')).toBe('UBND thành phố');
  });

  it('keeps the old province’s wording when its evidence rolls up into a city', () => {
    const binhDuong = { province: '74', provinceName: 'Bình Dương', provinceEra: '2008' as const, province2025: '79' };
    expect(labelOf({ ...binhDuong, issuer: 'hdnd' }, '2023-05-04', '2025')).toBe('HĐND tỉnh');
    expect(labelOf({ province: '79', provinceEra: '2025', issuer: 'hdnd' }, '2025-10-01', '2025')).toBe('HĐND thành phố');
  });

  it('says nothing when the issuer is unknown, and keeps national issuers as they are', () => {
    expect(labelOf({ issuer: null }, '2021-09-14')).toBe('');
    expect(labelOf({ issuer: 'thu-tuong' }, '2021-09-14')).toBe('Thủ tướng Chính phủ');
  });
});
