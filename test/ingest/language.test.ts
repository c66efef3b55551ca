import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/language.js';
import { ingestString } from './helpers.js';

describe('language', () => {
  it('knows short Vietnamese by its letters', () => {
    expect(detectLanguage('Kinh tế số chiếm 20% GRDP')).toBe('vie');
    expect(detectLanguage('Đến năm 2025')).toBe('vie');
  });

  it('names an English document and warns that it is not Vietnamese', () => {
    const doc = ingestString(
      'report.txt',
      'The province aims to have 90 percent of administrative procedures available online by 2025, according to the digital transformation plan approved this week by the provincial people\'s committee.',
    );
    expect(doc.language).toBe('eng');
    expect(doc.warnings.map((w) => w.code)).toEqual(['NOT_VIETNAMESE']);
  });

  it('keeps Vietnamese that quotes English names', () => {
    const doc = ingestString('bai-viet.txt', 'Tỉnh triển khai nền tảng Smart City Operations Center, phấn đấu 100% xã có wifi công cộng.');
    expect(doc.language).toBe('vie');
    expect(doc.warnings).toEqual([]);
  });

  it('does not judge a text without letters', () => {
    expect(detectLanguage('2025 – 90% – 100%')).toBe('und');
  });
});
