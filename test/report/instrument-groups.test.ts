// Several articles about one resolution make one line in the coverage table, with a link to each mention.
import { describe, expect, it } from 'vitest';
import { groupInstruments } from '../../src/output/report/instrument-groups.js';
import { buildReportModel } from '../../src/output/report/model.js';
import type { ChitieuDocument, Instrument } from '../../src/output/schema.js';
import { fixtureDocuments } from './fixtures.js';

const quangBinh = fixtureDocuments('seed-situation.jsonl').find((d) => d.province === '44')!;

function article(id: string, change: Partial<Instrument>): ChitieuDocument {
  return { ...quangBinh, id, instruments: [{ ...quangBinh.instruments[0], ...change }] };
}

function groupsOf(...docs: ChitieuDocument[]) {
  const model = buildReportModel(docs);
  return groupInstruments(model.units.find((u) => u.unit.code === '44')!.instruments);
}

describe('instrument mentions across articles', () => {
  it('groups the same number however it is spaced, and leads with the mention that says most', () => {
    const groups = groupsOf(
      article('a', { number: '09-NQ/TU' }),
      article('b', { number: '09 - NQ/TU', date: '2021-06-15' }),
      article('c', { number: '10-NQ/TU' }),
    );
    expect(groups.map((g) => g.entries.map((e) => e.document.doc.id))).toEqual([['a', 'b'], ['c']]);
    expect(groups[0].lead.document.doc.id).toBe('b');
  });

  it('groups by title when no number is given, and keeps a draft apart from the issued text', () => {
    const title = 'Nghị quyết về chuyển đổi số tỉnh Quảng Bình đến năm 2025, định hướng đến năm 2030';
    const groups = groupsOf(
      article('a', { number: null, title }),
      article('b', { number: null, title: title.toUpperCase().normalize('NFD') }),
      article('c', { number: null, title, status: 'draft' }),
      article('d', { number: null, title: null }),
      article('e', { number: null, title: null }),
    );
    expect(groups.map((g) => g.entries.map((e) => e.document.doc.id))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });
});
