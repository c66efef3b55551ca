import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareResume } from '../../src/batch/resume.js';
import { tempDir } from '../cli/corpus.js';

const line = (source: string) => JSON.stringify({ id: source, source, targets: [] }) + '\n';

describe('prepareResume', () => {
  it('keeps the complete lines, cuts a torn last line and skips the inputs done', async () => {
    const out = join(tempDir(), 'out.jsonl');
    const kept = line('bai/a.txt') + line('bai/b.txt');
    writeFileSync(out, kept + line('bai/c.txt').slice(0, 20));
    const done = await prepareResume(out);
    expect(readFileSync(out, 'utf8')).toBe(kept);
    expect(['bai/a.txt', 'bai/b.txt', 'bai/c.txt'].map(done)).toEqual([true, true, false]);
  });

  it('drops a line that lacks its newline even when it parses', async () => {
    const out = join(tempDir(), 'out.jsonl');
    writeFileSync(out, line('a.txt') + line('b.txt').trimEnd());
    const done = await prepareResume(out);
    expect(readFileSync(out, 'utf8')).toBe(line('a.txt'));
    expect(done('b.txt')).toBe(false);
  });

  it('redoes the last input of several documents, whose rest may be missing', async () => {
    const out = join(tempDir(), 'out.jsonl');
    writeFileSync(out, line('a.txt') + line('tin.jsonl#1') + line('tin.jsonl#2'));
    const done = await prepareResume(out);
    expect(readFileSync(out, 'utf8')).toBe(line('a.txt'));
    expect([done('a.txt'), done('tin.jsonl')]).toEqual([true, false]);
  });

  it('treats a missing output as nothing done', async () => {
    const done = await prepareResume(join(tempDir(), 'none.jsonl'));
    expect(done('a.txt')).toBe(false);
  });
});
