// The batch: inputs discovered lazily, processed in a worker pool (or in-process), cached, and handed back in input
// order whatever the concurrency. Inputs travel to the workers by path, several to a task; the workers read them,
// look them up in the cache, and send back their output encoded, so the main thread only orders and writes bytes.
// A p-queue gives each worker two tasks at a time, and at most `window` tasks are queued or waiting for their turn in
// the output, so memory stays flat.
import PQueue from 'p-queue';
import { readInputBytes } from '../ingest/read-bytes.js';
import type { InputOptions, InputOutput } from './document-record.js';
import { TASKS_PER_WORKER, WorkerPool } from './worker-pool.js';
import { releaseDeadBuffers } from './release-buffers.js';

export interface InputResult extends InputOutput {
  source: string;
  /** Its worker died while processing it: reported as INTERNAL, never cached. */
  crashed?: boolean;
}

export interface BatchOptions extends InputOptions {
  /** Worker threads; 1 runs in-process. */
  jobs: number;
  signal?: AbortSignal;
}

// A batch this small runs in-process: starting workers would cost more than it saves.
const IN_PROCESS_UP_TO = 4;
// Inputs per task: one message each way per task keeps messaging cheap. The first tasks hold one input and the size
// doubles up to this, so that a small batch still spreads over every worker.
const MAX_TASK_INPUTS = 16;
// Tasks between two collections of the workers' dead output buffers (~7 MB of them at 14 kB an input).
const RELEASE_EVERY_TASKS = 32;

// Input processing is loaded only when this thread itself processes something (in-process mode, failures).
const inputProcessing = () => import('./document-record.js');

export async function* runBatch(inputs: AsyncIterable<string>, { jobs, signal, ...options }: BatchOptions): AsyncGenerator<InputResult> {
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
  const queue = new PQueue({ concurrency: pool ? jobs * TASKS_PER_WORKER : 1 });
  const window = pool ? jobs * (TASKS_PER_WORKER + 1) : 1;

  const failed = async (source: string, err: unknown): Promise<InputResult> => {
    const { crashedDocuments, outputOf, unreadableDocuments } = await inputProcessing();
    let bytes: Uint8Array;
    try {
      bytes = readInputBytes(source, { maxBytes: options.maxBytes });
    } catch (readErr) {
      return { source, ...outputOf(0, await unreadableDocuments(source, readErr), options.format), crashed: true };
    }
    return { source, ...outputOf(bytes.length, await crashedDocuments(source, bytes, err), options.format), crashed: true };
  };

  /** The results of some inputs, in their order. */
  const processTask = async (sources: string[]): Promise<InputResult[]> => {
    try {
      const done = pool
        ? await pool.run({ sources, ...options })
        : await inputProcessing().then(({ processInputs }) => processInputs(sources, options));
      return done.map((output, i) => ({ source: sources[i], ...output }));
    } catch (err) {
      // The worker died on one of these inputs (out of memory, a crash in native code): they run again one by one,
      // so that the input that kills its worker fails alone.
      if (sources.length > 1) return (await Promise.all(sources.map((source) => processTask([source])))).flat();
      return [await failed(sources[0], err)];
    }
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
      if (pool && tasks % RELEASE_EVERY_TASKS === 0) releaseDeadBuffers();
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
