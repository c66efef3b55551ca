// Progress on standard error while a batch runs (a bar on a terminal, a plain line every few seconds otherwise),
// and the closing summary line.
import type { SingleBar } from 'cli-progress';

export interface BatchTotals {
  documents: number;
  figures: number;
  instruments: number;
  warnings: number;
  errors: number;
  bytes: number;
}

export type ProgressMode = 'bar' | 'lines' | 'none';

const LINE_EVERY_MS = 5_000;

export class Progress {
  readonly totals: BatchTotals = { documents: 0, figures: 0, instruments: 0, warnings: 0, errors: 0, bytes: 0 };
  private readonly started = Date.now();
  private lastLine = Date.now();
  private inputs = 0;
  private cached = 0;
  private expected: number | undefined;
  private bar: SingleBar | undefined;

  private constructor(private readonly mode: ProgressMode) {}

  /** `expectedInputs`, when given, resolves to the number of inputs the batch will read (for the ETA). */
  static async start(mode: ProgressMode, expectedInputs?: Promise<number>): Promise<Progress> {
    const progress = new Progress(mode);
    if (mode === 'bar') {
      const { default: cliProgress } = await import('cli-progress');
      progress.bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'chitieu {bar} {value}/{total} inputs | {documents} documents | {speed} MB/s | ETA {eta_formatted}',
          etaBuffer: 200,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      progress.bar.start(0, 0, { documents: 0, speed: '0.0' });
    }
    expectedInputs?.then(
      (n) => {
        progress.expected = n;
        progress.bar?.setTotal(n);
      },
      () => undefined,
    );
    return progress;
  }

  /** One input done, with the documents it held. */
  add(size: number, documents: { targets: number; instruments: number; warnings: number; errors: unknown[] }[], cached: boolean): void {
    const t = this.totals;
    this.inputs++;
    if (cached) this.cached++;
    t.bytes += size;
    for (const d of documents) {
      t.documents++;
      t.figures += d.targets;
      t.instruments += d.instruments;
      t.warnings += d.warnings;
      if (d.errors.length) t.errors++;
    }
    if (this.bar) {
      if (this.expected === undefined) this.bar.setTotal(this.inputs);
      this.bar.update(this.inputs, { documents: t.documents, speed: this.speed().toFixed(1) });
    } else if (this.mode === 'lines' && Date.now() - this.lastLine >= LINE_EVERY_MS) {
      this.lastLine = Date.now();
      const eta = this.expected ? ` ETA ${formatSeconds(((this.expected - this.inputs) * this.elapsed()) / this.inputs)}` : '';
      process.stderr.write(
        `chitieu: ${this.inputs}${this.expected ? `/${this.expected}` : ''} inputs, ${t.documents} documents, ${this.speed().toFixed(1)} MB/s${eta}\n`,
      );
    }
  }

  /** Stops the bar and, unless quiet, writes the summary line. */
  finish(note = ''): void {
    this.bar?.stop();
    if (this.mode === 'none') return;
    const t = this.totals;
    process.stderr.write(
      `chitieu: ${t.documents} documents, ${t.figures} figures, ${t.instruments} instruments, ${t.warnings} warnings, ` +
        `${t.errors} errors, ${(t.bytes / 1e6).toFixed(1)} MB in ${this.elapsed().toFixed(1)} s (${this.speed().toFixed(1)} MB/s)${this.cached ? `, ${this.cached} inputs from the cache` : ''}${note}\n`,
    );
  }

  private elapsed(): number {
    return Math.max((Date.now() - this.started) / 1000, 1e-3);
  }

  private speed(): number {
    return this.totals.bytes / 1e6 / this.elapsed();
  }
}

function formatSeconds(s: number): string {
  return s >= 90 ? `${Math.round(s / 60)} min` : `${Math.round(s)} s`;
}
