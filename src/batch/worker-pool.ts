// A fixed set of worker threads running the pipeline; a worker that dies fails only the task it held and is replaced.
import { Worker } from 'node:worker_threads';
import type { InputOutput } from './document-record.js';
import type { WorkerTask } from './worker.js';

interface PendingTask {
  task: WorkerTask;
  resolve: (results: InputOutput[]) => void;
  reject: (err: unknown) => void;
  timer?: NodeJS.Timeout;
}

// Under tsx (tests, development) the worker is the TypeScript source: it starts by registering tsx's loader.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);
const SOURCE_BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;

// A worker's garbage is short-lived (one document at a time): a small young generation keeps each worker ~40 MB
// smaller at no measurable cost in CPU.
const YOUNG_GENERATION_MB = 8;
// V8 lets a heap grow to 4× what survived the last full collection when the heap may reach 4 GB (its default here),
// but only ~1.6× when capped at 1 GB: each worker then stays near 60 MB instead of creeping past 150 MB over a long
// batch, at no measurable cost in CPU. 1 GB is still ten times what an input of the 20 MB allowed needs (~100 MB).
const OLD_GENERATION_MB = 1024;

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, PendingTask>();
  private readonly waiting: PendingTask[] = [];
  /** Workers stopped for taking too long, so their exit is reported as a timeout. */
  private readonly overdue = new WeakSet<Worker>();
  private closed = false;

  /** `timeoutMs`: a task whose worker has not answered by then fails alone (a rule stuck in a loop, say). */
  constructor(
    private readonly size: number,
    private readonly timeoutMs = 120_000,
  ) {}

  /** The records of each input of the task, in its order. */
  run(task: WorkerTask): Promise<InputOutput[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.busy.values()) clearTimeout(pending.timer);
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length && !this.closed) {
      const worker = this.idle.pop() ?? (this.idle.length + this.busy.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.waiting.shift()!;
      this.busy.set(worker, pending);
      pending.timer = setTimeout(() => {
        this.overdue.add(worker);
        void worker.terminate();
      }, this.timeoutMs).unref();
      worker.postMessage(pending.task);
    }
  }

  private spawn(): Worker {
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB };
    const worker = FROM_SOURCE
      ? new Worker(SOURCE_BOOTSTRAP, { eval: true, resourceLimits })
      : new Worker(WORKER_URL, { resourceLimits });
    worker.on('message', (results: InputOutput[]) => {
      const pending = this.busy.get(worker);
      clearTimeout(pending?.timer);
      this.busy.delete(worker);
      this.idle.push(worker);
      pending?.resolve(results);
      this.dispatch();
    });
    const lose = (err: unknown) => {
      const pending = this.busy.get(worker);
      clearTimeout(pending?.timer);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      pending?.reject(err);
      this.dispatch();
    };
    worker.on('error', lose);
    worker.on('exit', (code) => {
      if (this.closed) return;
      lose(new Error(this.overdue.has(worker) ? `no result after ${this.timeoutMs / 1000} s` : `worker exited with code ${code}`));
    });
    return worker;
  }
}
