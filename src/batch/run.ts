// The batch: inputs read through a bounded queue, processed in a worker pool (or in-process), cached, and handed
// back in input order whatever the concurrency. At most `window` inputs are in flight, so memory stays flat.
import PQueue from 'p-queue';
import { readInputBytes } from '../ingest/read-bytes.js';
import type { ResultCache } from './cache.js';
import type { DocumentRecord } from './document-record.js';
import { WorkerPool } from './worker-pool.js';

export interface InputResult {
  source: string;
  /** Size of the input in bytes (0 when unreadable). */
  size: number;
  records: DocumentRecord[];
  /** Taken from the cache rather than processed. */
  cached: boolean;
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
  const queue = new PQueue({ concurrency: pool ? jobs * 2 : 1 });
  const window = pool ? jobs * 8 : 2;

  const processOne = async (source: string): Promise<InputResult> => {
    let bytes: Uint8Array;
    try {
      // Synchronous: for article-sized files cheaper than any asynchronous read, and the size limit is ingest's.
      bytes = readInputBytes(source, { maxBytes });
    } catch (err) {
      return { source, size: 0, records: (await pipeline()).unreadableRecords(source, err), cached: false };
    }
    const key = cache?.key(source, bytes);
    const cached = key ? await cache!.get(key) : undefined;
    if (cached) return { source, size: bytes.length, records: cached, cached: true };
    let records: DocumentRecord[];
    try {
      records = pool ? await pool.run(source, bytes) : (await pipeline()).recordsFromBytes(source, bytes);
    } catch (err) {
      // The worker died on this input (out of memory, a crash in native code): report it, do not cache it.
      return { source, size: bytes.length, records: (await pipeline()).crashedRecords(source, bytes, err), cached: false };
    }
    if (key) await cache!.put(key, records);
    return { source, size: bytes.length, records, cached: false };
  };

  const inFlight: Promise<InputResult>[] = [];
  try {
    for await (const source of headThenRest(head, more ? iterator : undefined)) {
      if (signal?.aborted) return;
      inFlight.push(queue.add(() => processOne(source)));
      if (inFlight.length >= window) yield await inFlight.shift()!;
    }
    while (inFlight.length && !signal?.aborted) yield await inFlight.shift()!;
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
