// A worker thread of the batch pool: a task of several inputs in, their serialised documents out (one message each
// way per task, so messaging costs little per input). The encoded output is transferred, not copied.
import { parentPort } from 'node:worker_threads';
import { processInputs, type InputOptions } from './document-record.js';

export interface WorkerTask extends InputOptions {
  /** Paths (or "-" for standard input): the worker reads them itself. */
  sources: string[];
}

async function answer({ sources, ...options }: WorkerTask): Promise<void> {
  const results = await processInputs(sources, options);
  // Each text owns its buffer (encoded or copied for it), so handing the buffers over detaches nothing else.
  parentPort?.postMessage(results, results.map((r) => r.text.buffer as ArrayBuffer));
}

// Tasks are answered one after the other, in the order they came (the pool relies on it), even when one of them
// waits for the pipeline to load.
let previous = Promise.resolve();
parentPort?.on('message', (task: WorkerTask) => {
  previous = previous.then(() => answer(task));
});
