import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import type { IngestedDocument } from '../../src/ingest/types.js';
import { documentEra, documentPlace, eraOfDate, type DocumentPlace } from '../../src/normalize/document-province.js';

interface SpecCase {
  about: string;
  text: string;
  published: string | null;
  url?: string;
  expect: DocumentPlace;
}

const spec = JSON.parse(readFileSync(new URL('../specs/provinces-documents.json', import.meta.url), 'utf8')) as {
  cases: SpecCase[];
};

/** A document as ingest hands it on; metadata set as the case states it, whatever ingest found in the text. */
function documentOf(text: string, published: string | null, url: string | null = null): IngestedDocument {
  const [doc] = ingestBytes({ bytes: new TextEncoder().encode(text), source: 'case.txt' });
  return { ...doc, published, url, outlet: null, title: null };
}

describe('documentPlace (spec corpus)', () => {
  it.each(spec.cases.map((c) => [c.about, c] as const))('%s', (_about, c) => {
    expect(documentPlace(documentOf(c.text, c.published, c.url))).toEqual(c.expect);
  });
});

describe('eraOfDate', () => {
  it('switches maps on 1 July 2025 and leaves a bare 2025 open', () => {
    expect(eraOfDate('2025-06-30')).toBe('2008');
    expect(eraOfDate('2025-07-01')).toBe('2025');
    expect(eraOfDate('2025-07')).toBe('2025');
    expect(eraOfDate('2021')).toBe('2008');
    expect(eraOfDate('2026')).toBe('2025');
    expect(eraOfDate('2025')).toBeNull();
    expect(eraOfDate(null)).toBeNull();
  });
});

describe('documentEra', () => {
  it('prefers the publication date to the text', () => {
    const text = 'Tỉnh Hưng Yên vận hành chính quyền địa phương hai cấp.';
    expect(documentEra(documentOf(text, '2024-03-01'))).toBe('2008');
    expect(documentEra(documentOf(text, null))).toBe('2025');
  });

  it('falls back to the 63-unit map when the text says nothing about the date', () => {
    expect(documentEra(documentOf('Tỉnh Hưng Yên đẩy mạnh chuyển đổi số.', null))).toBe('2008');
  });

  it('reads the 2026 city names and the special zones as post-merger, the special economic zones not', () => {
    expect(documentEra(documentOf('Thành phố Đồng Nai đẩy mạnh chuyển đổi số.', null))).toBe('2025');
    expect(documentEra(documentOf('Đặc khu Phú Quốc có 100% hồ sơ trực tuyến.', null))).toBe('2025');
    expect(documentEra(documentOf('Đề án đặc khu kinh tế Vân Đồn được trình Quốc hội.', null))).toBe('2008');
  });

  it('weighs pre-merger cues against post-merger ones', () => {
    const text = 'UBND huyện Văn Lâm và Sở Thông tin và Truyền thông tỉnh Hưng Yên; năm 2023 tỉnh xếp thứ 12/63 (cũ).';
    expect(documentEra(documentOf(text, null))).toBe('2008');
  });
});
