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
    const [a, b] = await Promise.all([pool.run(source, bytes), pool.run('khac.txt', bytes)]);
    expect(a).toEqual(recordsFromBytes(source, bytes));
    expect(JSON.parse(b[0].json).source).toBe('khac.txt');
  });

  it('fails an input that takes too long, and goes on with a fresh worker', async () => {
    pool = new WorkerPool(1, 1);
    await expect(pool.run(source, bytes)).rejects.toThrow('no result after 0.001 s');
    await expect(pool.run(source, bytes)).rejects.toThrow('no result after');
  });
});
