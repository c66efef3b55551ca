// Instrument candidates → contract instruments: owners to province codes (national → null; `của tỉnh` in a national
// document → the host province), evidence in source offsets, the same instrument reported once with the making news.
import { describe, expect, it } from 'vitest';
import type { InstrumentCandidate } from '../../src/extract/types.js';
import type { DocumentPlace } from '../../src/normalize/document-province.js';
import { normalizeInstruments } from '../../src/normalize/instruments.js';
import { ingestString } from '../ingest/helpers.js';

const TEXT = 'Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về chuyển đổi số. Các sở thực hiện Nghị quyết số 09-NQ/TU.';
const doc = ingestString('n.txt', TEXT);
const at = (s: string, from = 0) => doc.view.text.indexOf(s, from);
const second = at('Nghị quyết số 09-NQ/TU', at('Các sở'));

function candidate(over: Partial<InstrumentCandidate>): InstrumentCandidate {
  const start = at('Nghị quyết số 09-NQ/TU');
  return {
    start,
    end: start + 'Nghị quyết số 09-NQ/TU'.length,
    type: 'nghi-quyet',
    status: 'referenced',
    issuer: 'tinh-uy',
    owner: { kind: 'document' },
    number: '09-NQ/TU',
    date: null,
    horizon: [],
    title: null,
    confidence: 0.9,
    trace: [],
    ...over,
  };
}

const provincial: DocumentPlace = { era: '2008', textEra: '2008', code: '22', host: '22' };
const national: DocumentPlace = { era: '2008', textEra: '2008', code: null, host: '33' };

describe('normalizeInstruments', () => {
  it('reports one instrument found twice once, with the making news and both spans', () => {
    const found = normalizeInstruments(
      doc,
      [candidate({ start: second, end: second + 22 }), candidate({ status: 'issued' })],
      provincial,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'nghi-quyet', status: 'issued', province: '22', provinceName: 'Quảng Ninh' });
    expect(found[0].evidence.start).toBe(at('Nghị quyết số 09-NQ/TU'));
    expect(found[0].mentions?.map((m) => [m.start, m.text])).toEqual([
      [at('Nghị quyết số 09-NQ/TU'), 'Nghị quyết số 09-NQ/TU'],
      [second, 'Nghị quyết số 09-NQ/TU'],
    ]);
  });

  it('gives a national instrument no province, whatever the document', () => {
    const [found] = normalizeInstruments(doc, [candidate({ owner: { kind: 'national' }, issuer: 'thu-tuong' })], provincial);
    expect(found).toMatchObject({ province: null, provinceName: null, provinceEra: null, province2025: null });
  });

  it('reads `của tỉnh` in a national document against the host province, and nothing else', () => {
    const [local] = normalizeInstruments(doc, [candidate({ localOwner: true })], national);
    const [bare] = normalizeInstruments(doc, [candidate({})], national);
    expect(local.province).toBe('33');
    expect(bare.province).toBeNull();
  });
});
