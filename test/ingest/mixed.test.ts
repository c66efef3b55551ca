import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// fixtures/ingest/mixed: a good article, an empty file, a PNG, a Windows-1258 article, an NFD article and an HTML
// page (the binary and legacy-encoded ones written by fixtures/ingest/generate-mixed.mjs).
describe('a folder of mixed inputs', () => {
  const docs = extract('fixtures/ingest/mixed');

  it('gives one document per file, the bad ones with error codes, the others going on', () => {
    expect(docs.map((d) => [d.id, d.errors.map((e) => e.code), d.warnings.map((w) => w.code)])).toEqual([
      ['01-bai-viet', [], []],
      ['02-trong', ['EMPTY'], []],
      ['04-anh', ['UNSUPPORTED_FORMAT'], []],
      ['05-windows-1258', [], ['ENCODING_GUESSED']],
      ['06-nfd', [], []],
      ['07-trang-tin', [], []],
    ]);
  });

  it('reads metadata of the good ones', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get('01-bai-viet')?.published).toBe('2022-05-12');
    expect(byId.get('06-nfd')?.title).toBe('Hội nghị chuyển đổi số tỉnh Hòa Bình');
    expect(byId.get('07-trang-tin')?.outlet).toBe('Cổng thông tin điện tử tỉnh Bắc Giang');
    expect(byId.get('07-trang-tin')?.published).toBe('2023-06-20');
    for (const d of docs) expect(d.language).toBe(d.errors.length ? 'und' : 'vie');
  });
});
