// A worker thread of the batch pool: a task of several inputs in, their serialised documents out (one message each
// way per task, so messaging costs little per input).
import { parentPort } from 'node:worker_threads';
import { recordsOfInput, type InputRecords } from './document-record.js';

export interface WorkerInput {
  source: string;
  /** The bytes when the main thread has read them (for the cache key, or standard input); else the worker reads. */
  bytes?: Uint8Array;
}

export interface WorkerTask {
  inputs: WorkerInput[];
  maxBytes?: number;
}

parentPort?.on('message', ({ inputs, maxBytes }: WorkerTask) => {
  const results: InputRecords[] = inputs.map(({ source, bytes }) => recordsOfInput(source, bytes, maxBytes));
  parentPort?.postMessage(results);
});
