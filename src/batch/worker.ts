// A worker thread of the batch pool: bytes of one input in, its serialised documents out.
import { parentPort } from 'node:worker_threads';
import { recordsFromBytes } from './document-record.js';

export interface WorkerTask {
  source: string;
  bytes: Uint8Array;
}

parentPort?.on('message', (task: WorkerTask) => {
  parentPort?.postMessage(recordsFromBytes(task.source, task.bytes));
});
