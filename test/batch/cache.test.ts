import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ResultCache } from '../../src/batch/cache.js';
import type { DocumentSummary } from '../../src/batch/document-record.js';
import { tempDir } from '../cli/corpus.js';

const bytes = new TextEncoder().encode('Tỉnh Bắc Ninh phấn đấu đến năm 2025 có 100% dịch vụ công trực tuyến toàn trình.');
const documents: DocumentSummary[] = [
  { source: 'bai/a.txt', targets: 1, instruments: 0, warnings: 0, errors: [] },
  { source: 'bai/a.txt#2', targets: 0, instruments: 0, warnings: 1, errors: [{ code: 'EMPTY', message: 'không có nội dung' }] },
];
const jsons = ['{"id":"a","evidence":"100% dịch vụ công"}', '{"id":"b","note":"dòng\\nmới"}'];
const jsonl = new TextEncoder().encode(`${jsons[0]}\n${jsons[1]}\n`);

function entryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f));
}

describe('ResultCache', () => {
  it('gives back the summaries and the documents as JSONL bytes', () => {
    const cache = new ResultCache({ dir: tempDir(), version: '1' });
    const key = cache.key('bai/a.txt', bytes);
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, documents, jsonl);
    const hit = cache.get(key)!;
    expect(hit.documents).toEqual(documents);
    expect(hit.jsonl.toString('utf8')).toBe(`${jsons[0]}\n${jsons[1]}\n`);
  });

  it('keeps an input without documents', () => {
    const cache = new ResultCache({ dir: tempDir(), version: '1' });
    cache.put('ab12', [], new Uint8Array(0));
    expect(cache.get('ab12')).toEqual({ documents: [], jsonl: Buffer.alloc(0) });
  });

  it('keys by pipeline version, path and content', () => {
    const a = new ResultCache({ dir: tempDir(), version: '1' });
    const b = new ResultCache({ dir: tempDir(), version: '2' });
    const key = a.key('bai/a.txt', bytes);
    expect(b.key('bai/a.txt', bytes)).not.toBe(key);
    expect(a.key('bai/b.txt', bytes)).not.toBe(key);
    expect(a.key('bai/a.txt', bytes.subarray(1))).not.toBe(key);
    expect(a.key('bai/a.txt', bytes)).toBe(key);
  });

  it('treats a torn entry as absent', () => {
    const dir = tempDir();
    const cache = new ResultCache({ dir, version: '1' });
    cache.put('cd34', documents, jsonl);
    const [file] = entryFiles(dir);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 5));
    expect(cache.get('cd34')).toBeUndefined();
    writeFileSync(file, whole.subarray(0, 10));
    expect(cache.get('cd34')).toBeUndefined();
  });

  it('leaves no temporary file behind when an entry cannot be put in place', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'ab', '12.jsonl'), { recursive: true }); // a folder where the entry should go
    const cache = new ResultCache({ dir, version: '1' });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      cache.put('ab12', documents, jsonl);
    } finally {
      stderr.mockRestore();
    }
    expect(readdirSync(join(dir, 'ab'))).toEqual(['12.jsonl']);
  });

  it('warns once and goes on when it cannot write', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ab'), 'a file where the entry folder should be');
    const cache = new ResultCache({ dir, version: '1' });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      cache.put('ab12', documents, jsonl);
      cache.put('ab56', documents, jsonl);
      expect(stderr).toHaveBeenCalledTimes(1);
      expect(String(stderr.mock.calls[0][0])).toContain('cannot write the cache');
      expect(cache.get('ab12')).toBeUndefined();
    } finally {
      stderr.mockRestore();
    }
  });
});
