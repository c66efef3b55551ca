// The batch: inputs discovered lazily, processed in a worker pool (or in-process), cached, and handed back in input
// order whatever the concurrency. Inputs travel to the workers by path, several to a task, and the workers read
// them, so the main thread only orders and writes. A p-queue gives each worker one task at a time, and at most
// `window` tasks are queued or waiting for their turn in the output, so memory stays flat.
import PQueue from 'p-queue';
import { readInputBytes } from '../ingest/read-bytes.js';
import type { ResultCache } from './cache.js';
import type { DocumentRecord } from './document-record.js';
import { WorkerPool } from './worker-pool.js';
import type { WorkerInput } from './worker.js';

export interface InputResult {
  source: string;
  /** Size of the input in bytes (0 when unreadable). */
  size: number;
  records: DocumentRecord[];
  /** Taken from the cache rather than processed. */
  cached: boolean;
  /** Its worker died while processing it: reported as INTERNAL, never cached. */
  crashed?: boolean;
}

export interface BatchOptions {
  /** Worker threads; 1 runs in-process. */
  jobs: number;
  cache?: ResultCache;
  signal?: AbortSignal;
  /** Inputs larger than this are refused with TOO_LARGE, unread (default: ingest's 20 MB). */
  maxBytes?: number;
}

// A batch this small runs in-process: starting workers would cost more than it saves.
const IN_PROCESS_UP_TO = 4;
// Inputs per task: one message each way per task keeps messaging cheap. The first tasks hold one input and the size
// doubles up to this, so that a small batch still spreads over every worker.
const MAX_TASK_INPUTS = 16;

// The pipeline is loaded only when this thread itself processes something (in-process mode, failures).
const pipeline = () => import('./document-record.js');

export async function* runBatch(inputs: AsyncIterable<string>, { jobs, cache, signal, maxBytes }: BatchOptions): AsyncGenerator<InputResult> {
  const iterator = inputs[Symbol.asyncIterator]();
  const head: string[] = [];
  let more = true;
  while (head.length <= IN_PROCESS_UP_TO) {
    const next = await iterator.next();
    if (next.done) {
      more = false;
      break;
    }
    head.push(next.value);
  }
  const pool = jobs > 1 && more ? new WorkerPool(jobs) : undefined;
  const queue = new PQueue({ concurrency: pool ? jobs : 1 });
  const window = pool ? jobs * 2 : 1;

  const failed = async (source: string, bytes: Uint8Array | undefined, err: unknown): Promise<InputResult> => {
    const { crashedRecords, unreadableRecords } = await pipeline();
    try {
      bytes ??= readInputBytes(source, { maxBytes });
    } catch (readErr) {
      return { source, size: 0, records: unreadableRecords(source, readErr), cached: false, crashed: true };
    }
    return { source, size: bytes.length, records: crashedRecords(source, bytes, err), cached: false, crashed: true };
  };

  const runInputs = async (task: WorkerInput[]): Promise<InputResult[]> => {
    try {
      const done = pool
        ? await pool.run({ inputs: task, maxBytes })
        : await pipeline().then(({ recordsOfInput }) => task.map(({ source, bytes }) => recordsOfInput(source, bytes, maxBytes)));
      return done.map(({ size, records }, i) => ({ source: task[i].source, size, records, cached: false }));
    } catch (err) {
      // The worker died on one of these inputs (out of memory, a crash in native code): they run again one by one,
      // so that the input that kills its worker fails alone.
      if (task.length > 1) return (await Promise.all(task.map((input) => runInputs([input])))).flat();
      return [await failed(task[0].source, task[0].bytes, err)];
    }
  };

  /** The results of some inputs, in their order. Bytes are read here only for the cache key or from standard input. */
  const processTask = async (sources: string[]): Promise<InputResult[]> => {
    const results: InputResult[] = [];
    // The inputs left for the pipeline, with their place in `results` and their cache key.
    const toRun: { input: WorkerInput; at: number; key?: string }[] = [];
    for (const [at, source] of sources.entries()) {
      if (!cache && source !== '-') {
        toRun.push({ input: { source }, at });
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = readInputBytes(source, { maxBytes });
      } catch (err) {
        results[at] = { source, size: 0, records: (await pipeline()).unreadableRecords(source, err), cached: false };
        continue;
      }
      const key = cache?.key(source, bytes);
      const cached = key ? await cache!.get(key) : undefined;
      if (cached) results[at] = { source, size: bytes.length, records: cached, cached: true };
      else toRun.push({ input: { source, bytes }, at, key });
    }
    if (!toRun.length) return results;
    const run = await runInputs(toRun.map((r) => r.input));
    for (const [i, { at, key }] of toRun.entries()) {
      results[at] = run[i];
      if (key && !run[i].crashed) await cache!.put(key, run[i].records);
    }
    return results;
  };

  const inFlight: Promise<InputResult[]>[] = [];
  let task: string[] = [];
  let tasks = 0;
  try {
    for await (const source of headThenRest(head, more ? iterator : undefined)) {
      if (signal?.aborted) return;
      task.push(source);
      if (task.length < Math.min(MAX_TASK_INPUTS, 2 ** Math.floor(tasks / jobs))) continue;
      const sources = task;
      inFlight.push(queue.add(() => processTask(sources)));
      tasks++;
      task = [];
      if (inFlight.length >= window) yield* await inFlight.shift()!;
    }
    if (task.length) {
      const sources = task;
      inFlight.push(queue.add(() => processTask(sources)));
    }
    while (inFlight.length && !signal?.aborted) yield* await inFlight.shift()!;
  } finally {
    queue.clear();
    await pool?.close();
  }
}

async function* headThenRest(head: string[], rest: AsyncIterator<string> | undefined): AsyncGenerator<string> {
  yield* head;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
