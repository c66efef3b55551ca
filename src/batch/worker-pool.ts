// A fixed set of worker threads running the pipeline; a worker that dies fails only the tasks it held and is replaced.
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

// Tasks handed to a worker at once: one at work and one waiting in its port, so that a worker never idles while its
// result travels back and the next task is sent (with one, workers idled ~40% of a cached re-run).
export const TASKS_PER_WORKER = 2;

export class WorkerPool {
  /** Each worker's tasks, in the order it was given them (and answers them). */
  private readonly assigned = new Map<Worker, PendingTask[]>();
  private readonly waiting: PendingTask[] = [];
  /** Workers stopped for taking too long, so their exit is reported as a timeout. */
  private readonly overdue = new WeakSet<Worker>();
  private closed = false;

  /** `timeoutMs`: a task whose worker has not answered by then fails alone (a rule stuck in a loop, say). */
  constructor(
    private readonly size: number,
    private readonly timeoutMs = 120_000,
  ) {}

  /** The output of each input of the task, in its order. */
  run(task: WorkerTask): Promise<InputOutput[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const tasks of this.assigned.values()) for (const pending of tasks) clearTimeout(pending.timer);
    const all = [...this.assigned.keys()];
    this.assigned.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length && !this.closed) {
      const worker = this.leastLoaded();
      if (!worker) return;
      const tasks = this.assigned.get(worker)!;
      const pending = this.waiting.shift()!;
      tasks.push(pending);
      if (tasks.length === 1) this.startClock(worker, pending);
      worker.postMessage(pending.task);
    }
  }

  /** An idle worker, else a new one while the pool is not full, else the least loaded one with room for a task. */
  private leastLoaded(): Worker | undefined {
    let best: Worker | undefined;
    let fewest = TASKS_PER_WORKER;
    for (const [worker, tasks] of this.assigned) {
      if (tasks.length < fewest) [best, fewest] = [worker, tasks.length];
    }
    if (best && fewest === 0) return best;
    return this.assigned.size < this.size ? this.spawn() : best;
  }

  /** A task's time runs from when its worker starts on it, i.e. when the task before it is answered. */
  private startClock(worker: Worker, pending: PendingTask): void {
    pending.timer = setTimeout(() => {
      this.overdue.add(worker);
      void worker.terminate();
    }, this.timeoutMs).unref();
  }

  private spawn(): Worker {
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB };
    const worker = FROM_SOURCE
      ? new Worker(SOURCE_BOOTSTRAP, { eval: true, resourceLimits })
      : new Worker(WORKER_URL, { resourceLimits });
    this.assigned.set(worker, []);
    worker.on('message', (results: InputOutput[]) => {
      const tasks = this.assigned.get(worker);
      const done = tasks?.shift();
      if (!tasks || !done) return;
      clearTimeout(done.timer);
      if (tasks.length) this.startClock(worker, tasks[0]);
      done.resolve(results);
      this.dispatch();
    });
    const lose = (err: unknown) => {
      const tasks = this.assigned.get(worker) ?? [];
      this.assigned.delete(worker);
      for (const pending of tasks) {
        clearTimeout(pending.timer);
        pending.reject(err);
      }
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
