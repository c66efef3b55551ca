import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processInput } from '../../src/batch/document-record.js';
import { WorkerPool } from '../../src/batch/worker-pool.js';
import { SEEDS } from '../cli/corpus.js';

const source = join(SEEDS, '002_eb91b0cc23fd624e.txt');
const other = join(SEEDS, '003_736d35212f82ccea.txt');
let pool: WorkerPool | undefined;
afterEach(() => pool?.close());

describe('WorkerPool', { timeout: 120_000 }, () => {
  it('returns what the pipeline returns in-process, in the order of the task', async () => {
    pool = new WorkerPool(2);
    const [[a], [b, c]] = await Promise.all([
      pool.run({ sources: [source], format: 'jsonl' }),
      pool.run({ sources: [other, source], format: 'jsonl' }),
    ]);
    // The text arrives as a Uint8Array (its buffer transferred from the worker).
    expect({ ...a, text: new Uint8Array(a.text) }).toEqual(await processInput(source, { format: 'jsonl' }));
    expect(JSON.parse(new TextDecoder().decode(b.text)).source).toBe(other);
    expect(c.text).toEqual(a.text);
  });

  it('answers each of several tasks queued on one worker with its own inputs', async () => {
    pool = new WorkerPool(1);
    const sources = [[source], [other], [other, source]];
    const answers = await Promise.all(sources.map((task) => pool!.run({ sources: task, format: 'jsonl' })));
    const answered = answers.map((outputs) => outputs.map((o) => JSON.parse(new TextDecoder().decode(o.text)).source));
    expect(answered).toEqual(sources);
  });

  it('fails an input that takes too long, and goes on with a fresh worker', async () => {
    pool = new WorkerPool(1, 1);
    await expect(pool.run({ sources: [source], format: 'jsonl' })).rejects.toThrow('no result after 0.001 s');
    await expect(pool.run({ sources: [source], format: 'jsonl' })).rejects.toThrow('no result after');
  });
});
