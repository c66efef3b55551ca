import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordsFromBytes } from '../../src/batch/document-record.js';
import { WorkerPool } from '../../src/batch/worker-pool.js';
import { SEEDS } from '../cli/corpus.js';

const source = join(SEEDS, '002_eb91b0cc23fd624e.txt');
const bytes = readFileSync(source);
let pool: WorkerPool | undefined;
afterEach(() => pool?.close());

describe('WorkerPool', { timeout: 120_000 }, () => {
  it('returns what the pipeline returns in-process', async () => {
    pool = new WorkerPool(2);
    const [[a], [b, c]] = await Promise.all([
      pool.run({ inputs: [{ source, bytes }] }),
      pool.run({ inputs: [{ source: 'khac.txt', bytes }, { source }] }),
    ]);
    expect(a).toEqual({ size: bytes.length, records: recordsFromBytes(source, bytes) });
    expect(JSON.parse(b.records[0].json).source).toBe('khac.txt');
    // Given no bytes, the worker reads the input itself.
    expect(c).toEqual(a);
  });

  it('fails an input that takes too long, and goes on with a fresh worker', async () => {
    pool = new WorkerPool(1, 1);
    await expect(pool.run({ inputs: [{ source, bytes }] })).rejects.toThrow('no result after 0.001 s');
    await expect(pool.run({ inputs: [{ source }] })).rejects.toThrow('no result after');
  });
});
