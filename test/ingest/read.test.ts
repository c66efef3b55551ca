import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput, readInputBytes, InputTooLargeError } from '../../src/ingest/read.js';

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-read-'));
  const path = join(dir, 'bai-viet.txt');
  writeFileSync(path, 'Tỉnh đạt 90% hồ sơ trực tuyến.\n');

  it('reads a file', () => {
    const [doc] = readInput(path);
    expect(doc.view.text).toBe('Tỉnh đạt 90% hồ sơ trực tuyến.');
    expect(doc.id).toBe('bai-viet');
  });

  it('refuses a file over maxBytes before reading it', () => {
    expect(() => readInputBytes(path, { maxBytes: 10 })).toThrow(InputTooLargeError);
    const [doc] = readInput(path, { maxBytes: 10 });
    expect(doc.errors.map((e) => e.code)).toEqual(['TOO_LARGE']);
  });

  it('reports a missing file as UNREADABLE', () => {
    const [doc] = readInput(join(dir, 'khong-co.txt'));
    expect(doc.errors.map((e) => e.code)).toEqual(['UNREADABLE']);
  });
});
