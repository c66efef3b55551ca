// A worker thread of the batch pool: a task of several inputs in, their serialised documents out (one message each
// way per task, so messaging costs little per input). The encoded output is transferred, not copied.
import { parentPort } from 'node:worker_threads';
import { processInputs, type InputOptions } from './document-record.js';

export interface WorkerTask extends InputOptions {
  /** Paths (or "-" for standard input): the worker reads them itself. */
  sources: string[];
}

parentPort?.on('message', async ({ sources, ...options }: WorkerTask) => {
  const results = await processInputs(sources, options);
  // Each text owns its buffer (encoded or copied for it), so handing the buffers over detaches nothing else.
  parentPort?.postMessage(results, results.map((r) => r.text.buffer as ArrayBuffer));
});
