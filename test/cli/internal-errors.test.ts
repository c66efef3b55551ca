// A document whose extraction throws becomes a document with an INTERNAL error; the others are untouched.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SEEDS, tempDir } from './corpus.js';

vi.mock('../../src/extract/index.js', async (original) => {
  const real = await original<typeof import('../../src/extract/index.js')>();
  return {
    ...real,
    extractFigures: (doc: Parameters<typeof real.extractFigures>[0]) => {
      if (doc.canonical.includes('vĩnh phúc')) throw new RangeError('rule blew up');
      return real.extractFigures(doc);
    },
  };
});

const { extract } = await import('../../src/index.js');
const { processInput } = await import('../../src/batch/document-record.js');

describe('a failure inside extraction', () => {
  it('becomes an INTERNAL error on that document and the batch goes on', () => {
    const docs = extract(SEEDS);
    const failed = docs.filter((d) => d.errors.length);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(docs.length);
    for (const d of failed) {
      expect(d.errors).toEqual([{ code: 'INTERNAL', message: 'extraction failed: rule blew up' }]);
      expect(d.targets).toEqual([]);
    }
  });

  it('is carried the same way by the batch', async () => {
    const source = join(tempDir(), 'mot-bai.txt');
    writeFileSync(source, 'Tỉnh Vĩnh Phúc đặt mục tiêu 100% dịch vụ công trực tuyến.');
    const { documents, text } = await processInput(source, { format: 'jsonl' });
    expect(documents.map((d) => d.errors.map((e) => e.code))).toEqual([['INTERNAL']]);
    expect(JSON.parse(new TextDecoder().decode(text)).source).toBe(source);
  });

  it('a bare path is reported unreadable', () => {
    const [doc] = extract(join(SEEDS, 'khong-co.txt'));
    expect(doc.errors.map((e) => e.code)).toEqual(['UNREADABLE']);
  });
});
